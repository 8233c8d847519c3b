#include "db/budget_store.hpp"

#include <fmt/format.h>

#include "db/mutatie_store.hpp"
#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* budget_columns = "id, regio_code, jaar, regeling, vier_ogen_vanaf_cent, aangemaakt_op";
constexpr const char* wijziging_columns =
    "id, budget_id, regel_id, soort, bedrag_cent, toelichting, status, reden, voorgesteld_door, voorgesteld_op,"
    " beoordeeld_door, beoordeeld_op";

Budget read_budget(const Row& row) {
  Budget b;
  b.id = row.get<std::string>(0);
  b.regio_code = row.get<std::string>(1);
  b.jaar = row.get<std::int64_t>(2);
  b.regeling = row.get<std::string>(3);
  b.vier_ogen_vanaf_cent = row.get<std::int64_t>(4);
  b.aangemaakt_op = row.get<std::string>(5);
  return b;
}

Budgetwijziging read_wijziging(const Row& row) {
  Budgetwijziging w;
  w.id = row.get<std::string>(0);
  w.budget_id = row.get<std::string>(1);
  w.regel_id = row.get<std::string>(2);
  w.soort = row.get<std::string>(3);
  w.bedrag_cent = row.get<std::int64_t>(4);
  w.toelichting = row.get<std::string>(5);
  w.status = row.get<std::string>(6);
  w.reden = row.get<std::optional<std::string>>(7);
  w.voorgesteld_door = row.get<std::string>(8);
  w.voorgesteld_op = row.get<std::string>(9);
  w.beoordeeld_door = row.get<std::optional<std::string>>(10);
  w.beoordeeld_op = row.get<std::optional<std::string>>(11);
  return w;
}

std::int64_t overschrijding_van(Connection& conn, const std::string& regel_id) {
  const Result r = conn.query(
      "SELECT CAST(COALESCE(SUM(bedrag_cent), 0) AS BIGINT) FROM budgetwijziging WHERE regel_id = $r AND soort = 'overschrijding'"
      " AND status = 'goedgekeurd'",
      {{"r", regel_id}});
  return r[0].get<std::int64_t>(0);
}

Saldo saldo_van(Connection& conn, const std::string& regel_id) {
  Saldo s = stand_van(conn, regel_id);
  s.overschrijding = overschrijding_van(conn, regel_id);
  return s;
}

void met_regels(Connection& conn, Budget& b) {
  for (const Row row : conn.query("SELECT id, budget_id, soort, naam, volgorde FROM budgetregel WHERE budget_id = $b"
                                  " ORDER BY volgorde",
                                  {{"b", b.id}})) {
    Budgetregel r;
    r.id = row.get<std::string>(0);
    r.budget_id = row.get<std::string>(1);
    r.soort = row.get<std::string>(2);
    r.naam = row.get<std::string>(3);
    r.volgorde = row.get<std::int64_t>(4);
    r.saldo = saldo_van(conn, r.id);
    b.regels.push_back(std::move(r));
  }
}

}  // namespace

void insert_budget(Connection& conn, const Budget& b, const std::string& door) {
  conn.execute(
      "INSERT INTO budget (id, regio_code, jaar, regeling, vier_ogen_vanaf_cent, aangemaakt_door, aangemaakt_op)"
      " VALUES ($id, $regio, $jaar, $regeling, $drempel, $door, $op)",
      {{"id", b.id}, {"regio", b.regio_code}, {"jaar", b.jaar}, {"regeling", b.regeling},
       {"drempel", b.vier_ogen_vanaf_cent}, {"door", door}, {"op", b.aangemaakt_op}});
}

void insert_budgetregel(Connection& conn, const Budgetregel& r) {
  conn.execute("INSERT INTO budgetregel (id, budget_id, soort, naam, volgorde) VALUES ($id, $b, $soort, $naam, $v)",
               {{"id", r.id}, {"b", r.budget_id}, {"soort", r.soort}, {"naam", r.naam}, {"v", r.volgorde}});
}

std::optional<Budget> find_budget(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM budget WHERE id = $id", budget_columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  Budget b = read_budget(r[0]);
  met_regels(conn, b);
  return b;
}

