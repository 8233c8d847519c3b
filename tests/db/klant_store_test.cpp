// Klanten on both back ends: lookups by blind index and by name
// that never cross into another regio.
#include <gtest/gtest.h>

#include "db/klant_store.hpp"
#include "db/migrations.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class KlantStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
  }
  Klant klant(const std::string& id, const std::string& naam, const std::string& regio) {
    Klant k;
    k.id = id;
    k.naam = naam;
    k.geboortedatum = "1980-05-01";
    k.woongemeente_code = regio == "AM13" ? "GM0344" : "GM0363";
    k.regio_code = regio;
    return k;
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(KlantStoreTest, LookupsStayWithinTheGivenRegios) {
  insert_klant(*conn_, klant("k1", "Jan Jansen", "AM13"), std::string("verzegeld-1"), std::string("index-a"), "2026-11-27T10:00:00.000000Z");
  insert_klant(*conn_, klant("k2", "Jan Jansen", "AM18"), std::string("verzegeld-2"), std::string("index-a"), "2026-11-27T10:00:00.000000Z");
  insert_klant(*conn_, klant("k3", "Piet Pietersen", "AM13"), std::nullopt, std::nullopt, "2026-11-27T10:00:00.000000Z");
  const auto op_index = find_klanten_by_bsn_index(*conn_, "index-a", {"AM13"});
  ASSERT_EQ(op_index.size(), 1u);
  EXPECT_EQ(op_index[0].klant.id, "k1");
  EXPECT_EQ(op_index[0].bsn_versleuteld, "verzegeld-1");
  EXPECT_EQ(find_klanten_by_bsn_index(*conn_, "index-a", {"AM13", "AM18"}).size(), 2u);
  EXPECT_TRUE(find_klanten_by_bsn_index(*conn_, "index-a", {}).empty());
  const auto op_naam = find_klanten_by_naam(*conn_, "jan jansen", "1980-05-01", {"AM18"});
  ASSERT_EQ(op_naam.size(), 1u);
  EXPECT_EQ(op_naam[0].klant.id, "k2");
  const auto k3 = find_klant(*conn_, "k3");
  ASSERT_TRUE(k3);
  EXPECT_EQ(k3->bsn_versleuteld, std::nullopt);
  EXPECT_EQ(k3->klant.regio_code, "AM13");
  EXPECT_FALSE(find_klant(*conn_, "bestaat-niet"));
}

INSTANTIATE_TEST_SUITE_P(Db, KlantStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
