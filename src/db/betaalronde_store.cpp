#include "db/betaalronde_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, regio_code, bericht_id, uitvoeringsdatum, debiteur_naam, debiteur_iban, debiteur_bic, aantal, totaal_cent, status,"
    " aangemaakt_door, aangemaakt_op, betaald_door, betaald_op";

Betaalronde read(const Row& row) {
  Betaalronde r;
  r.id = row.get<std::string>(0);
  r.regio_code = row.get<std::string>(1);
  r.opdracht.bericht_id = row.get<std::string>(2);
  r.opdracht.uitvoeringsdatum = row.get<std::string>(3);
  r.opdracht.debiteur_naam = row.get<std::string>(4);
  r.opdracht.debiteur_iban = row.get<std::string>(5);
  r.opdracht.debiteur_bic = row.get<std::optional<std::string>>(6);
  r.aantal = row.get<std::int64_t>(7);
  r.totaal_cent = row.get<std::int64_t>(8);
  r.status = row.get<std::string>(9);
  r.aangemaakt_door = row.get<std::string>(10);
  r.opdracht.aangemaakt_op = row.get<std::string>(11);
  r.betaald_door = row.get<std::optional<std::string>>(12);
  r.betaald_op = row.get<std::optional<std::string>>(13);
  return r;
}

}  // namespace

void insert_betaalronde(Connection& conn, const Betaalronde& r, const std::optional<Idempotentie>& idem) {
  const Betaalopdracht& o = r.opdracht;
  conn.execute(fmt::format("INSERT INTO betaalronde ({}, idempotentie_sleutel, idempotentie_vingerafdruk) VALUES ($id, $regio,"
                           " $bericht, $datum, $naam, $iban, $bic, $aantal, $totaal, $status, $door, $op, NULL, NULL, $sleutel, $vinger)",
                           columns),
               {{"id", r.id}, {"regio", r.regio_code}, {"bericht", o.bericht_id}, {"datum", o.uitvoeringsdatum},
                {"naam", o.debiteur_naam}, {"iban", o.debiteur_iban}, {"bic", to_value(o.debiteur_bic)}, {"aantal", r.aantal},
                {"totaal", r.totaal_cent}, {"status", r.status}, {"door", r.aangemaakt_door}, {"op", o.aangemaakt_op},
                {"sleutel", idem ? Value(idem->sleutel) : Value()}, {"vinger", idem ? Value(idem->vingerafdruk) : Value()}});
  for (std::size_t n = 0; n < o.posten.size(); ++n) {
    const Betaalpost& p = o.posten[n];
    conn.execute("INSERT INTO betaalpost (betaalronde_id, volgnummer, declaratie_id, end_to_end_id, crediteur_naam, iban, bic,"
                 " bedrag_cent, factuurnummer, omschrijving) VALUES ($r, $n, $d, $e2e, $naam, $iban, $bic, $bedrag, $f, $o)",
                 {{"r", r.id}, {"n", static_cast<std::int64_t>(n + 1)}, {"d", r.declaratie_ids[n]}, {"e2e", p.end_to_end_id},
                  {"naam", p.crediteur_naam}, {"iban", p.iban}, {"bic", to_value(p.bic)}, {"bedrag", p.bedrag_cent},
                  {"f", p.factuurnummer}, {"o", p.omschrijving}});
  }
}

std::optional<std::pair<std::string, std::string>> betaalronde_by_idempotentie(Connection& conn, const std::string& sleutel) {
  const Result r = conn.query("SELECT id, idempotentie_vingerafdruk FROM betaalronde WHERE idempotentie_sleutel = $s", {{"s", sleutel}});
  if (r.empty()) return std::nullopt;
  return std::pair{r[0].get<std::string>(0), r[0].get<std::string>(1)};
}

std::optional<Betaalronde> find_betaalronde(Connection& conn, const std::string& id, bool met_posten) {
  const Result res = conn.query(fmt::format("SELECT {} FROM betaalronde WHERE id = $id", columns), {{"id", id}});
  if (res.empty()) return std::nullopt;
  Betaalronde r = read(res[0]);
  if (!met_posten) return r;
  for (const Row row : conn.query("SELECT declaratie_id, end_to_end_id, crediteur_naam, iban, bic, bedrag_cent, factuurnummer,"
                                  " omschrijving FROM betaalpost WHERE betaalronde_id = $id ORDER BY volgnummer",
                                  {{"id", id}})) {
    r.declaratie_ids.push_back(row.get<std::string>(0));
    Betaalpost p;
    p.end_to_end_id = row.get<std::string>(1);
    p.crediteur_naam = row.get<std::string>(2);
    p.iban = row.get<std::string>(3);
    p.bic = row.get<std::optional<std::string>>(4);
    p.bedrag_cent = row.get<std::int64_t>(5);
    p.factuurnummer = row.get<std::string>(6);
    p.omschrijving = row.get<std::string>(7);
    r.opdracht.posten.push_back(std::move(p));
  }
  return r;
}

std::vector<Betaalronde> list_betaalrondes(Connection& conn, const std::vector<std::string>& regio_codes, std::int64_t limit) {
  Params p{{"limit", limit}};
  const std::string in = in_list("r", regio_codes, p);
  std::vector<Betaalronde> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM betaalronde WHERE regio_code IN ({}) ORDER BY aangemaakt_op DESC"
                                              " LIMIT $limit",
                                              columns, in),
                                  p)) {
    out.push_back(read(row));
  }
  return out;
}

bool markeer_betaald(Connection& conn, const std::string& id, const std::string& door, const std::string& op) {
  return conn.execute("UPDATE betaalronde SET status = 'betaald', betaald_door = $door, betaald_op = $op"
                      " WHERE id = $id AND status = 'aangemaakt'",
                      {{"door", door}, {"op", op}, {"id", id}}) == 1;
}

}  // namespace rmt::db
