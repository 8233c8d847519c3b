#include "db/verplichting_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "v.id, v.interventie_id, v.regio_code, v.jaar, v.budget_id, v.regel_id, v.bedrag_cent, v.status, v.reden,"
    " v.aangevraagd_door, v.aangevraagd_op, v.eerste_akkoord_door, v.eerste_akkoord_op, v.beoordeeld_door,"
    " v.beoordeeld_op, v.versie, d.naam, i.aanbieder_id, i.traject_id";
constexpr const char* from =
    " FROM verplichting v JOIN interventie i ON i.id = v.interventie_id JOIN dienst d ON d.id = i.dienst_id";

Verplichting read(const Row& row) {
  Verplichting v;
  v.id = row.get<std::string>(0);
  v.interventie_id = row.get<std::string>(1);
  v.regio_code = row.get<std::string>(2);
  v.jaar = row.get<std::int64_t>(3);
  v.budget_id = row.get<std::optional<std::string>>(4);
  v.regel_id = row.get<std::optional<std::string>>(5);
  v.bedrag_cent = row.get<std::int64_t>(6);
  v.status = row.get<std::string>(7);
  v.reden = row.get<std::optional<std::string>>(8);
  v.aangevraagd_door = row.get<std::string>(9);
  v.aangevraagd_op = row.get<std::string>(10);
  v.eerste_akkoord_door = row.get<std::optional<std::string>>(11);
  v.eerste_akkoord_op = row.get<std::optional<std::string>>(12);
  v.beoordeeld_door = row.get<std::optional<std::string>>(13);
  v.beoordeeld_op = row.get<std::optional<std::string>>(14);
  v.versie = row.get<std::int64_t>(15);
  v.dienst_naam = row.get<std::string>(16);
  v.aanbieder_id = row.get<std::string>(17);
  v.traject_id = row.get<std::string>(18);
  return v;
}

std::optional<Verplichting> een(Connection& conn, const char* where, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {}{} WHERE {}", columns, from, where), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

}  // namespace

void insert_verplichting(Connection& conn, const Verplichting& v) {
  conn.execute(
      "INSERT INTO verplichting (id, interventie_id, regio_code, jaar, budget_id, regel_id, bedrag_cent, status, reden,"
      " aangevraagd_door, aangevraagd_op, versie) VALUES ($id, $i, $regio, $jaar, $b, $r, $bedrag, $status, $reden,"
      " $door, $op, $versie)",
      {{"id", v.id}, {"i", v.interventie_id}, {"regio", v.regio_code}, {"jaar", v.jaar}, {"b", to_value(v.budget_id)},
       {"r", to_value(v.regel_id)}, {"bedrag", v.bedrag_cent}, {"status", v.status}, {"reden", to_value(v.reden)},
       {"door", v.aangevraagd_door}, {"op", v.aangevraagd_op}, {"versie", v.versie}});
}

std::optional<Verplichting> find_verplichting(Connection& conn, const std::string& id) { return een(conn, "v.id = $id", id); }

std::optional<Verplichting> verplichting_van(Connection& conn, const std::string& interventie_id) {
  return een(conn, "v.interventie_id = $id", interventie_id);
}

bool update_verplichting(Connection& conn, const Verplichting& v) {
  return conn.execute(
             "UPDATE verplichting SET jaar = $jaar, budget_id = $b, regel_id = $r, bedrag_cent = $bedrag, status = $status,"
             " reden = $reden, eerste_akkoord_door = $ed, eerste_akkoord_op = $eo, beoordeeld_door = $bd,"
             " beoordeeld_op = $bo, versie = versie + 1 WHERE id = $id AND versie = $versie",
             {{"jaar", v.jaar}, {"b", to_value(v.budget_id)}, {"r", to_value(v.regel_id)}, {"bedrag", v.bedrag_cent},
              {"status", v.status}, {"reden", to_value(v.reden)}, {"ed", to_value(v.eerste_akkoord_door)},
              {"eo", to_value(v.eerste_akkoord_op)}, {"bd", to_value(v.beoordeeld_door)}, {"bo", to_value(v.beoordeeld_op)},
              {"id", v.id}, {"versie", v.versie}}) == 1;
}

Pagina<Verplichting> list_verplichtingen(Connection& conn, const std::vector<std::string>& regio_codes,
                                         const std::string& status, const Paginering& pg) {
  Params p;
  std::string where = fmt::format("v.regio_code IN ({})", in_list("r", regio_codes, p));
  if (!status.empty()) {
    where += " AND v.status = $status";
    p.push_back({"status", status});
  }
  Pagina<Verplichting> out;
  out.total = conn.query("SELECT COUNT(*) FROM verplichting v WHERE " + where, p)[0].get<std::int64_t>(0);
  p.push_back({"limit", pg.page_size});
  p.push_back({"offset", pg.offset()});
  for (const Row row : conn.query(fmt::format("SELECT {}{} WHERE {} ORDER BY v.aangevraagd_op, v.id LIMIT $limit OFFSET $offset",
                                              columns, from, where),
                                  p)) {
    out.items.push_back(read(row));
  }
  return out;
}

std::vector<Verplichting> verplichtingen_van_budget(Connection& conn, const std::string& budget_id) {
  std::vector<Verplichting> out;
  for (const Row row : conn.query(fmt::format("SELECT {}{} WHERE v.budget_id = $b", columns, from), {{"b", budget_id}})) {
    out.push_back(read(row));
  }
  return out;
}

}  // namespace rmt::db
