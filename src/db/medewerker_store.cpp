#include "db/medewerker_store.hpp"

#include "db/sql_list.hpp"
#include <fmt/format.h>

namespace rmt::db {
namespace {

Medewerker read_fields(const Row& row, int first = 0) {
  Medewerker m;
  m.id = row.get<std::string>(first);
  m.naam = row.get<std::string>(first + 1);
  m.email = row.get<std::string>(first + 2);
  m.organisatie_id = row.get<std::string>(first + 3);
  m.status = row.get<std::string>(first + 4);
  m.totp_ingesteld = row.get<std::int64_t>(first + 5) != 0;
  m.wachtwoord_wijzigen = row.get<std::int64_t>(first + 6) != 0;
  m.versie = row.get<std::int64_t>(first + 7);
  return m;
}

void add_rol(Medewerker& m, const Row& row, int column) {
  const auto naam = row.get<std::optional<std::string>>(column);
  if (const auto rol = naam ? parse_rol(*naam) : std::nullopt) {
    m.rollen.push_back({*rol, row.get<std::string>(column + 1)});
  }
}

Medewerker read(Connection& conn, const Row& row) {
  Medewerker m = read_fields(row);
  for (const Row r : conn.query("SELECT rol, regio_code FROM medewerker_rol WHERE medewerker_id = $id"
                                " ORDER BY regio_code, rol",
                                {{"id", m.id}})) {
    add_rol(m, r, 0);
  }
  return m;
}

void write_rollen(Connection& conn, const Medewerker& m) {
  conn.execute("DELETE FROM medewerker_rol WHERE medewerker_id = $id", {{"id", m.id}});
  for (const auto& t : m.rollen) {
    conn.execute("INSERT INTO medewerker_rol (medewerker_id, rol, regio_code) VALUES ($id, $rol, $regio)",
                 {{"id", m.id}, {"rol", std::string(rol_naam(t.rol))}, {"regio", t.regio_code}});
  }
}

void check_email_free(Connection& conn, const Medewerker& m) {
  const Result r = conn.query("SELECT id FROM medewerker WHERE email = $email AND id <> $id",
                              {{"email", m.email}, {"id", m.id}});
  if (!r.empty()) {
    throw Error(ErrorCode::conflict, "Er is al een medewerker met dit e-mailadres.",
                {{"email", "unique", "Dit e-mailadres is al in gebruik."}});
  }
}

}  // namespace

Medewerker read_medewerker_met_rollen(const Result& rows, int first) {
  Medewerker m = read_fields(rows[0], first);
  for (const Row row : rows) add_rol(m, row, first + medewerker_column_count);
  return m;
}

// One statement: a row per role, or one with NULLs when there is none.
std::optional<Medewerker> find_medewerker(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {}, {} FROM medewerker LEFT JOIN medewerker_rol"
                                          " ON medewerker_rol.medewerker_id = medewerker.id WHERE medewerker.id = $id"
                                          " ORDER BY {}",
                                          medewerker_columns, medewerker_rol_columns, medewerker_rol_order),
                              {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read_medewerker_met_rollen(r, 0);
}

std::optional<Inloggegevens> find_inloggegevens(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {}, wachtwoord_hash, totp_geheim, totp_laatste_stap FROM medewerker WHERE id = $id", medewerker_columns),
                              {{"id", id}});
  if (r.empty()) return std::nullopt;
  Inloggegevens g{read(conn, r[0]), r[0].get<std::optional<std::string>>(8), r[0].get<std::optional<std::string>>(9),
                  r[0].get<std::optional<std::int64_t>>(10)};
  return g;
}

std::optional<std::string> find_medewerker_id_by_email(Connection& conn, const std::string& email) {
  const Result r = conn.query("SELECT id FROM medewerker WHERE email = $email", {{"email", email}});
  if (r.empty()) return std::nullopt;
  return r[0].get<std::string>(0);
}

