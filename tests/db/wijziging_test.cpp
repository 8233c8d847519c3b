// The change feed on both back ends.
#include <gtest/gtest.h>

#include "db/migrations.hpp"
#include "db/wijziging.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class WijzigingTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
  }
  static Wijziging sample(std::string id) {
    return {0, "", "aanmelding", std::move(id), "aangemaakt", "AM13", std::nullopt};
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(WijzigingTest, RefusesAnAppendOutsideATransaction) {
  EXPECT_THROW(append_wijziging(*conn_, sample("a")), Error);
  EXPECT_TRUE(wijzigingen_na(*conn_, 0, 10).empty());
}

TEST_P(WijzigingTest, NumbersAreIncreasingAndRolledBackWritesLeaveNoRow) {
  {
    Transaction tx(*conn_, TxMode::write);
    append_wijziging(*conn_, sample("a"));
    tx.commit();
  }
  {
    Transaction tx(*conn_, TxMode::write);
    append_wijziging(*conn_, sample("rolled-back"));
  }
  {
    Transaction tx(*conn_, TxMode::write);
    append_wijziging(*conn_, sample("b"));
    tx.commit();
  }
  const auto rows = wijzigingen_na(*conn_, 0, 10);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].object_id, "a");
  EXPECT_EQ(rows[1].object_id, "b");
  EXPECT_LT(rows[0].volgnummer, rows[1].volgnummer);
  EXPECT_EQ(rows[0].regio_code, "AM13");
  EXPECT_FALSE(rows[0].trace_id);
  EXPECT_EQ(rows[0].tijdstip.back(), 'Z');
  const auto after_first = wijzigingen_na(*conn_, rows[0].volgnummer, 10);
  ASSERT_EQ(after_first.size(), 1u);
  EXPECT_EQ(after_first[0].object_id, "b");
}

INSTANTIATE_TEST_SUITE_P(Db, WijzigingTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
