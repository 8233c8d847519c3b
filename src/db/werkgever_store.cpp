#include "db/werkgever_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, bedrijfsnaam, kvk_nummer, sector, contactpersoon, email, telefoon, vestigingsgemeente_code, regio_code, versie";

Werkgever read(const Row& row) {
  Werkgever w;
  w.id = row.get<std::string>(0);
  w.bedrijfsnaam = row.get<std::string>(1);
  w.kvk_nummer = row.get<std::string>(2);
  w.sector = row.get<std::optional<std::string>>(3);
  w.contactpersoon = row.get<std::string>(4);
  w.email = row.get<std::optional<std::string>>(5);
  w.telefoon = row.get<std::optional<std::string>>(6);
  w.vestigingsgemeente_code = row.get<std::string>(7);
  w.regio_code = row.get<std::string>(8);
  w.versie = row.get<std::int64_t>(9);
  return w;
}

std::vector<Werkgever> find_where(Connection& conn, const char* condition, Params params,
                                  const std::vector<std::string>& regio_codes) {
  const std::string in = in_list("r", regio_codes, params);
  std::vector<Werkgever> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM werkgever WHERE {} AND regio_code IN ({})"
                                              " ORDER BY bedrijfsnaam, id LIMIT 50",
                                              columns, condition, in),
                                  params)) {
    out.push_back(read(row));
  }
  return out;
}

}  // namespace

void insert_werkgever(Connection& conn, const Werkgever& w, const std::string& nu) {
  conn.execute(
      "INSERT INTO werkgever (id, bedrijfsnaam, kvk_nummer, sector, contactpersoon, email, telefoon,"
      " vestigingsgemeente_code, regio_code, versie, aangemaakt_op, gewijzigd_op) VALUES ($id, $naam, $kvk, $sector,"
      " $contact, $email, $telefoon, $gemeente, $regio, 1, $nu, $nu)",
      {{"id", w.id}, {"naam", w.bedrijfsnaam}, {"kvk", w.kvk_nummer}, {"sector", to_value(w.sector)},
       {"contact", w.contactpersoon}, {"email", to_value(w.email)}, {"telefoon", to_value(w.telefoon)},
       {"gemeente", w.vestigingsgemeente_code}, {"regio", w.regio_code}, {"nu", nu}});
}

std::optional<Werkgever> find_werkgever(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM werkgever WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

std::vector<Werkgever> find_werkgevers_by_kvk(Connection& conn, const std::string& kvk_nummer,
                                              const std::vector<std::string>& regio_codes) {
  return find_where(conn, "kvk_nummer = $kvk", {{"kvk", kvk_nummer}}, regio_codes);
}

std::vector<Werkgever> find_werkgevers_by_naam(Connection& conn, const std::string& begin,
                                               const std::vector<std::string>& regio_codes) {
  std::string patroon;
  for (char c : begin) {
    if (c == '%' || c == '_' || c == '\\') patroon += '\\';
    patroon += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return find_where(conn, "LOWER(bedrijfsnaam) LIKE $p ESCAPE '\\'", {{"p", patroon + "%"}}, regio_codes);
}

}  // namespace rmt::db