Pagina<Medewerker> list_medewerkers(Connection& conn, const std::vector<std::string>& regio_codes, const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  const std::string in = in_list("r", regio_codes, params);
  const std::string where = fmt::format(
      " WHERE id IN (SELECT medewerker_id FROM medewerker_rol WHERE regio_code IN ({0}))"
      " OR organisatie_id IN (SELECT organisatie_id FROM organisatie_regio WHERE regio_code IN ({0}))",
      in);
  Pagina<Medewerker> out;
  const Result rows = conn.query(fmt::format("SELECT {} FROM medewerker{} ORDER BY naam, id LIMIT $limit OFFSET $offset", medewerker_columns, where),
                                 params);
  for (const Row row : rows) out.items.push_back(read(conn, row));
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM medewerker{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

void insert_medewerker(Connection& conn, const Medewerker& m, const std::string& wachtwoord_hash, const std::string& nu) {
  check_email_free(conn, m);
  conn.execute(
      "INSERT INTO medewerker (id, naam, email, organisatie_id, status, wachtwoord_hash, wachtwoord_wijzigen,"
      " versie, aangemaakt_op, gewijzigd_op) VALUES ($id, $naam, $email, $org, $status, $hash, $wijzigen, 1,"
      " $nu, $nu)",
      {{"id", m.id}, {"naam", m.naam}, {"email", m.email}, {"org", m.organisatie_id}, {"status", m.status},
       {"hash", wachtwoord_hash}, {"wijzigen", std::int64_t{m.wachtwoord_wijzigen ? 1 : 0}}, {"nu", nu}});
  write_rollen(conn, m);
}

bool update_medewerker(Connection& conn, const Medewerker& m, const std::string& nu) {
  check_email_free(conn, m);
  const auto changed = conn.execute(
      "UPDATE medewerker SET naam = $naam, email = $email, organisatie_id = $org, status = $status,"
      " versie = versie + 1, gewijzigd_op = $nu WHERE id = $id AND versie = $versie",
      {{"id", m.id}, {"naam", m.naam}, {"email", m.email}, {"org", m.organisatie_id}, {"status", m.status},
       {"nu", nu}, {"versie", m.versie}});
  if (changed == 0) return false;
  write_rollen(conn, m);
  return true;
}

void set_wachtwoord(Connection& conn, const std::string& id, const std::string& hash, bool wijzigen_verplicht) {
  conn.execute("UPDATE medewerker SET wachtwoord_hash = $hash, wachtwoord_wijzigen = $w WHERE id = $id",
               {{"id", id}, {"hash", hash}, {"w", std::int64_t{wijzigen_verplicht ? 1 : 0}}});
}

bool vervang_wachtwoord(Connection& conn, const std::string& id, const std::string& oude_hash, const std::string& hash,
                        bool wijzigen_verplicht) {
  return conn.execute("UPDATE medewerker SET wachtwoord_hash = $hash, wachtwoord_wijzigen = $w WHERE id = $id"
                      " AND wachtwoord_hash = $oud",
                      {{"id", id}, {"hash", hash}, {"oud", oude_hash}, {"w", std::int64_t{wijzigen_verplicht ? 1 : 0}}}) == 1;
}

void set_totp(Connection& conn, const std::string& id, const std::optional<std::string>& geheim) {
  conn.execute("UPDATE medewerker SET totp_geheim = $g, totp_laatste_stap = NULL WHERE id = $id",
               {{"id", id}, {"g", to_value(geheim)}});
}

bool gebruik_totp_stap(Connection& conn, const std::string& id, std::int64_t stap) {
  return conn.execute("UPDATE medewerker SET totp_laatste_stap = $s WHERE id = $id"
                      " AND (totp_laatste_stap IS NULL OR totp_laatste_stap < $s)",
                      {{"id", id}, {"s", stap}}) == 1;
}

void replace_herstelcodes(Connection& conn, const std::string& medewerker_id, const std::vector<std::string>& hashes) {
  conn.execute("DELETE FROM herstelcode WHERE medewerker_id = $id", {{"id", medewerker_id}});
  for (const auto& h : hashes) {
    conn.execute("INSERT INTO herstelcode (medewerker_id, code_hash) VALUES ($id, $h)", {{"id", medewerker_id}, {"h", h}});
  }
}

bool gebruik_herstelcode(Connection& conn, const std::string& medewerker_id, const std::string& hash, const std::string& nu) {
  return conn.execute("UPDATE herstelcode SET gebruikt_op = $nu WHERE medewerker_id = $id AND code_hash = $h"
                      " AND gebruikt_op IS NULL",
                      {{"id", medewerker_id}, {"h", hash}, {"nu", nu}}) == 1;
}

std::int64_t count_medewerkers(Connection& conn) {
  return conn.query("SELECT COUNT(*) FROM medewerker")[0].get<std::int64_t>(0);
}

std::vector<Medewerker> list_medewerkers_met_rol(Connection& conn, const std::string& regio_code,
                                                 const std::vector<Rol>& rollen,
                                                 const std::optional<std::string>& organisatie_id) {
  std::vector<std::string> namen;
  for (Rol r : rollen) namen.emplace_back(rol_naam(r));
  Params params{{"regio", regio_code}};
  std::string sql = fmt::format(
      "SELECT id, naam, organisatie_id FROM medewerker m WHERE status = 'actief' AND EXISTS (SELECT 1 FROM"
      " medewerker_rol r WHERE r.medewerker_id = m.id AND r.regio_code = $regio AND r.rol IN ({}))",
      in_list("rol", namen, params));
  if (organisatie_id) {
    sql += " AND organisatie_id = $organisatie";
    params.push_back({"organisatie", *organisatie_id});
  }
  std::vector<Medewerker> out;
  for (const Row row : conn.query(sql + " ORDER BY naam, id LIMIT 500", params)) {
    Medewerker m;
    m.id = row.get<std::string>(0);
    m.naam = row.get<std::string>(1);
    m.organisatie_id = row.get<std::string>(2);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace rmt::db
