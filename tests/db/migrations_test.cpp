// Migrations on both back ends: apply once, record checksums, refuse changed history.
#include <gtest/gtest.h>

#include "db/migrations.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class MigrationsTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
  }
  std::int64_t count(const std::string& table) {
    return conn_->query("SELECT COUNT(*) FROM " + table)[0].get<std::int64_t>(0);
  }
  static Migration sql_migration(std::int64_t versie, std::string sql) {
    Migration m;
    m.versie = versie;
    m.naam = "test_" + std::to_string(versie);
    m.sql = std::move(sql);
    return m;
  }

  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(MigrationsTest, FreshDatabaseGetsEveryMigrationAndTheReferenceData) {
  const MigrationStatus status = migrate(*conn_);
  EXPECT_TRUE(status.current());
  EXPECT_EQ(status.applied, all_migrations().back().versie);
  EXPECT_EQ(count("regio"), 35);
  EXPECT_EQ(count("gemeente"), 342);
  EXPECT_EQ(count("schema_migratie"), static_cast<std::int64_t>(all_migrations().size()));
  const auto checksum = conn_->query("SELECT checksum FROM schema_migratie WHERE versie = 2")[0].get<std::string>(0);
  EXPECT_EQ(checksum, all_migrations()[1].checksum());
  EXPECT_EQ(checksum.size(), 64u);
}

TEST_P(MigrationsTest, SecondRunChangesNothing) {
  migrate(*conn_);
  const MigrationStatus again = migrate(*conn_);
  EXPECT_TRUE(again.current());
  EXPECT_EQ(count("regio"), 35);
}

TEST_P(MigrationsTest, ReferenceDataKeepsTheNonContiguousCodesAndTheMapping) {
  migrate(*conn_);
  EXPECT_EQ(count("regio WHERE code = 'AM04'"), 0);
  EXPECT_EQ(count("regio WHERE code = 'AM38'"), 1);
  const Result r = conn_->query("SELECT regio_code FROM gemeente WHERE code = 'GM0820'");
  EXPECT_EQ(r[0].get<std::string>(0), "AM28");  // Nuenen, Gerwen en Nederwetten (quoted in CSV)
}

TEST_P(MigrationsTest, ChangedAppliedMigrationStopsWithAClearMessage) {
  std::vector<Migration> list{sql_migration(1, "CREATE TABLE a (n INTEGER){{strict}}")};
  migrate(*conn_, list);
  list[0].sql = "CREATE TABLE a (n INTEGER, m INTEGER){{strict}}";
  try {
    migrate(*conn_, list);
    FAIL() << "expected a checksum conflict";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
    EXPECT_NE(e.detail().find("Migratie 1"), std::string::npos);
    EXPECT_NE(e.detail().find("gewijzigd"), std::string::npos);
  }
}

TEST_P(MigrationsTest, DatabaseNewerThanTheProgramIsRefused) {
  std::vector<Migration> list{sql_migration(1, "CREATE TABLE a (n INTEGER){{strict}}"),
                              sql_migration(2, "CREATE TABLE b (n INTEGER){{strict}}")};
  migrate(*conn_, list);
  list.pop_back();
  EXPECT_THROW(migrate(*conn_, list), Error);
}

TEST_P(MigrationsTest, FailingMigrationLeavesNoTraceAndEarlierOnesStay) {
  std::vector<Migration> list{sql_migration(1, "CREATE TABLE a (n INTEGER){{strict}}"),
                              sql_migration(2, "CREATE TABLE b (n INTEGER){{strict}}; CREATE TABLE broken (")};
  EXPECT_THROW(migrate(*conn_, list), Error);
  EXPECT_EQ(count("schema_migratie"), 1);
  EXPECT_EQ(count("a"), 0);
  EXPECT_THROW(count("b"), Error);  // rolled back with its migration
  EXPECT_EQ(migration_status(*conn_, list).applied, 1);
  EXPECT_FALSE(migration_status(*conn_, list).current());
}

INSTANTIATE_TEST_SUITE_P(Db, MigrationsTest, test::BothDatabases, test::dialect_param_name);

TEST(RenderSql, ReplacesDialectTokens) {
  const std::string sql = "CREATE TABLE x (id {{serial}}, n {{int64}}, b {{bytes}}){{strict}}";
  EXPECT_EQ(render_sql(sql, Dialect::sqlite),
            "CREATE TABLE x (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, b BLOB) STRICT");
  EXPECT_EQ(render_sql(sql, Dialect::postgresql),
            "CREATE TABLE x (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n BIGINT, b BYTEA)");
}

TEST(RenderSql, KeepsTheBlocksOfItsDialectOnly) {
  const std::string sql = "A;{{sqlite}} S1;{{/sqlite}}{{postgresql}} P;{{/postgresql}} B;{{sqlite}} S2;{{/sqlite}}";
  EXPECT_EQ(render_sql(sql, Dialect::sqlite), "A; S1; B; S2;");
  EXPECT_EQ(render_sql(sql, Dialect::postgresql), "A; P; B;");
  EXPECT_THROW(render_sql("{{sqlite}} S", Dialect::sqlite), std::invalid_argument);
}

TEST(AllMigrations, AreNumberedWithoutGapsFromOne) {
  const auto& list = all_migrations();
  ASSERT_FALSE(list.empty());
  for (std::size_t i = 0; i < list.size(); ++i) {
    EXPECT_EQ(list[i].versie, static_cast<std::int64_t>(i + 1)) << list[i].naam;
  }
}

}  // namespace
}  // namespace rmt::db
