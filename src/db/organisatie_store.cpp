#include "db/organisatie_store.hpp"

#include "db/sql_list.hpp"
#include <fmt/format.h>

namespace rmt::db {
namespace {

constexpr const char* columns = "id, naam, type, kvk_nummer, actief, versie";

Organisatie read(Connection& conn, const Row& row) {
  Organisatie o;
  o.id = row.get<std::string>(0);
  o.naam = row.get<std::string>(1);
  o.type = row.get<std::string>(2);
  o.kvk_nummer = row.get<std::optional<std::string>>(3);
  o.actief = row.get<std::int64_t>(4) != 0;
  o.versie = row.get<std::int64_t>(5);
  for (const Row r : conn.query("SELECT regio_code FROM organisatie_regio WHERE organisatie_id = $id ORDER BY regio_code",
                                {{"id", o.id}})) {
    o.regio_codes.push_back(r.get<std::string>(0));
  }
  return o;
}

void write_regios(Connection& conn, const Organisatie& o) {
  conn.execute("DELETE FROM organisatie_regio WHERE organisatie_id = $id", {{"id", o.id}});
  for (const auto& code : o.regio_codes) {
    conn.execute("INSERT INTO organisatie_regio (organisatie_id, regio_code) VALUES ($id, $code)",
                 {{"id", o.id}, {"code", code}});
  }
}

}  // namespace

std::optional<Organisatie> find_organisatie(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM organisatie WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(conn, r[0]);
}

Pagina<Organisatie> list_organisaties(Connection& conn, const std::vector<std::string>& regio_codes,
                                      const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  const std::string in = in_list("r", regio_codes, params);
  const std::string where =
      fmt::format(" WHERE id IN (SELECT organisatie_id FROM organisatie_regio WHERE regio_code IN ({}))", in);
  Pagina<Organisatie> out;
  const Result rows = conn.query(fmt::format("SELECT {} FROM organisatie{} ORDER BY naam, id LIMIT $limit OFFSET $offset", columns, where),
                                 params);
  for (const Row row : rows) out.items.push_back(read(conn, row));
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM organisatie{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

void insert_organisatie(Connection& conn, const Organisatie& o, const std::string& nu) {
  conn.execute(
      "INSERT INTO organisatie (id, naam, type, kvk_nummer, actief, versie, aangemaakt_op, gewijzigd_op)"
      " VALUES ($id, $naam, $type, $kvk, $actief, 1, $nu, $nu)",
      {{"id", o.id}, {"naam", o.naam}, {"type", o.type}, {"kvk", to_value(o.kvk_nummer)},
       {"actief", std::int64_t{o.actief ? 1 : 0}}, {"nu", nu}});
  write_regios(conn, o);
}

bool update_organisatie(Connection& conn, const Organisatie& o, const std::string& nu) {
  const auto changed = conn.execute(
      "UPDATE organisatie SET naam = $naam, type = $type, kvk_nummer = $kvk, actief = $actief,"
      " versie = versie + 1, gewijzigd_op = $nu WHERE id = $id AND versie = $versie",
      {{"id", o.id}, {"naam", o.naam}, {"type", o.type}, {"kvk", to_value(o.kvk_nummer)},
       {"actief", std::int64_t{o.actief ? 1 : 0}}, {"nu", nu}, {"versie", o.versie}});
  if (changed == 0) return false;
  write_regios(conn, o);
  return true;
}

}  // namespace rmt::db
