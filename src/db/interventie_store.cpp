#include "db/interventie_store.hpp"

#include <fmt/format.h>

namespace rmt::db {
namespace {

constexpr const char* columns =
    "i.id, i.traject_id, i.regio_code, i.dienst_id, d.naam, i.aanbieder_id, i.gepland_begin, i.gepland_einde,"
    " i.werkelijk_begin, i.werkelijk_einde, i.kosten_cent, i.status, i.reden, i.resultaat, i.toelichting, i.versie,"
    " v.status, v.reden";
// The dienst's name, and the verplichting's state (by its unique interventie_id).
constexpr const char* tables =
    "interventie i JOIN dienst d ON d.id = i.dienst_id LEFT JOIN verplichting v ON v.interventie_id = i.id";

Interventie read(const Row& row) {
  Interventie i;
  i.id = row.get<std::string>(0);
  i.traject_id = row.get<std::string>(1);
  i.regio_code = row.get<std::string>(2);
  i.dienst_id = row.get<std::string>(3);
  i.dienst_naam = row.get<std::string>(4);
  i.aanbieder_id = row.get<std::string>(5);
  i.gepland_begin = row.get<std::string>(6);
  i.gepland_einde = row.get<std::string>(7);
  i.werkelijk_begin = row.get<std::optional<std::string>>(8);
  i.werkelijk_einde = row.get<std::optional<std::string>>(9);
  i.kosten_cent = row.get<std::int64_t>(10);
  i.status = row.get<std::string>(11);
  i.reden = row.get<std::optional<std::string>>(12);
  i.resultaat = row.get<std::optional<std::string>>(13);
  i.toelichting = row.get<std::optional<std::string>>(14);
  i.versie = row.get<std::int64_t>(15);
  if (auto status = row.get<std::optional<std::string>>(16)) {
    i.verplichting = VerplichtingStand{std::move(*status), row.get<std::optional<std::string>>(17)};
  }
  return i;
}

Params velden(const Interventie& i, const std::string& nu) {
  return {{"id", i.id},
          {"traject", i.traject_id},
          {"regio", i.regio_code},
          {"dienst", i.dienst_id},
          {"aanbieder", i.aanbieder_id},
          {"gb", i.gepland_begin},
          {"ge", i.gepland_einde},
          {"wb", to_value(i.werkelijk_begin)},
          {"we", to_value(i.werkelijk_einde)},
          {"kosten", i.kosten_cent.value_or(0)},
          {"status", i.status},
          {"reden", to_value(i.reden)},
          {"resultaat", to_value(i.resultaat)},
          {"toelichting", to_value(i.toelichting)},
          {"versie", i.versie},
          {"nu", nu}};
}

}  // namespace

void insert_interventie(Connection& conn, const Interventie& i, const std::optional<std::string>& klant_id,
                        const std::string& nu) {
  Params p = velden(i, nu);
  p.push_back({"klant", to_value(klant_id)});
  conn.execute(
      "INSERT INTO interventie (id, traject_id, regio_code, klant_id, dienst_id, aanbieder_id, gepland_begin,"
      " gepland_einde, werkelijk_begin, werkelijk_einde, kosten_cent, status, reden, resultaat, toelichting, versie,"
      " aangemaakt_op, gewijzigd_op) VALUES ($id, $traject, $regio, $klant, $dienst, $aanbieder, $gb, $ge, $wb, $we,"
      " $kosten, $status, $reden, $resultaat, $toelichting, $versie, $nu, $nu)",
      p);
}

std::optional<Interventie> find_interventie(Connection& conn, const std::string& id) {
  const Result r = conn.query(
      fmt::format("SELECT {} FROM {} WHERE i.id = $id", columns, tables),
      {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

bool update_interventie(Connection& conn, const Interventie& i, const std::string& nu) {
  return conn.execute(
             "UPDATE interventie SET gepland_begin = $gb, gepland_einde = $ge, werkelijk_begin = $wb,"
             " werkelijk_einde = $we, kosten_cent = $kosten, status = $status, reden = $reden, resultaat = $resultaat,"
             " toelichting = $toelichting, versie = versie + 1, gewijzigd_op = $nu WHERE id = $id AND versie = $versie",
             velden(i, nu)) == 1;
}

std::vector<Interventie> list_interventies(Connection& conn, const std::string& traject_id) {
  std::vector<Interventie> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM {} WHERE i.traject_id = $id ORDER BY i.gepland_begin, i.id",
                                              columns, tables),
                                  {{"id", traject_id}})) {
    out.push_back(read(row));
  }
  return out;
}

std::vector<Interventie> list_interventies_van_regio(Connection& conn, const std::string& regio_code) {
  std::vector<Interventie> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM {} WHERE i.regio_code = $r ORDER BY i.gepland_begin, i.id",
                                              columns, tables),
                                  {{"r", regio_code}})) {
    out.push_back(read(row));
  }
  return out;
}

std::int64_t tel_interventies(Connection& conn, const std::string& klant_id, const std::string& dienst_id) {
  if (conn.dialect() == Dialect::postgresql) conn.query("SELECT id FROM klant WHERE id = $id FOR UPDATE", {{"id", klant_id}});
  return conn
      .query("SELECT COUNT(*) FROM interventie WHERE klant_id = $klant AND dienst_id = $dienst"
             " AND status <> 'afgebroken'",
             {{"klant", klant_id}, {"dienst", dienst_id}})[0]
      .get<std::int64_t>(0);
}

}  // namespace rmt::db
