#include "support/test_database.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "db/database_url.hpp"
#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "security/random.hpp"

namespace rmt::test {
namespace {

std::string base_pg_url() {
  const char* url = std::getenv("RMT_TEST_PG_URL");
  return url ? url : "";
}

}  // namespace

bool postgres_available_or_skip() {
  if (!base_pg_url().empty()) return true;
  const char* require = std::getenv("RMT_TEST_REQUIRE_PG");
  if (require && std::string(require) == "1") {
    // A fatal failure, so the test body does not run after the skip.
    [] { FAIL() << "RMT_TEST_REQUIRE_PG=1 but RMT_TEST_PG_URL is not set"; }();
  }
  return false;
}

std::string dialect_param_name(const testing::TestParamInfo<db::Dialect>& info) {
  return info.param == db::Dialect::sqlite ? "SQLite" : "PostgreSQL";
}

TestDatabase::TestDatabase(db::Dialect dialect) : dialect_(dialect) {
  if (dialect == db::Dialect::sqlite) {
    char tmpl[] = "/tmp/rmt-db-test-XXXXXX";
    cleanup_ = ::mkdtemp(tmpl);
    url_ = "sqlite://" + cleanup_ + "/test.sqlite";
    return;
  }
  const std::string base = base_pg_url();
  cleanup_ = "t_" + security::random_hex(8);
  db::open_postgres(base)->execute_script("CREATE SCHEMA " + cleanup_);
  url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + cleanup_;
}

TestDatabase::~TestDatabase() {
  try {
    if (dialect_ == db::Dialect::sqlite) {
      std::filesystem::remove_all(cleanup_);
    } else {
      db::open_postgres(base_pg_url())->execute_script("DROP SCHEMA IF EXISTS " + cleanup_ + " CASCADE");
    }
  } catch (...) {
    // best effort: a leftover temp schema does not affect other tests
  }
}

std::unique_ptr<db::Connection> TestDatabase::connect() const {
  const db::DatabaseUrl url = db::parse_database_url(url_);
  if (url.dialect == db::Dialect::sqlite) return db::open_sqlite({url.target});
  return db::open_postgres(url.target);
}

std::shared_ptr<db::Pool> TestDatabase::pool(std::size_t size) const {
  return db::Pool::open(db::parse_database_url(url_), size);
}

}  // namespace rmt::test
