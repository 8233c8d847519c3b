#include "db/sessie_store.hpp"

#include "db/sql_list.hpp"
#include <fmt/format.h>

namespace rmt::db {
namespace {

constexpr const char* token_columns =
    "id, naam, regio_code, rollen, verloopt_op, aangemaakt_op, aangemaakt_door, ingetrokken_op";

ApiToken read_token(const Row& row) {
  ApiToken t;
  t.id = row.get<std::string>(0);
  t.naam = row.get<std::string>(1);
  t.regio_code = row.get<std::string>(2);
  const std::string rollen = row.get<std::string>(3);
  std::size_t start = 0;
  while (start <= rollen.size()) {
    const std::size_t comma = std::min(rollen.find(',', start), rollen.size());
    if (auto rol = parse_rol(std::string_view(rollen).substr(start, comma - start))) t.rollen.push_back(*rol);
    start = comma + 1;
  }
  t.verloopt_op = row.get<std::string>(4);
  t.aangemaakt_op = row.get<std::string>(5);
  t.aangemaakt_door = row.get<std::string>(6);
  t.ingetrokken_op = row.get<std::optional<std::string>>(7);
  return t;
}

constexpr const char* sessie_columns =
    "sessie.id, sessie.medewerker_id, sessie.stap, sessie.csrf_token, sessie.totp_geheim_nieuw, sessie.totp_pogingen,"
    " sessie.aangemaakt_op, sessie.verloopt_op, sessie.absoluut_verloopt_op";
constexpr int sessie_column_count = 9;

Sessie read_sessie(const Row& row) {
  Sessie s;
  s.id = row.get<std::string>(0);
  s.medewerker_id = row.get<std::string>(1);
  s.stap = parse_stap(row.get<std::string>(2)).value_or(SessieStap::totp);
  s.csrf_token = row.get<std::string>(3);
  s.totp_geheim_nieuw = row.get<std::optional<std::string>>(4);
  s.totp_pogingen = static_cast<int>(row.get<std::int64_t>(5));
  s.aangemaakt_op = row.get<std::string>(6);
  s.verloopt_op = row.get<std::string>(7);
  s.absoluut_verloopt_op = row.get<std::string>(8);
  return s;
}

}  // namespace

void insert_sessie(Connection& conn, const std::string& token_hash, const Sessie& s) {
  conn.execute(
      "INSERT INTO sessie (token_hash, id, medewerker_id, stap, csrf_token, totp_geheim_nieuw, totp_pogingen,"
      " aangemaakt_op, verloopt_op, absoluut_verloopt_op) VALUES ($hash, $id, $mw, $stap, $csrf, $geheim,"
      " $pogingen, $aangemaakt, $verloopt, $absoluut)",
      {{"hash", token_hash}, {"id", s.id}, {"mw", s.medewerker_id}, {"stap", std::string(stap_naam(s.stap))},
       {"csrf", s.csrf_token}, {"geheim", to_value(s.totp_geheim_nieuw)},
       {"pogingen", std::int64_t{s.totp_pogingen}}, {"aangemaakt", s.aangemaakt_op},
       {"verloopt", s.verloopt_op}, {"absoluut", s.absoluut_verloopt_op}});
}

std::optional<Sessie> find_sessie(Connection& conn, const std::string& token_hash) {
  const Result r = conn.query(fmt::format("SELECT {} FROM sessie WHERE token_hash = $hash", sessie_columns),
                              {{"hash", token_hash}});
  if (r.empty()) return std::nullopt;
  return read_sessie(r[0]);
}

// One statement: every authenticated request needs both.
std::optional<SessieMetMedewerker> find_sessie_met_medewerker(Connection& conn, const std::string& token_hash) {
  const Result r = conn.query(
      fmt::format("SELECT {}, {}, {} FROM sessie LEFT JOIN medewerker ON medewerker.id = sessie.medewerker_id"
                  " LEFT JOIN medewerker_rol ON medewerker_rol.medewerker_id = medewerker.id"
                  " WHERE sessie.token_hash = $hash ORDER BY {}",
                  sessie_columns, medewerker_columns, medewerker_rol_columns, medewerker_rol_order),
      {{"hash", token_hash}});
  if (r.empty()) return std::nullopt;
  SessieMetMedewerker g{read_sessie(r[0]), std::nullopt};
  if (!r[0].is_null(sessie_column_count)) g.medewerker = read_medewerker_met_rollen(r, sessie_column_count);
  return g;
}

void update_sessie(Connection& conn, const std::string& token_hash, const Sessie& s) {
  conn.execute(
      "UPDATE sessie SET stap = $stap, totp_geheim_nieuw = $geheim, totp_pogingen = $pogingen,"
      " verloopt_op = $verloopt WHERE token_hash = $hash",
      {{"hash", token_hash}, {"stap", std::string(stap_naam(s.stap))}, {"geheim", to_value(s.totp_geheim_nieuw)},
       {"pogingen", std::int64_t{s.totp_pogingen}}, {"verloopt", s.verloopt_op}});
}

int tel_totp_poging(Connection& conn, const std::string& token_hash) {
  conn.execute("UPDATE sessie SET totp_pogingen = totp_pogingen + 1 WHERE token_hash = $h", {{"h", token_hash}});
  const Result r = conn.query("SELECT totp_pogingen FROM sessie WHERE token_hash = $h", {{"h", token_hash}});
  return r.empty() ? sessie_totp_pogingen_max : static_cast<int>(r[0].get<std::int64_t>(0));
}

void delete_andere_sessies(Connection& conn, const std::string& medewerker_id, const std::string& behalve_hash) {
  conn.execute("DELETE FROM sessie WHERE medewerker_id = $id AND token_hash <> $h", {{"id", medewerker_id}, {"h", behalve_hash}});
}

void delete_sessie(Connection& conn, const std::string& token_hash) {
  conn.execute("DELETE FROM sessie WHERE token_hash = $hash", {{"hash", token_hash}});
}

std::int64_t delete_sessies_van(Connection& conn, const std::string& medewerker_id) {
  return conn.execute("DELETE FROM sessie WHERE medewerker_id = $id", {{"id", medewerker_id}});
}

std::optional<Inlogpoging> find_inlogpoging(Connection& conn, const std::string& sleutel) {
  const Result r = conn.query("SELECT mislukt, venster_start, geblokkeerd_tot FROM inlogpoging WHERE sleutel = $k",
                              {{"k", sleutel}});
  if (r.empty()) return std::nullopt;
  return Inlogpoging{static_cast<int>(r[0].get<std::int64_t>(0)), r[0].get<std::string>(1),
                     r[0].get<std::optional<std::string>>(2)};
}

std::optional<Inlogpoging> lock_inlogpoging(Connection& conn, const std::string& sleutel, const std::string& nu) {
  if (conn.dialect() == Dialect::sqlite) return find_inlogpoging(conn, sleutel);  // writers are serial
  // A row to lock even for the first failure, so concurrent counts queue instead of both writing 1.
  conn.execute("INSERT INTO inlogpoging (sleutel, mislukt, venster_start) VALUES ($k, 0, $nu) ON CONFLICT (sleutel) DO NOTHING",
               {{"k", sleutel}, {"nu", nu}});
  const Result r = conn.query(
      "SELECT mislukt, venster_start, geblokkeerd_tot FROM inlogpoging WHERE sleutel = $k FOR UPDATE", {{"k", sleutel}});
  return Inlogpoging{static_cast<int>(r[0].get<std::int64_t>(0)), r[0].get<std::string>(1),
                     r[0].get<std::optional<std::string>>(2)};
}

void save_inlogpoging(Connection& conn, const std::string& sleutel, const Inlogpoging& p) {
  const Params params{{"k", sleutel}, {"m", std::int64_t{p.mislukt}}, {"v", p.venster_start},
                      {"g", to_value(p.geblokkeerd_tot)}};
  conn.execute("INSERT INTO inlogpoging (sleutel, mislukt, venster_start, geblokkeerd_tot) VALUES ($k, $m, $v, $g)"
               " ON CONFLICT (sleutel) DO UPDATE SET mislukt = excluded.mislukt, venster_start = excluded.venster_start,"
               " geblokkeerd_tot = excluded.geblokkeerd_tot",
               params);
}

void delete_inlogpoging(Connection& conn, const std::string& sleutel) {
  conn.execute("DELETE FROM inlogpoging WHERE sleutel = $k", {{"k", sleutel}});
}

void insert_api_token(Connection& conn, const std::string& token_hash, const ApiToken& t) {
  std::string rollen;
  for (Rol r : t.rollen) rollen += (rollen.empty() ? "" : ",") + std::string(rol_naam(r));
  conn.execute(
      "INSERT INTO api_token (id, token_hash, naam, regio_code, rollen, verloopt_op, aangemaakt_op,"
      " aangemaakt_door) VALUES ($id, $hash, $naam, $regio, $rollen, $verloopt, $aangemaakt, $door)",
      {{"id", t.id}, {"hash", token_hash}, {"naam", t.naam}, {"regio", t.regio_code}, {"rollen", rollen},
       {"verloopt", t.verloopt_op}, {"aangemaakt", t.aangemaakt_op}, {"door", t.aangemaakt_door}});
}

std::optional<ApiToken> find_api_token_by_hash(Connection& conn, const std::string& token_hash) {
  const Result r = conn.query(fmt::format("SELECT {} FROM api_token WHERE token_hash = $h", token_columns),
                              {{"h", token_hash}});
  if (r.empty()) return std::nullopt;
  return read_token(r[0]);
}

std::optional<ApiToken> find_api_token(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM api_token WHERE id = $id", token_columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read_token(r[0]);
}

Pagina<ApiToken> list_api_tokens(Connection& conn, const std::vector<std::string>& regio_codes, const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  const std::string where = fmt::format(" WHERE regio_code IN ({})", in_list("r", regio_codes, params));
  Pagina<ApiToken> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM api_token{} ORDER BY aangemaakt_op DESC, id LIMIT $limit OFFSET $offset", token_columns, where),
                                  params)) {
    out.items.push_back(read_token(row));
  }
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM api_token{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

bool revoke_api_token(Connection& conn, const std::string& id, const std::string& nu) {
  return conn.execute("UPDATE api_token SET ingetrokken_op = $nu WHERE id = $id AND ingetrokken_op IS NULL",
                      {{"id", id}, {"nu", nu}}) == 1;
}

}  // namespace rmt::db
