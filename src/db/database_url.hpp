#pragma once
// Database URLs: sqlite:///absolute/path, sqlite://relative/path, sqlite::memory:,
// postgresql://user@host:port/db (also postgres://; passed to libpq unchanged).
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace rmt::db {

struct DatabaseUrl {
  Dialect dialect = Dialect::sqlite;
  std::string target;  // SQLite: file path or ":memory:"; PostgreSQL: the libpq URI
};

// Throws rmt::Error(invalid_input) naming the problem; never echoes a password.
DatabaseUrl parse_database_url(std::string_view url);

// For logs: the URL with any password replaced by "***".
std::string redact_database_url(std::string_view url);

}  // namespace rmt::db
