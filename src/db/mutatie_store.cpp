#include "db/mutatie_store.hpp"

#include <fmt/format.h>

namespace rmt::db {
namespace {

constexpr const char* columns =
    "volgnummer, id, budget_id, regel_id, soort, rubriek, bedrag_cent, stand_cent, budgetwijziging_id, verplichting_id,"
    " declaratie_id, betaalronde_id, corrigeert_id, omschrijving, geboekt_door, geboekt_op";

Mutatie read(const Row& row) {
  Mutatie m;
  m.volgnummer = row.get<std::int64_t>(0);
  m.id = row.get<std::string>(1);
  m.budget_id = row.get<std::string>(2);
  m.regel_id = row.get<std::string>(3);
  m.soort = row.get<std::string>(4);
  m.rubriek = row.get<std::string>(5);
  m.bedrag_cent = row.get<std::int64_t>(6);
  m.stand_cent = row.get<std::int64_t>(7);
  m.budgetwijziging_id = row.get<std::optional<std::string>>(8);
  m.verplichting_id = row.get<std::optional<std::string>>(9);
  m.declaratie_id = row.get<std::optional<std::string>>(10);
  m.betaalronde_id = row.get<std::optional<std::string>>(11);
  m.corrigeert_id = row.get<std::optional<std::string>>(12);
  m.omschrijving = row.get<std::string>(13);
  m.geboekt_door = row.get<std::string>(14);
  m.geboekt_op = row.get<std::string>(15);
  return m;
}

std::int64_t stand(Connection& conn, const std::string& regel_id, std::string_view rubriek) {
  // Ordered by the whole index (regel_id, rubriek, volgnummer): PostgreSQL's generic plan would
  // otherwise walk the primary key backwards through every entry when the rubriek has none yet.
  const Result r = conn.query(
      "SELECT stand_cent FROM mutatie WHERE regel_id = $r AND rubriek = $k"
      " ORDER BY regel_id DESC, rubriek DESC, volgnummer DESC LIMIT 1",
      {{"r", regel_id}, {"k", std::string(rubriek)}});
  return r.empty() ? 0 : r[0].get<std::int64_t>(0);
}

std::vector<Mutatie> lijst(Connection& conn, const std::string& where, const Params& p) {
  std::vector<Mutatie> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM mutatie WHERE {}", columns, where), p)) out.push_back(read(row));
  return out;
}

}  // namespace

void boek_mutatie(Connection& conn, Mutatie& m) {
  m.stand_cent = optellen(stand(conn, m.regel_id, m.rubriek), m.bedrag_cent);
  conn.execute(
      "INSERT INTO mutatie (id, budget_id, regel_id, soort, rubriek, bedrag_cent, stand_cent, budgetwijziging_id,"
      " verplichting_id, declaratie_id, betaalronde_id, corrigeert_id, omschrijving, geboekt_door, geboekt_op)"
      " VALUES ($id, $b, $r, $soort, $rubriek, $bedrag, $stand, $w, $v, $d, $br, $c, $o, $door, $op)",
      {{"id", m.id}, {"b", m.budget_id}, {"r", m.regel_id}, {"soort", m.soort}, {"rubriek", m.rubriek},
       {"bedrag", m.bedrag_cent}, {"stand", m.stand_cent}, {"w", to_value(m.budgetwijziging_id)},
       {"v", to_value(m.verplichting_id)}, {"d", to_value(m.declaratie_id)}, {"br", to_value(m.betaalronde_id)},
       {"c", to_value(m.corrigeert_id)}, {"o", m.omschrijving}, {"door", m.geboekt_door}, {"op", m.geboekt_op}});
}

Saldo stand_van(Connection& conn, const std::string& regel_id) {
  Saldo s;
  s.toegekend = stand(conn, regel_id, rubriek::toegekend);
  s.verplicht = stand(conn, regel_id, rubriek::verplicht);
  s.gedeclareerd = stand(conn, regel_id, rubriek::gedeclareerd);
  s.betaald = stand(conn, regel_id, rubriek::betaald);
  return s;
}

std::vector<Mutatie> mutaties_van_declaratie(Connection& conn, const std::string& declaratie_id) {
  return lijst(conn, "declaratie_id = $d ORDER BY volgnummer", {{"d", declaratie_id}});
}

std::vector<Mutatie> list_mutaties(Connection& conn, const std::string& budget_id, std::int64_t na, std::int64_t limit) {
  return lijst(conn, "budget_id = $b AND volgnummer > $na ORDER BY volgnummer LIMIT $limit",
               {{"b", budget_id}, {"na", na}, {"limit", limit}});
}

void elke_mutatie(Connection& conn, const std::string& budget_id, const std::function<void(const Mutatie&)>& f) {
  constexpr std::int64_t pagina = 5000;
  std::int64_t na = 0;
  for (;;) {
    const auto l = list_mutaties(conn, budget_id, na, pagina);
    for (const Mutatie& m : l) f(m);
    if (static_cast<std::int64_t>(l.size()) < pagina) return;
    na = l.back().volgnummer;
  }
}

std::int64_t verplicht_sinds(Connection& conn, const std::string& regel_id, const std::string& sinds) {
  // The stand now minus the stand of the newest entry before `sinds` (entries are booked in time
  // order, so this reads only the period's entries, from the newest back).
  const Result r = conn.query(
      "SELECT stand_cent FROM mutatie WHERE regel_id = $r AND rubriek = 'verplicht' AND geboekt_op < $s"
      " ORDER BY regel_id DESC, rubriek DESC, volgnummer DESC LIMIT 1",
      {{"r", regel_id}, {"s", sinds}});
  return stand(conn, regel_id, rubriek::verplicht) - (r.empty() ? 0 : r[0].get<std::int64_t>(0));
}

std::vector<Uitgavenregel> uitgaven(Connection& conn, const std::string& budget_id, const std::string& per) {
  // Summed per commitment first (one pass over the budget's entries), then joined to what the
  // commitment was for: the joins run once per commitment, not once per entry.
  std::string sleutel = "m.maand", naam = "m.maand", join, groep = "verplichting_id";
  if (per == "maand") {
    groep = "SUBSTR(geboekt_op, 1, 7)";
  } else if (per == "dienst" || per == "diensttype") {
    sleutel = per == "dienst" ? "d.id" : "d.type";
    naam = per == "dienst" ? "d.naam" : "d.type";
    join = " JOIN verplichting v ON v.id = m.verplichting_id JOIN interventie i ON i.id = v.interventie_id"
           " JOIN dienst d ON d.id = i.dienst_id";
  } else if (per == "aanbieder") {
    sleutel = "o.id";
    naam = "o.naam";
    join = " JOIN verplichting v ON v.id = m.verplichting_id JOIN interventie i ON i.id = v.interventie_id"
           " JOIN organisatie o ON o.id = i.aanbieder_id";
  } else {  // doelgroep: the uitkeringssituatie at intake
    sleutel = naam = "COALESCE(k.uitkeringssituatie, 'onbekend')";
    join = " JOIN verplichting v ON v.id = m.verplichting_id JOIN interventie i ON i.id = v.interventie_id"
           " JOIN traject t ON t.id = i.traject_id LEFT JOIN intake k ON k.id = t.intake_id";
  }
  const std::string sql = fmt::format(
      "SELECT {0}, {1}, m.rubriek, CAST(SUM(m.som) AS BIGINT) FROM (SELECT {2} AS {3}, rubriek, SUM(bedrag_cent) AS som"
      " FROM mutatie WHERE budget_id = $b AND verplichting_id IS NOT NULL AND rubriek <> 'toegekend' GROUP BY {2}, rubriek) m{4}"
      " GROUP BY {0}, {1}, m.rubriek ORDER BY {1}, {0}",
      sleutel, naam, groep, per == "maand" ? "maand" : "verplichting_id", join);
  std::vector<Uitgavenregel> out;
  for (const Row row : conn.query(sql, {{"b", budget_id}})) {
    const std::string k = row.get<std::string>(0);
    if (out.empty() || out.back().sleutel != k) out.push_back({k, row.get<std::string>(1)});
    Uitgavenregel& u = out.back();
    const std::string r = row.get<std::string>(2);
    const std::int64_t som = row.get<std::int64_t>(3);
    if (r == rubriek::verplicht) u.verplicht = som;
    else if (r == rubriek::gedeclareerd) u.gedeclareerd = som;
    else if (r == rubriek::betaald) u.betaald = som;
  }
  return out;
}

Saldo grootboek_totaal(Connection& conn, const std::string& budget_id, std::int64_t& aantal) {
  Saldo s;
  aantal = 0;
  for (const Row row : conn.query("SELECT rubriek, CAST(SUM(bedrag_cent) AS BIGINT), COUNT(*) FROM mutatie WHERE budget_id = $b GROUP BY rubriek",
                                  {{"b", budget_id}})) {
    s.boek(row.get<std::string>(0), row.get<std::int64_t>(1));
    aantal += row.get<std::int64_t>(2);
  }
  return s;
}

}  // namespace rmt::db
