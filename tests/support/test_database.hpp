#pragma once
// A fresh, empty database per test on either back end. PostgreSQL comes from RMT_TEST_PG_URL
// (make test starts a throw-away cluster); each test gets its own schema, dropped afterwards.
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "db/connection.hpp"
#include "db/pool.hpp"

namespace rmt::test {

class TestDatabase {
 public:
  explicit TestDatabase(db::Dialect dialect);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const noexcept { return url_; }
  std::unique_ptr<db::Connection> connect() const;
  std::shared_ptr<db::Pool> pool(std::size_t size) const;

 private:
  db::Dialect dialect_;
  std::string url_;
  std::string cleanup_;  // SQLite: temp dir; PostgreSQL: schema name
};

// Skips the test when PostgreSQL is not configured — unless RMT_TEST_REQUIRE_PG=1 (make test),
// where a missing server fails instead of silently passing.
bool postgres_available_or_skip();

std::string dialect_param_name(const testing::TestParamInfo<db::Dialect>& info);

// For TEST_P suites over both back ends: INSTANTIATE_TEST_SUITE_P(Db, X, BothDatabases, ...).
inline const auto BothDatabases = testing::Values(db::Dialect::sqlite, db::Dialect::postgresql);

}  // namespace rmt::test
