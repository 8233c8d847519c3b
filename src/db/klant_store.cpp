#include "db/klant_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, naam, geboortedatum, email, telefoon, woongemeente_code, regio_code, versie, bsn_versleuteld";

KlantRij read(const Row& row) {
  KlantRij r;
  r.klant.id = row.get<std::string>(0);
  r.klant.naam = row.get<std::string>(1);
  r.klant.geboortedatum = row.get<std::string>(2);
  r.klant.email = row.get<std::optional<std::string>>(3);
  r.klant.telefoon = row.get<std::optional<std::string>>(4);
  r.klant.woongemeente_code = row.get<std::string>(5);
  r.klant.regio_code = row.get<std::string>(6);
  r.klant.versie = row.get<std::int64_t>(7);
  r.bsn_versleuteld = row.get<std::optional<std::string>>(8);
  return r;
}

std::vector<KlantRij> read_all(const Result& rows) {
  std::vector<KlantRij> out;
  for (const Row row : rows) out.push_back(read(row));
  return out;
}

}  // namespace

void insert_klant(Connection& conn, const Klant& k, const std::optional<std::string>& bsn_versleuteld,
                  const std::optional<std::string>& bsn_index, const std::string& nu) {
  conn.execute(
      "INSERT INTO klant (id, naam, geboortedatum, email, telefoon, woongemeente_code, regio_code, bsn_versleuteld,"
      " bsn_index, versie, aangemaakt_op, gewijzigd_op) VALUES ($id, $naam, $geboren, $email, $telefoon, $gemeente,"
      " $regio, $bsn, $index, 1, $nu, $nu)",
      {{"id", k.id}, {"naam", k.naam}, {"geboren", k.geboortedatum}, {"email", to_value(k.email)},
       {"telefoon", to_value(k.telefoon)}, {"gemeente", k.woongemeente_code}, {"regio", k.regio_code},
       {"bsn", to_value(bsn_versleuteld)}, {"index", to_value(bsn_index)}, {"nu", nu}});
}

std::optional<KlantRij> find_klant(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM klant WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

std::int64_t count_klanten(Connection& conn) {
  return conn.query("SELECT COUNT(*) FROM klant")[0].get<std::int64_t>(0);
}

std::vector<KlantRij> find_klanten_by_bsn_index(Connection& conn, const std::string& index,
                                                const std::vector<std::string>& regio_codes) {
  Params params{{"index", index}};
  const std::string in = in_list("r", regio_codes, params);
  return read_all(conn.query(
      fmt::format("SELECT {} FROM klant WHERE bsn_index = $index AND regio_code IN ({}) ORDER BY naam, id LIMIT 50",
                  columns, in),
      params));
}

std::vector<KlantRij> find_klanten_by_naam(Connection& conn, const std::string& naam, const std::string& geboortedatum,
                                           const std::vector<std::string>& regio_codes) {
  Params params{{"naam", naam}, {"geboren", geboortedatum}};
  const std::string in = in_list("r", regio_codes, params);
  return read_all(conn.query(
      fmt::format("SELECT {} FROM klant WHERE geboortedatum = $geboren AND LOWER(naam) = LOWER($naam)"
                  " AND regio_code IN ({}) ORDER BY naam, id LIMIT 50",
                  columns, in),
      params));
}

}  // namespace rmt::db
