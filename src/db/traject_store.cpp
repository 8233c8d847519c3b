#include "db/traject_store.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, regio_code, soort, klant_id, werkgever_id, aanmelding_id, werkgever_traject_id, categorie, klantvraag,"
    " doelen, regievoerder_id, organisatie_id, intake_id, startdatum, status, uitkomst, uitkomst_datum,"
    " contractvorm, uren_per_week, uitkomst_toelichting, laatste_dienst_op, versie, aangemaakt_op, gewijzigd_op";

std::string parameters_json(const std::vector<std::pair<std::string, std::string>>& parameters) {
  boost::json::object o;
  for (const auto& [naam, waarde] : parameters) o[naam] = waarde;
  return boost::json::serialize(o);
}

std::vector<std::pair<std::string, std::string>> parameters_van(const std::optional<std::string>& json) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!json) return out;
  const boost::json::value parsed = boost::json::parse(*json);
  for (const auto& [naam, waarde] : parsed.as_object()) {
    out.emplace_back(std::string(naam), std::string(waarde.as_string()));
  }
  return out;
}

Traject read(const Row& row) {
  Traject t;
  t.id = row.get<std::string>(0);
  t.regio_code = row.get<std::string>(1);
  t.soort = row.get<std::string>(2);
  t.klant_id = row.get<std::optional<std::string>>(3);
  t.werkgever_id = row.get<std::optional<std::string>>(4);
  t.aanmelding_id = row.get<std::optional<std::string>>(5);
  t.werkgever_traject_id = row.get<std::optional<std::string>>(6);
  t.categorie = row.get<std::string>(7);
  t.klantvraag = row.get<std::string>(8);
  t.doelen = row.get<std::optional<std::string>>(9);
  t.regievoerder_id = row.get<std::string>(10);
  t.organisatie_id = row.get<std::string>(11);
  t.intake_id = row.get<std::optional<std::string>>(12);
  t.startdatum = row.get<std::string>(13);
  t.status = row.get<std::string>(14);
  if (const auto uitkomst = row.get<std::optional<std::string>>(15)) {
    t.resultaat = Resultaat{*uitkomst, row.get<std::string>(16), row.get<std::optional<std::string>>(17),
                            row.get<std::optional<std::int64_t>>(18), row.get<std::optional<std::string>>(19)};
  }
  t.laatste_dienst_op = row.get<std::string>(20);
  t.versie = row.get<std::int64_t>(21);
  t.aangemaakt_op = row.get<std::string>(22);
  t.gewijzigd_op = row.get<std::string>(23);
  return t;
}

Params velden(const Traject& t) {
  const auto& r = t.resultaat;
  return {{"id", t.id},
          {"regio", t.regio_code},
          {"soort", t.soort},
          {"klant", to_value(t.klant_id)},
          {"werkgever", to_value(t.werkgever_id)},
          {"aanmelding", to_value(t.aanmelding_id)},
          {"wgtraject", to_value(t.werkgever_traject_id)},
          {"categorie", t.categorie},
          {"klantvraag", t.klantvraag},
          {"doelen", to_value(t.doelen)},
          {"regievoerder", t.regievoerder_id},
          {"organisatie", t.organisatie_id},
          {"intake", to_value(t.intake_id)},
          {"startdatum", t.startdatum.value_or("")},
          {"status", t.status},
          {"uitkomst", r ? Value(r->uitkomst) : Value(nullptr)},
          {"udatum", r ? Value(r->datum) : Value(nullptr)},
          {"contractvorm", r ? to_value(r->contractvorm) : Value(nullptr)},
          {"uren", r ? to_value(r->uren_per_week) : Value(nullptr)},
          {"utoelichting", r ? to_value(r->toelichting) : Value(nullptr)},
          {"laatste", t.laatste_dienst_op},
          {"versie", t.versie},
          {"aangemaakt", t.aangemaakt_op},
          {"gewijzigd", t.gewijzigd_op}};
}

}  // namespace

void insert_traject(Connection& conn, const Traject& t) {
  conn.execute(fmt::format(
                   "INSERT INTO traject ({}) VALUES ($id, $regio, $soort, $klant, $werkgever, $aanmelding, $wgtraject,"
                   " $categorie, $klantvraag, $doelen, $regievoerder, $organisatie, $intake, $startdatum, $status,"
                   " $uitkomst, $udatum, $contractvorm, $uren, $utoelichting, $laatste, $versie, $aangemaakt, $gewijzigd)",
                   columns),
               velden(t));
}

