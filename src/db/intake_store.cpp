#include "db/intake_store.hpp"

#include <fmt/format.h>

namespace rmt::db {

void insert_intake(Connection& conn, const Intake& i, const std::optional<std::string>& medewerker_id,
                   const std::string& nu) {
  conn.execute(
      "INSERT INTO intake (id, klant_id, datum, arbeidsmarktpositie, uitkeringssituatie, leeftijdsklasse,"
      " opleidingsniveau, banenafspraak, statushouder, sector, codelijst_versie, medewerker_id, aangemaakt_op)"
      " VALUES ($id, $klant, $datum, $positie, $uitkering, $leeftijd, $opleiding, $banenafspraak, $statushouder,"
      " $sector, $versie, $medewerker, $nu)",
      {{"id", i.id}, {"klant", i.klant_id}, {"datum", i.datum}, {"positie", i.arbeidsmarktpositie},
       {"uitkering", i.uitkeringssituatie}, {"leeftijd", i.leeftijdsklasse}, {"opleiding", i.opleidingsniveau},
       {"banenafspraak", std::int64_t{i.banenafspraak ? 1 : 0}}, {"statushouder", std::int64_t{i.statushouder ? 1 : 0}},
       {"sector", to_value(i.sector)}, {"versie", i.codelijst_versie}, {"medewerker", to_value(medewerker_id)},
       {"nu", nu}});
}

namespace {

constexpr const char* columns =
    "id, klant_id, datum, arbeidsmarktpositie, uitkeringssituatie, leeftijdsklasse, opleidingsniveau, banenafspraak,"
    " statushouder, sector, codelijst_versie";

Intake read(const Row& row) {
  Intake i;
  i.id = row.get<std::string>(0);
  i.klant_id = row.get<std::string>(1);
  i.datum = row.get<std::string>(2);
  i.arbeidsmarktpositie = row.get<std::string>(3);
  i.uitkeringssituatie = row.get<std::string>(4);
  i.leeftijdsklasse = row.get<std::string>(5);
  i.opleidingsniveau = row.get<std::string>(6);
  i.banenafspraak = row.get<std::int64_t>(7) != 0;
  i.statushouder = row.get<std::int64_t>(8) != 0;
  i.sector = row.get<std::optional<std::string>>(9);
  i.codelijst_versie = row.get<std::string>(10);
  return i;
}

}  // namespace

std::optional<Intake> find_intake(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM intake WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

std::vector<Intake> list_intakes(Connection& conn, const std::string& klant_id) {
  std::vector<Intake> out;
  for (const Row row : conn.query(
           fmt::format("SELECT {} FROM intake WHERE klant_id = $klant ORDER BY datum DESC, id DESC LIMIT 200", columns),
           {{"klant", klant_id}})) {
    out.push_back(read(row));
  }
  return out;
}

}  // namespace rmt::db