std::vector<std::string> alle_budget_ids(Connection& conn) {
  std::vector<std::string> out;
  for (const Row row : conn.query("SELECT id FROM budget ORDER BY regio_code, jaar")) out.push_back(row.get<std::string>(0));
  return out;
}

std::optional<std::string> budget_id_voor(Connection& conn, const std::string& regio_code, std::int64_t jaar) {
  const Result r = conn.query("SELECT id FROM budget WHERE regio_code = $r AND jaar = $j", {{"r", regio_code}, {"j", jaar}});
  if (r.empty()) return std::nullopt;
  return r[0].get<std::string>(0);
}

std::vector<Budget> list_budgetten(Connection& conn, const std::vector<std::string>& regio_codes) {
  Params p;
  const std::string in = in_list("r", regio_codes, p);
  std::vector<Budget> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM budget WHERE regio_code IN ({}) ORDER BY jaar DESC, regio_code",
                                              budget_columns, in),
                                  p)) {
    out.push_back(read_budget(row));
    met_regels(conn, out.back());
  }
  return out;
}

Saldo lock_budgetregel(Connection& conn, const std::string& regel_id) {
  if (conn.dialect() == Dialect::postgresql) {
    conn.query("SELECT id FROM budgetregel WHERE id = $id FOR UPDATE", {{"id", regel_id}});
  }
  return saldo_van(conn, regel_id);
}

void insert_budgetwijziging(Connection& conn, const Budgetwijziging& w) {
  conn.execute(fmt::format("INSERT INTO budgetwijziging ({}) VALUES ($id, $b, $r, $soort, $bedrag, $toelichting, $status,"
                           " $reden, $door, $op, $bdoor, $bop)",
                           wijziging_columns),
               {{"id", w.id}, {"b", w.budget_id}, {"r", w.regel_id}, {"soort", w.soort}, {"bedrag", w.bedrag_cent},
                {"toelichting", w.toelichting}, {"status", w.status}, {"reden", to_value(w.reden)},
                {"door", w.voorgesteld_door}, {"op", w.voorgesteld_op}, {"bdoor", to_value(w.beoordeeld_door)},
                {"bop", to_value(w.beoordeeld_op)}});
}

std::optional<Budgetwijziging> find_budgetwijziging(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM budgetwijziging WHERE id = $id", wijziging_columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read_wijziging(r[0]);
}

std::vector<Budgetwijziging> list_budgetwijzigingen(Connection& conn, const std::string& budget_id) {
  std::vector<Budgetwijziging> out;
  // In the order they were proposed; those of one moment (a new budget's lines) in line order.
  for (const Row row : conn.query(fmt::format("SELECT {} FROM budgetwijziging w WHERE budget_id = $b ORDER BY voorgesteld_op,"
                                              " (SELECT volgorde FROM budgetregel r WHERE r.id = w.regel_id), id",
                                              wijziging_columns),
                                  {{"b", budget_id}})) {
    out.push_back(read_wijziging(row));
  }
  return out;
}

std::vector<Budgetwijziging> list_open_budgetwijzigingen(Connection& conn, const std::vector<std::string>& regio_codes) {
  Params p;
  const std::string in = in_list("r", regio_codes, p);
  std::vector<Budgetwijziging> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM budgetwijziging WHERE status = 'voorgesteld' AND budget_id IN"
                                              " (SELECT id FROM budget WHERE regio_code IN ({})) ORDER BY voorgesteld_op, id",
                                              wijziging_columns, in),
                                  p)) {
    out.push_back(read_wijziging(row));
  }
  return out;
}

bool beoordeel_budgetwijziging(Connection& conn, const Budgetwijziging& w) {
  return conn.execute("UPDATE budgetwijziging SET status = $status, reden = $reden, beoordeeld_door = $door,"
                      " beoordeeld_op = $op WHERE id = $id AND status = 'voorgesteld'",
                      {{"status", w.status}, {"reden", to_value(w.reden)}, {"door", to_value(w.beoordeeld_door)},
                       {"op", to_value(w.beoordeeld_op)}, {"id", w.id}}) == 1;
}

}  // namespace rmt::db
