#include "db/auditregel_store.hpp"

#include <chrono>

#include <fmt/format.h>

#include "domain/tijd.hpp"

namespace rmt::db {
namespace {

constexpr std::int64_t audit_lock_key = 726174;
constexpr std::int64_t batch_size = 1000;
constexpr const char* columns =
    "volgnummer, tijdstempel, actor, actie, object_type, object_id, resultaat, oorsprong_adres,"
    " oorsprong_user_agent, trace_id, vorige_hash, hash, regios";

Auditregel read(const Row& row) {
  Auditregel r;
  r.volgnummer = row.get<std::int64_t>(0);
  r.tijdstempel = row.get<std::string>(1);
  r.actor = row.get<std::string>(2);
  r.actie = row.get<std::string>(3);
  r.object_type = row.get<std::string>(4);
  r.object_id = row.get<std::string>(5);
  r.resultaat = row.get<std::string>(6);
  r.oorsprong_adres = row.get<std::string>(7);
  r.oorsprong_user_agent = row.get<std::string>(8);
  r.trace_id = row.get<std::string>(9);
  r.vorige_hash = row.get<std::string>(10);
  r.hash = row.get<std::string>(11);
  r.regios = row.get<std::string>(12);
  return r;
}

}  // namespace

void append_auditregel(Connection& conn, Auditregel& regel, const ChainHash& hash) {
  if (!conn.in_transaction()) {
    throw Error(ErrorCode::internal, "Een auditregel hoort in een schrijvende transactie.");
  }
  if (conn.dialect() == Dialect::postgresql) {
    conn.query("SELECT pg_advisory_xact_lock($key)", {{"key", audit_lock_key}});
  }
  const Result last = conn.query("SELECT hash FROM auditregel ORDER BY volgnummer DESC LIMIT 1");
  regel.vorige_hash = last.empty() ? std::string(64, '0') : last[0].get<std::string>(0);
  if (regel.tijdstempel.empty()) regel.tijdstempel = to_rfc3339(std::chrono::system_clock::now());
  regel.oorsprong_user_agent = audit_veilig(regel.oorsprong_user_agent);
  regel.object_id = audit_veilig(regel.object_id);
  regel.oorsprong_adres = audit_veilig(regel.oorsprong_adres, 64);
  regel.hash = hash(regel);
  const Result inserted = conn.query(
      "INSERT INTO auditregel (tijdstempel, actor, actie, object_type, object_id, resultaat,"
      " oorsprong_adres, oorsprong_user_agent, trace_id, vorige_hash, hash, regios) VALUES ($tijdstempel,"
      " $actor, $actie, $object_type, $object_id, $resultaat, $adres, $user_agent, $trace,"
      " $vorige, $hash, $regios) RETURNING volgnummer",
      {{"tijdstempel", regel.tijdstempel}, {"actor", regel.actor}, {"actie", regel.actie},
       {"object_type", regel.object_type}, {"object_id", regel.object_id},
       {"resultaat", regel.resultaat}, {"adres", regel.oorsprong_adres},
       {"user_agent", regel.oorsprong_user_agent}, {"trace", regel.trace_id},
       {"vorige", regel.vorige_hash}, {"hash", regel.hash}, {"regios", regel.regios}});
  regel.volgnummer = inserted[0].get<std::int64_t>(0);
}

AuditPagina list_auditregels(Connection& conn, const AuditFilter& f) {
  Params params{{"limit", f.limit}, {"offset", f.offset}};
  // Only the filters that are set, so the planner can use the actor, object and time indexes
  // (a term like `$x = '' OR actor = $x` scans the whole log).
  std::string where = " WHERE 1 = 1";
  const auto filter = [&](const std::string& waarde, const char* naam, const char* term) {
    if (waarde.empty()) return;
    where += term;
    params.push_back({naam, waarde});
  };
  filter(f.actor, "actor", " AND actor = $actor");
  filter(f.object_type, "type", " AND object_type = $type");
  filter(f.object_id, "id", " AND object_id = $id");
  filter(f.van, "van", " AND tijdstempel >= $van");
  filter(f.tot, "tot", " AND tijdstempel < $tot");
  if (f.regios) {
    where += " AND (regios = ''";
    for (std::size_t i = 0; i < f.regios->size(); ++i) {
      const std::string name = "regio" + std::to_string(i);
      where += fmt::format(" OR regios LIKE ${}", name);
      params.push_back({name, "%," + (*f.regios)[i] + ",%"});
    }
    where += ")";
  }
  AuditPagina out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM auditregel{} ORDER BY volgnummer DESC LIMIT $limit OFFSET $offset",
                                              columns, where),
                                  params)) {
    out.regels.push_back(read(row));
  }
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM auditregel{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

ChainStatus verify_audit_chain(Connection& conn, const ChainHash& hash) {
  ChainStatus status;
  std::string vorige(64, '0');
  std::int64_t after = 0;
  for (;;) {
    const Result batch =
        conn.query(fmt::format("SELECT {} FROM auditregel WHERE volgnummer > $after ORDER BY volgnummer LIMIT $limit", columns),
                   {{"after", after}, {"limit", batch_size}});
    if (batch.empty()) return status;
    for (const Row row : batch) {
      const Auditregel r = read(row);
      ++status.gecontroleerd;
      if (r.vorige_hash != vorige || hash(r) != r.hash) {
        status.eerste_breuk = r.volgnummer;
        return status;
      }
      vorige = r.hash;
      after = r.volgnummer;
    }
  }
}

}  // namespace rmt::db
