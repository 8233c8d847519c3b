#include "db/declaratie_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "d.id, d.regio_code, d.aanbieder_id, o.naam, d.factuurnummer, d.factuurdatum, d.periode_van, d.periode_tot,"
    " d.bedrag_cent, d.iban, d.bic, d.bijlage, d.boven_verplichting, d.toelichting, d.status, d.reden, d.ingediend_door,"
    " d.ingediend_op, d.beoordeeld_door, d.beoordeeld_op, d.betaalronde_id, d.versie";
constexpr const char* from = " FROM declaratie d JOIN organisatie o ON o.id = d.aanbieder_id";

Declaratie read(const Row& row) {
  Declaratie d;
  d.id = row.get<std::string>(0);
  d.regio_code = row.get<std::string>(1);
  d.aanbieder_id = row.get<std::string>(2);
  d.aanbieder_naam = row.get<std::string>(3);
  d.factuurnummer = row.get<std::string>(4);
  d.factuurdatum = row.get<std::string>(5);
  d.periode_van = row.get<std::string>(6);
  d.periode_tot = row.get<std::string>(7);
  d.bedrag_cent = row.get<std::int64_t>(8);
  d.iban = row.get<std::string>(9);
  d.bic = row.get<std::optional<std::string>>(10);
  d.bijlage = row.get<std::string>(11);
  d.boven_verplichting = row.get<std::int64_t>(12) != 0;
  d.toelichting = row.get<std::optional<std::string>>(13);
  d.status = row.get<std::string>(14);
  d.reden = row.get<std::optional<std::string>>(15);
  d.ingediend_door = row.get<std::string>(16);
  d.ingediend_op = row.get<std::string>(17);
  d.beoordeeld_door = row.get<std::optional<std::string>>(18);
  d.beoordeeld_op = row.get<std::optional<std::string>>(19);
  d.betaalronde_id = row.get<std::optional<std::string>>(20);
  d.versie = row.get<std::int64_t>(21);
  return d;
}

}  // namespace

bool factuurnummer_gebruikt(Connection& conn, const std::string& aanbieder_id, const std::string& factuurnummer) {
  return !conn.query("SELECT 1 FROM declaratie WHERE aanbieder_id = $a AND factuurnummer = $f",
                     {{"a", aanbieder_id}, {"f", factuurnummer}})
              .empty();
}

bool insert_declaratie(Connection& conn, const Declaratie& d, const std::optional<Idempotentie>& idem) {
  if (factuurnummer_gebruikt(conn, d.aanbieder_id, d.factuurnummer)) return false;
  conn.execute(
      "INSERT INTO declaratie (id, regio_code, aanbieder_id, factuurnummer, factuurdatum, periode_van, periode_tot,"
      " bedrag_cent, iban, bic, bijlage, boven_verplichting, toelichting, status, ingediend_door, ingediend_op,"
      " idempotentie_sleutel, idempotentie_vingerafdruk, versie)"
      " VALUES ($id, $regio, $a, $f, $fd, $van, $tot, $bedrag, $iban, $bic, $bijlage, $boven, $toelichting, $status,"
      " $door, $op, $sleutel, $vinger, 1)",
      {{"id", d.id}, {"regio", d.regio_code}, {"a", d.aanbieder_id}, {"f", d.factuurnummer}, {"fd", d.factuurdatum},
       {"van", d.periode_van}, {"tot", d.periode_tot}, {"bedrag", d.bedrag_cent}, {"iban", d.iban}, {"bic", to_value(d.bic)},
       {"bijlage", d.bijlage}, {"boven", std::int64_t{d.boven_verplichting ? 1 : 0}}, {"toelichting", to_value(d.toelichting)},
       {"status", d.status}, {"door", d.ingediend_door}, {"op", d.ingediend_op},
       {"sleutel", idem ? Value(idem->sleutel) : Value()}, {"vinger", idem ? Value(idem->vingerafdruk) : Value()}});
  for (const Declaratieregel& r : d.regels) {
    conn.execute("INSERT INTO declaratieregel (declaratie_id, interventie_id, bedrag_cent) VALUES ($d, $i, $bedrag)",
                 {{"d", d.id}, {"i", r.interventie_id}, {"bedrag", r.bedrag_cent}});
  }
  return true;
}

std::optional<std::pair<std::string, std::string>> declaratie_by_idempotentie(Connection& conn, const std::string& sleutel) {
  const Result r = conn.query("SELECT id, idempotentie_vingerafdruk FROM declaratie WHERE idempotentie_sleutel = $s", {{"s", sleutel}});
  if (r.empty()) return std::nullopt;
  return std::pair{r[0].get<std::string>(0), r[0].get<std::string>(1)};
}

