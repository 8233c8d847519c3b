#pragma once
// Versioned schema migrations, compiled into the binary from migrations/*.sql. Each applied
// migration is recorded with a SHA-256 checksum of its files; a changed, already-applied
// migration stops the start with a clear message.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.hpp"

namespace rmt::db {

struct Migration {
  std::int64_t versie = 0;
  std::string naam;
  std::string sql;                          // with dialect tokens, see render_sql
  std::vector<std::string_view> data;       // extra files that count in the checksum
  std::function<void(Connection&)> load;    // optional data step after the SQL
  std::string checksum() const;             // hex SHA-256 over sql and data
};

// All migrations of this binary, ordered by version.
const std::vector<Migration>& all_migrations();

// Replaces {{strict}}, {{int64}}, {{serial}} and {{bytes}} for the dialect, expands
// {{append_only t}}, and keeps {{sqlite}}…{{/sqlite}} or {{postgresql}}…{{/postgresql}} blocks
// for their dialect only.
std::string render_sql(std::string_view sql, Dialect dialect);

struct MigrationStatus {
  std::int64_t applied = 0;  // highest applied version (0: none)
  std::int64_t latest = 0;   // highest version this binary knows
  bool current() const noexcept { return applied == latest; }
};

// Applies the missing migrations, each in its own transaction. Throws rmt::Error(conflict)
// when an applied migration's checksum differs or the database has a version unknown here.
MigrationStatus migrate(Connection& conn, const std::vector<Migration>& migrations = all_migrations());

// Reads the highest applied version without changing anything (cheap; for readiness).
// Throws when the migrations table does not exist yet.
MigrationStatus migration_status(Connection& conn,
                                 const std::vector<Migration>& migrations = all_migrations());

}  // namespace rmt::db
