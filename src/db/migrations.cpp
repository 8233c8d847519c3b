#include "db/migrations.hpp"

#include <fmt/format.h>

#include <sodium.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "db/referentiedata.hpp"
#include "domain/tijd.hpp"
#include "embedded/embedded_files.hpp"

namespace rmt::db {
namespace {

constexpr std::string_view migrations_dir = "migrations/";
constexpr std::int64_t advisory_lock_key = 726172;  // PostgreSQL: one migrator at a time

void ensure_table(Connection& conn) {
  conn.execute_script(render_sql(
      "CREATE TABLE IF NOT EXISTS schema_migratie ("
      " versie INTEGER PRIMARY KEY, naam TEXT NOT NULL, checksum TEXT NOT NULL,"
      " toegepast_op TEXT NOT NULL){{strict}}",
      conn.dialect()));
}

// Data steps, by migration version.
struct DataStep {
  std::vector<std::string_view> files;
  std::function<void(Connection&)> load;
};

std::map<std::int64_t, DataStep> data_steps() {
  const auto regios = embedded::file("data/regios_2024.csv");
  const auto gemeenten = embedded::file("data/gemeenten_2024.csv");
  return {{2, {{regios, gemeenten}, [regios, gemeenten](Connection& c) {
             load_referentiedata(c, 2024, regios, gemeenten);
           }}}};
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

}  // namespace

std::string Migration::checksum() const {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto feed = [&](std::string_view part) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                              part.size());
  };
  feed(sql);
  for (std::string_view d : data) feed(d);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> list = [] {
    std::vector<Migration> out;
    auto steps = data_steps();
    for (const auto& f : embedded::files()) {
      if (!f.path.starts_with(migrations_dir) || !f.path.ends_with(".sql")) continue;
      const std::string_view stem =
          f.path.substr(migrations_dir.size(), f.path.size() - migrations_dir.size() - 4);
      const auto underscore = stem.find('_');
      Migration m;
      m.versie = detail::parse_int64(stem.substr(0, underscore));
      m.naam = std::string(stem.substr(underscore + 1));
      m.sql = std::string(f.content);
      if (auto it = steps.find(m.versie); it != steps.end()) {
        m.data = it->second.files;
        m.load = it->second.load;
      }
      out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.versie < b.versie; });
    return out;
  }();
  return list;
}

std::string render_sql(std::string_view sql, Dialect dialect) {
  const bool lite = dialect == Dialect::sqlite;
  std::string out(sql);
  // {{sqlite}}…{{/sqlite}} and {{postgresql}}…{{/postgresql}}: kept for that dialect only.
  for (const std::string_view name : {"sqlite", "postgresql"}) {
    const std::string open = fmt::format("{{{{{}}}}}", name);
    const std::string close = fmt::format("{{{{/{}}}}}", name);
    const bool keep = (name == "sqlite") == lite;
    for (auto at = out.find(open); at != std::string::npos; at = out.find(open, at)) {
      const auto end = out.find(close, at);
      if (end == std::string::npos) throw std::invalid_argument("render_sql: " + open + " without " + close);
      if (keep) {
        out.erase(end, close.size());
        out.erase(at, open.size());
      } else {
        out.erase(at, end + close.size() - at);
      }
    }
  }
  out = replace_all(std::move(out), "{{strict}}", lite ? " STRICT" : "");
  out = replace_all(std::move(out), "{{int64}}", lite ? "INTEGER" : "BIGINT");
  out = replace_all(std::move(out), "{{bytes}}", lite ? "BLOB" : "BYTEA");
  out = replace_all(std::move(out), "{{serial}}",
                    lite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                         : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
  // {{append_only t}}: triggers that refuse every UPDATE and DELETE on table t (a ledger).
  for (auto at = out.find("{{append_only "); at != std::string::npos; at = out.find("{{append_only ")) {
    const auto end = out.find("}}", at);
    const std::string t = out.substr(at + 14, end - at - 14);
    const std::string triggers =
        lite ? fmt::format("CREATE TRIGGER {0}_append_only_u BEFORE UPDATE ON {0} BEGIN SELECT RAISE(ABORT, '{0} is append-only'); END;\n"
                           "CREATE TRIGGER {0}_append_only_d BEFORE DELETE ON {0} BEGIN SELECT RAISE(ABORT, '{0} is append-only'); END;",
                           t)
             : fmt::format("CREATE FUNCTION {0}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                           " RAISE EXCEPTION '{0} is append-only'; END $$;\n"
                           "CREATE TRIGGER {0}_append_only BEFORE UPDATE OR DELETE ON {0} FOR EACH ROW EXECUTE FUNCTION {0}_append_only();",
                           t);
    out.replace(at, end + 2 - at, triggers);
  }
  return out;
}

MigrationStatus migration_status(Connection& conn, const std::vector<Migration>& migrations) {
  MigrationStatus status;
  status.latest = migrations.empty() ? 0 : migrations.back().versie;
  const Result r = conn.query("SELECT MAX(versie) AS versie FROM schema_migratie");
  status.applied = r.empty() ? 0 : r[0].get<std::optional<std::int64_t>>(0).value_or(0);
  return status;
}

MigrationStatus migrate(Connection& conn, const std::vector<Migration>& migrations) {
  const bool pg = conn.dialect() == Dialect::postgresql;
  if (pg) conn.query("SELECT pg_advisory_lock($key)", {{"key", advisory_lock_key}});
  struct Unlock {
    Connection& c;
    bool pg;
    ~Unlock() {
      if (!pg) return;
      try {
        c.query("SELECT pg_advisory_unlock($key)", {{"key", advisory_lock_key}});
      } catch (...) {
        // the session lock ends with the connection anyway
      }
    }
  } unlock{conn, pg};
  ensure_table(conn);

  std::map<std::int64_t, std::string> applied;
  for (const Row row : conn.query("SELECT versie, checksum FROM schema_migratie")) {
    applied[row.get<std::int64_t>(0)] = row.get<std::string>(1);
  }
  for (const auto& [versie, checksum] : applied) {
    auto known = std::find_if(migrations.begin(), migrations.end(),
                              [v = versie](const Migration& m) { return m.versie == v; });
    if (known == migrations.end()) {
      throw Error(ErrorCode::conflict,
                  "De database heeft migratie " + std::to_string(versie) +
                      ", die deze versie van rmt niet kent: de database is nieuwer dan het programma.");
    }
    if (known->checksum() != checksum) {
      throw Error(ErrorCode::conflict,
                  "Migratie " + std::to_string(versie) + " (" + known->naam +
                      ") is gewijzigd nadat hij is toegepast (checksum in de database " +
                      checksum.substr(0, 12) + "…, in het programma " +
                      known->checksum().substr(0, 12) +
                      "…). Zet de oorspronkelijke migratie terug en maak een nieuwe migratie.");
    }
  }
  for (const Migration& m : migrations) {
    if (applied.contains(m.versie)) continue;
    Transaction tx(conn, TxMode::write);
    conn.execute_script(render_sql(m.sql, conn.dialect()));
    if (m.load) m.load(conn);
    conn.execute(
        "INSERT INTO schema_migratie (versie, naam, checksum, toegepast_op)"
        " VALUES ($versie, $naam, $checksum, $tijd)",
        {{"versie", m.versie}, {"naam", m.naam}, {"checksum", m.checksum()},
         {"tijd", to_rfc3339(std::chrono::system_clock::now())}});
    tx.commit();
    spdlog::info("migration {} ({}) applied", m.versie, m.naam);
  }
  return migration_status(conn, migrations);
}

}  // namespace rmt::db
