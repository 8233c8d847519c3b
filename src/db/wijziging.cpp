#include "db/wijziging.hpp"

#include <chrono>

#include "domain/tijd.hpp"

namespace rmt::db {

constexpr std::int64_t wijziging_lock_key = 726173;

void append_wijziging(Connection& conn, const Wijziging& w) {
  if (!conn.in_transaction()) {
    throw Error(ErrorCode::internal, "Een wijziging hoort in de schrijvende transactie.");
  }
  if (conn.dialect() == Dialect::postgresql) {
    conn.query("SELECT pg_advisory_xact_lock($key)", {{"key", wijziging_lock_key}});
  }
  conn.execute(
      "INSERT INTO wijziging (tijdstip, object_type, object_id, actie, regio_code, trace_id)"
      " VALUES ($tijdstip, $type, $id, $actie, $regio, $trace)",
      {{"tijdstip", w.tijdstip.empty() ? to_rfc3339(std::chrono::system_clock::now()) : w.tijdstip},
       {"type", w.object_type},
       {"id", w.object_id},
       {"actie", w.actie},
       {"regio", to_value(w.regio_code)},
       {"trace", to_value(w.trace_id)}});
}

std::vector<Wijziging> wijzigingen_na(Connection& conn, std::int64_t after, std::int64_t limit) {
  std::vector<Wijziging> out;
  const Result r = conn.query(
      "SELECT volgnummer, tijdstip, object_type, object_id, actie, regio_code, trace_id"
      " FROM wijziging WHERE volgnummer > $after ORDER BY volgnummer LIMIT $limit",
      {{"after", after}, {"limit", limit}});
  for (const Row row : r) {
    out.push_back({row.get<std::int64_t>(0), row.get<std::string>(1), row.get<std::string>(2),
                   row.get<std::string>(3), row.get<std::string>(4),
                   row.get<std::optional<std::string>>(5), row.get<std::optional<std::string>>(6)});
  }
  return out;
}

}  // namespace rmt::db
