#include "db/database_url.hpp"

#include <gtest/gtest.h>

#include <string>

#include "domain/error.hpp"

namespace rmt::db {
namespace {

TEST(DatabaseUrl, SqliteAbsolutePath) {
  const DatabaseUrl u = parse_database_url("sqlite:///var/lib/rmt/rmt.sqlite");
  EXPECT_EQ(u.dialect, Dialect::sqlite);
  EXPECT_EQ(u.target, "/var/lib/rmt/rmt.sqlite");
}

TEST(DatabaseUrl, SqliteRelativePath) {
  const DatabaseUrl u = parse_database_url("sqlite://var/rmt.sqlite");
  EXPECT_EQ(u.dialect, Dialect::sqlite);
  EXPECT_EQ(u.target, "var/rmt.sqlite");
}

TEST(DatabaseUrl, SqliteInMemory) {
  const DatabaseUrl u = parse_database_url("sqlite::memory:");
  EXPECT_EQ(u.dialect, Dialect::sqlite);
  EXPECT_EQ(u.target, ":memory:");
}

TEST(DatabaseUrl, PostgresqlUrlPassedUnchanged) {
  for (const char* url : {"postgresql://rmt@db.example:5432/rmt", "postgres://rmt:pw@localhost/rmt"}) {
    const DatabaseUrl u = parse_database_url(url);
    EXPECT_EQ(u.dialect, Dialect::postgresql) << url;
    EXPECT_EQ(u.target, url);
  }
}

TEST(DatabaseUrl, RejectsOtherSchemesAndEmptyTargets) {
  for (const char* url : {"mysql://rmt:geheim@host/db", "sqlite:", "sqlite://", "sqlite:///",
                          "postgresql://", "postgres://", "", "/var/rmt.sqlite",
                          "SQLITE:///x.sqlite"}) {
    try {
      parse_database_url(url);
      ADD_FAILURE() << "accepted: " << url;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_input) << url;
      ASSERT_EQ(e.invalid_params().size(), 1u) << url;
      EXPECT_EQ(e.invalid_params()[0].name, "database") << url;
      EXPECT_EQ(std::string(e.what()).find("geheim"), std::string::npos) << url;
    }
  }
}

TEST(DatabaseUrl, RedactHidesPassword) {
  EXPECT_EQ(redact_database_url("postgresql://rmt:geheim@db.example:5432/rmt"),
            "postgresql://rmt:***@db.example:5432/rmt");
  EXPECT_EQ(redact_database_url("postgres://rmt:geheim@localhost/rmt"),
            "postgres://rmt:***@localhost/rmt");
}

TEST(DatabaseUrl, RedactKeepsUrlWithoutPassword) {
  for (const char* url : {"postgresql://rmt@db.example:5432/rmt", "postgresql://db.example/rmt",
                          "sqlite:///var/rmt.sqlite", "sqlite::memory:",
                          "postgresql://db.example/rmt@2024"}) {
    EXPECT_EQ(redact_database_url(url), url);
  }
}

TEST(DatabaseUrl, RedactHidesPasswordQueryParameter) {
  const std::string redacted =
      redact_database_url("postgresql://rmt@db.example/rmt?sslmode=require&password=geheim");
  EXPECT_EQ(redacted.find("geheim"), std::string::npos) << redacted;
  EXPECT_NE(redacted.find("sslmode=require"), std::string::npos) << redacted;
}

}  // namespace
}  // namespace rmt::db