std::optional<Traject> find_traject(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM traject WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

bool update_traject(Connection& conn, const Traject& t) {
  return conn.execute(
             "UPDATE traject SET werkgever_traject_id = $wgtraject, categorie = $categorie, klantvraag = $klantvraag,"
             " doelen = $doelen, regievoerder_id = $regievoerder, organisatie_id = $organisatie, intake_id = $intake,"
             " status = $status,"
             " uitkomst = $uitkomst, uitkomst_datum = $udatum, contractvorm = $contractvorm, uren_per_week = $uren,"
             " uitkomst_toelichting = $utoelichting, versie = versie + 1, gewijzigd_op = $gewijzigd"
             " WHERE id = $id AND versie = $versie",
             velden(t)) == 1;
}

void markeer_dienst(Connection& conn, const std::string& traject_id, const std::string& datum) {
  conn.execute("UPDATE traject SET laatste_dienst_op = $datum WHERE id = $id AND laatste_dienst_op < $datum",
               {{"id", traject_id}, {"datum", datum}});
}

Pagina<Traject> list_trajecten(Connection& conn, const TrajectFilter& f, const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  std::string where = fmt::format(" WHERE regio_code IN ({})", in_list("r", f.regio_codes, params));
  const auto voeg_toe = [&](const std::optional<std::string>& waarde, const char* sql, const char* naam) {
    if (!waarde) return;
    where += sql;
    params.push_back({naam, *waarde});
  };
  voeg_toe(f.regievoerder_id, " AND regievoerder_id = $regievoerder", "regievoerder");
  voeg_toe(f.organisatie_id, " AND organisatie_id = $organisatie", "organisatie");
  voeg_toe(f.status, " AND status = $status", "status");
  voeg_toe(f.sluiten_voor, " AND status <> 'afgesloten' AND laatste_dienst_op < $voor", "voor");
  voeg_toe(f.werkgever_traject_id, " AND werkgever_traject_id = $wgtraject", "wgtraject");
  voeg_toe(f.werkgever_id, " AND werkgever_id = $werkgever", "werkgever");
  Pagina<Traject> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM traject{} ORDER BY gewijzigd_op DESC, id DESC"
                                              " LIMIT $limit OFFSET $offset",
                                              columns, where),
                                  params)) {
    out.items.push_back(read(row));
  }
  // The counts kept per regio, regievoerder, organisatie and status (migration 0011) answer the
  // total unless a filter looks at other columns.
  const char* total = f.sluiten_voor || f.werkgever_traject_id || f.werkgever_id
                          ? "COUNT(*) FROM traject"
                          : "CAST(COALESCE(SUM(aantal), 0) AS BIGINT) FROM traject_telling";
  out.total = conn.query(fmt::format("SELECT {}{}", total, where), params)[0].get<std::int64_t>(0);
  return out;
}

std::vector<std::string> betrokken_organisaties(Connection& conn, const std::string& traject_id,
                                                const std::string& vandaag) {
  std::vector<std::string> out;
  for (const Row row : conn.query(
           "SELECT organisatie_id FROM traject WHERE id = $id UNION SELECT d.naar_organisatie_id FROM doorverwijzing d"
           " JOIN toestemming t ON t.id = d.toestemming_id WHERE d.traject_id = $id"
           " AND d.status IN ('geaccepteerd', 'afgerond') AND t.ingetrokken_op IS NULL AND t.geldig_tot >= $vandaag",
           {{"id", traject_id}, {"vandaag", vandaag}})) {
    out.push_back(row.get<std::string>(0));
  }
  return out;
}

std::map<std::string, TrajectPartij> partijen_van_trajecten(Connection& conn, const std::vector<std::string>& traject_ids) {
  std::map<std::string, TrajectPartij> out;
  if (traject_ids.empty()) return out;
  Params params;
  const std::string sql = fmt::format(
      "SELECT t.id, t.klant_id, k.naam, t.werkgever_id, w.bedrijfsnaam FROM traject t"
      " LEFT JOIN klant k ON k.id = t.klant_id LEFT JOIN werkgever w ON w.id = t.werkgever_id WHERE t.id IN ({})",
      in_list("t", traject_ids, params));
  for (const Row row : conn.query(sql, params)) {
    if (const auto klant = row.get<std::optional<std::string>>(1)) {
      out[row.get<std::string>(0)] = {"klant", *klant, row.get<std::string>(2)};
    } else if (const auto werkgever = row.get<std::optional<std::string>>(3)) {
      out[row.get<std::string>(0)] = {"werkgever", *werkgever, row.get<std::string>(4)};
    }
  }
  return out;
}

