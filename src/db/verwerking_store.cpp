#include "db/verwerking_store.hpp"

#include <algorithm>

#include "db/csv.hpp"
#include "embedded/embedded_files.hpp"

namespace rmt::db {
namespace {

std::vector<Verwerkingsactiviteit> parse_register(std::string_view text) {
  std::vector<Verwerkingsactiviteit> out;
  const auto rows = parse_csv(text);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const CsvRow& r = rows[i];
    if (r.size() != 5 || r[0].empty()) {
      throw Error(ErrorCode::invalid_input, "verwerkingsactiviteiten.csv regel " + std::to_string(i + 1) + " heeft geen 5 velden.");
    }
    out.push_back({r[0], r[1], r[2], r[3], r[4]});
  }
  return out;
}

}  // namespace

const std::vector<Verwerkingsactiviteit>& verwerkingsactiviteiten() {
  static const std::vector<Verwerkingsactiviteit> register_ =
      parse_register(embedded::file("data/verwerkingsactiviteiten.csv"));
  return register_;
}

bool is_verwerkingsactiviteit(const std::string& id) {
  const auto& r = verwerkingsactiviteiten();
  return std::any_of(r.begin(), r.end(), [&](const Verwerkingsactiviteit& a) { return a.id == id; });
}

namespace {

std::vector<std::string> regios(Connection& conn, const char* sql, const std::string& id) {
  std::vector<std::string> out;
  for (const Row row : conn.query(sql, {{"id", id}})) out.push_back(row.get<std::string>(0));
  return out;
}

}  // namespace

std::vector<std::string> regios_van_actor(Connection& conn, const std::string& actor) {
  if (actor.rfind("token:", 0) == 0) return regios(conn, "SELECT regio_code FROM api_token WHERE id = $id", actor.substr(6));
  return regios(conn, "SELECT DISTINCT regio_code FROM medewerker_rol WHERE medewerker_id = $id ORDER BY regio_code", actor);
}

std::vector<std::string> regios_van_betrokkene(Connection& conn, std::string_view soort, const std::string& id) {
  if (soort == "klant") return regios(conn, "SELECT regio_code FROM klant WHERE id = $id", id);
  if (soort == "werkgever") return regios(conn, "SELECT regio_code FROM werkgever WHERE id = $id", id);
  if (soort == "aanmelding") return regios(conn, "SELECT regio_code FROM aanmelding WHERE id = $id", id);
  return regios(conn,
                "SELECT regio_code FROM medewerker_rol WHERE medewerker_id = $id UNION SELECT regio_code FROM"
                " organisatie_regio WHERE organisatie_id = (SELECT organisatie_id FROM medewerker WHERE id = $id)",
                id);
}

void append_verwerking(Connection& conn, const Verwerking& v) {
  conn.execute(
      "INSERT INTO verwerking (trace_id, span_id, naam, start_op, eind_op, verwerkingsactiviteit_id,"
      " betrokkene, actor, status) VALUES ($trace, $span, $naam, $start, $eind, $activiteit,"
      " $betrokkene, $actor, $status)",
      {{"trace", v.trace_id}, {"span", v.span_id}, {"naam", v.naam}, {"start", v.start_op},
       {"eind", v.eind_op}, {"activiteit", v.verwerkingsactiviteit_id}, {"betrokkene", v.betrokkene},
       {"actor", v.actor}, {"status", v.status}});
}

Pagina<Verwerking> list_verwerkingen(Connection& conn, const std::string& betrokkene, const Paginering& p) {
  Pagina<Verwerking> out;
  const Params params{{"b", betrokkene}, {"limit", p.page_size}, {"offset", p.offset()}};
  for (const Row row : conn.query(
           "SELECT trace_id, span_id, naam, start_op, eind_op, verwerkingsactiviteit_id, betrokkene,"
           " actor, status FROM verwerking WHERE betrokkene = $b ORDER BY volgnummer DESC"
           " LIMIT $limit OFFSET $offset",
           params)) {
    out.items.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2),
                         row.get<std::string>(3), row.get<std::string>(4), row.get<std::string>(5),
                         row.get<std::string>(6), row.get<std::string>(7), row.get<std::string>(8)});
  }
  out.total = conn.query("SELECT COUNT(*) FROM verwerking WHERE betrokkene = $b", params)[0].get<std::int64_t>(0);
  return out;
}

}  // namespace rmt::db
