// Reference-data reads on both back ends.
#include <gtest/gtest.h>

#include "db/migrations.hpp"
#include "db/regio_store.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class RegioStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(RegioStoreTest, ListsRegiosInCodeOrderByPage) {
  const auto first = list_regios(*conn_, {1, 10});
  EXPECT_EQ(first.total, 35);
  ASSERT_EQ(first.items.size(), 10u);
  EXPECT_EQ(first.items[0].code, "AM01");
  EXPECT_EQ(first.items[0].naam, "Groningen");
  EXPECT_EQ(first.items[0].aantal_gemeenten, 14);
  EXPECT_EQ(first.items[0].jaar, 2024);
  const auto last = list_regios(*conn_, {4, 10});
  ASSERT_EQ(last.items.size(), 5u);
  EXPECT_EQ(last.items.back().code, "AM38");
  EXPECT_TRUE(list_regios(*conn_, {5, 10}).items.empty());
}

TEST_P(RegioStoreTest, FindsARegioWithItsGemeentenByName) {
  const auto found = find_regio(*conn_, "AM13");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->regio.naam, "Midden-Utrecht");
  EXPECT_EQ(static_cast<std::int64_t>(found->gemeenten.size()), found->regio.aantal_gemeenten);
  for (std::size_t i = 1; i < found->gemeenten.size(); ++i) {
    EXPECT_LE(found->gemeenten[i - 1].naam, found->gemeenten[i].naam);
    EXPECT_EQ(found->gemeenten[i].regio_code, "AM13");
  }
  EXPECT_FALSE(find_regio(*conn_, "AM04"));
  EXPECT_FALSE(find_regio(*conn_, "' OR 1=1 --"));
}

TEST_P(RegioStoreTest, ListsGemeentenOfOneRegioOrAll) {
  const auto utrecht = list_gemeenten(*conn_, "AM13", {1, 100});
  EXPECT_EQ(utrecht.total, 14);
  EXPECT_EQ(utrecht.items.size(), 14u);
  const auto all = list_gemeenten(*conn_, "", {2, 100});
  EXPECT_EQ(all.total, 342);
  EXPECT_EQ(all.items.size(), 100u);
  EXPECT_LT(all.items.front().code, all.items.back().code);
}

INSTANTIATE_TEST_SUITE_P(Db, RegioStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