std::optional<std::vector<std::string>> klant_betrokken(Connection& conn, const std::string& klant_id,
                                                        const std::optional<std::string>& categorie,
                                                        const std::string& vandaag) {
  std::string sql = "SELECT organisatie_id FROM traject WHERE klant_id = $klant";
  Params params{{"klant", klant_id}};
  if (categorie) {
    sql += " UNION SELECT d.naar_organisatie_id"
           " FROM traject tr JOIN doorverwijzing d ON d.traject_id = tr.id JOIN toestemming t ON t.id = d.toestemming_id"
           " WHERE tr.klant_id = $klant AND d.status IN ('geaccepteerd', 'afgerond') AND t.ingetrokken_op IS NULL"
           " AND t.geldig_tot >= $vandaag AND ',' || t.scope || ',' LIKE '%,' || CAST($categorie AS TEXT) || ',%'";
    params.push_back({"categorie", *categorie});
    params.push_back({"vandaag", vandaag});
  }
  std::vector<std::string> out;
  for (const Row row : conn.query(sql, params)) {
    out.push_back(row.get<std::string>(0));
  }
  if (out.empty()) return std::nullopt;  // every traject has an organisation holding the regie
  return out;
}

void insert_gebeurtenis(Connection& conn, const Gebeurtenis& g) {
  conn.execute(
      "INSERT INTO traject_gebeurtenis (id, traject_id, op, soort, omschrijving, van_status, naar_status, tekst,"
      " zichtbaarheid, organisatie_id, medewerker_id, object_type, object_id, code, parameters) VALUES ($id,"
      " $traject, $op, $soort, $omschrijving, $van, $naar, $tekst, $zichtbaarheid, $organisatie, $medewerker,"
      " $otype, $oid, $code, $parameters)",
      {{"id", g.id},
       {"traject", g.traject_id},
       {"op", g.op},
       {"soort", g.soort},
       {"omschrijving", g.omschrijving},
       {"van", to_value(g.van_status)},
       {"naar", to_value(g.naar_status)},
       {"tekst", to_value(g.tekst)},
       {"zichtbaarheid", g.zichtbaarheid},
       {"organisatie", to_value(g.organisatie_id)},
       {"medewerker", to_value(g.medewerker_id)},
       {"otype", to_value(g.object_type)},
       {"oid", to_value(g.object_id)},
       {"code", g.code.empty() ? Value() : Value(g.code)},
       {"parameters", g.parameters.empty() ? Value() : Value(parameters_json(g.parameters))}});
}

std::vector<Gebeurtenis> list_gebeurtenissen(Connection& conn, const std::string& traject_id,
                                             const std::string& organisatie_id) {
  std::vector<Gebeurtenis> out;
  for (const Row row : conn.query(
           "SELECT g.id, g.traject_id, g.op, g.soort, g.omschrijving, g.van_status, g.naar_status, g.tekst,"
           " g.zichtbaarheid, g.organisatie_id, g.medewerker_id, g.object_type, g.object_id, m.naam, g.code,"
           " g.parameters"
           " FROM traject_gebeurtenis g LEFT JOIN medewerker m ON m.id = g.medewerker_id WHERE g.traject_id = $id"
           " AND (g.zichtbaarheid = 'betrokkenen' OR g.organisatie_id = $organisatie) ORDER BY g.op, g.id",
           {{"id", traject_id}, {"organisatie", organisatie_id}})) {
    out.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2),
                   row.get<std::string>(3), row.get<std::string>(4), row.get<std::optional<std::string>>(5),
                   row.get<std::optional<std::string>>(6), row.get<std::optional<std::string>>(7),
                   row.get<std::string>(8), row.get<std::optional<std::string>>(9),
                   row.get<std::optional<std::string>>(10), row.get<std::optional<std::string>>(11),
                   row.get<std::optional<std::string>>(12), row.get<std::optional<std::string>>(13),
                   row.get<std::optional<std::string>>(14).value_or(""),
                   parameters_van(row.get<std::optional<std::string>>(15))});
  }
  return out;
}

GekoppeldeTrajecten tel_gekoppelde_trajecten(Connection& conn, const std::string& werkgever_traject_id) {
  GekoppeldeTrajecten out;
  const Params params{{"id", werkgever_traject_id}};
  for (const Row row : conn.query("SELECT status, COUNT(*) FROM traject WHERE werkgever_traject_id = $id"
                                  " GROUP BY status ORDER BY status",
                                  params)) {
    out.per_status.push_back({row.get<std::string>(0), row.get<std::int64_t>(1)});
  }
  for (const Row row : conn.query("SELECT uitkomst, COUNT(*) FROM traject WHERE werkgever_traject_id = $id"
                                  " AND uitkomst IS NOT NULL GROUP BY uitkomst ORDER BY uitkomst",
                                  params)) {
    out.per_uitkomst.push_back({row.get<std::string>(0), row.get<std::int64_t>(1)});
  }
  return out;
}

}  // namespace rmt::db