std::optional<Declaratie> find_declaratie(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {}{} WHERE d.id = $id", columns, from), {{"id", id}});
  if (r.empty()) return std::nullopt;
  Declaratie d = read(r[0]);
  for (const Row row : conn.query("SELECT dr.interventie_id, dr.bedrag_cent, s.naam FROM declaratieregel dr"
                                  " JOIN interventie i ON i.id = dr.interventie_id JOIN dienst s ON s.id = i.dienst_id"
                                  " WHERE dr.declaratie_id = $id ORDER BY dr.interventie_id",
                                  {{"id", id}})) {
    d.regels.push_back({row.get<std::string>(0), row.get<std::int64_t>(1), row.get<std::string>(2)});
  }
  return d;
}

Pagina<Declaratie> list_declaraties(Connection& conn, const DeclaratieFilter& f, const Paginering& pg) {
  Params p;
  std::string where = fmt::format("d.regio_code IN ({})", in_list("r", f.regio_codes, p));
  if (f.aanbieder_id) {
    where += " AND d.aanbieder_id = $a";
    p.push_back({"a", *f.aanbieder_id});
  }
  if (!f.status.empty()) {
    where += " AND d.status = $status";
    p.push_back({"status", f.status});
  }
  Pagina<Declaratie> out;
  out.total = conn.query("SELECT COUNT(*) FROM declaratie d WHERE " + where, p)[0].get<std::int64_t>(0);
  p.push_back({"limit", pg.page_size});
  p.push_back({"offset", pg.offset()});
  for (const Row row : conn.query(fmt::format("SELECT {}{} WHERE {} ORDER BY d.ingediend_op DESC, d.id LIMIT $limit OFFSET $offset",
                                              columns, from, where),
                                  p)) {
    out.items.push_back(read(row));
  }
  return out;
}

bool update_declaratie(Connection& conn, const Declaratie& d) {
  return conn.execute("UPDATE declaratie SET status = $status, reden = $reden, beoordeeld_door = $door, beoordeeld_op = $op,"
                      " betaalronde_id = $ronde, versie = versie + 1 WHERE id = $id AND versie = $versie",
                      {{"status", d.status}, {"reden", to_value(d.reden)}, {"door", to_value(d.beoordeeld_door)},
                       {"op", to_value(d.beoordeeld_op)}, {"ronde", to_value(d.betaalronde_id)}, {"id", d.id},
                       {"versie", d.versie}}) == 1;
}

std::int64_t geclaimd(Connection& conn, const std::string& interventie_id, const std::string& behalve) {
  const Result r = conn.query(
      "SELECT CAST(COALESCE(SUM(dr.bedrag_cent), 0) AS BIGINT) FROM declaratieregel dr JOIN declaratie d ON d.id = dr.declaratie_id"
      " WHERE dr.interventie_id = $i AND d.status <> 'afgewezen' AND d.id <> $behalve",
      {{"i", interventie_id}, {"behalve", behalve}});
  return r[0].get<std::int64_t>(0);
}

std::vector<Declaratie> te_betalen(Connection& conn, const std::string& regio_code, std::int64_t limit) {
  std::vector<Declaratie> out;
  for (const Row row : conn.query(fmt::format("SELECT {}{} WHERE d.regio_code = $r AND d.status = 'goedgekeurd'"
                                              " AND d.betaalronde_id IS NULL ORDER BY d.beoordeeld_op, d.id LIMIT $limit",
                                              columns, from),
                                  {{"r", regio_code}, {"limit", limit}})) {
    out.push_back(read(row));
  }
  return out;
}

std::vector<DeclaratieAandeel> aandelen_in_budget(Connection& conn, const std::string& budget_id) {
  std::vector<DeclaratieAandeel> out;
  for (const Row row : conn.query("SELECT dr.declaratie_id, d.status, CAST(SUM(dr.bedrag_cent) AS BIGINT) FROM declaratieregel dr"
                                  " JOIN verplichting v ON v.interventie_id = dr.interventie_id"
                                  " JOIN declaratie d ON d.id = dr.declaratie_id WHERE v.budget_id = $b"
                                  " GROUP BY dr.declaratie_id, d.status",
                                  {{"b", budget_id}})) {
    out.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::int64_t>(2)});
  }
  return out;
}

}  // namespace rmt::db
