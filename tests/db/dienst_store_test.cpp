// The dienstencatalogus on both back ends: int64 cents, optional maximum, optimistic updates that
// cannot move a dienst to another regio, and the list per regio with filters.
#include <gtest/gtest.h>

#include "db/dienst_store.hpp"
#include "db/migrations.hpp"
#include "db/organisatie_store.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class DienstStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
    Organisatie o;
    o.id = "org-1";
    o.naam = "Aanbieder";
    o.type = "aanbieder";
    o.regio_codes = {"AM13"};
    insert_organisatie(*conn_, o, "2026-01-01T00:00:00.000000Z");
  }
  static Dienst dienst(const std::string& id, const std::string& naam, const std::string& status) {
    Dienst d;
    d.id = id;
    d.regio_code = "AM13";
    d.naam = naam;
    d.type = "scholing";
    d.aanbieder_id = "org-1";
    d.standaardkosten_cent = 9'000'000'000;  // beyond 32 bits
    d.status = status;
    return d;
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(DienstStoreTest, RoundTripUpdateAndList) {
  insert_dienst(*conn_, dienst("d1", "Bijscholing", "open"), "2026-01-01T00:00:00.000000Z");
  Dienst b = dienst("d2", "Aanloop", "gepauzeerd");
  b.max_per_klant = 2;
  b.omschrijving = "Twee dagdelen";
  insert_dienst(*conn_, b, "2026-01-01T00:00:00.000000Z");
  const auto d2 = find_dienst(*conn_, "d2");
  ASSERT_TRUE(d2);
  EXPECT_EQ(d2->standaardkosten_cent, 9'000'000'000);
  EXPECT_EQ(d2->max_per_klant, 2);
  EXPECT_EQ(d2->omschrijving, "Twee dagdelen");
  EXPECT_EQ(find_dienst(*conn_, "d1")->max_per_klant, std::nullopt);

  Dienst wijziging = *d2;
  wijziging.status = "gesloten";
  EXPECT_TRUE(update_dienst(*conn_, wijziging, "2026-02-01T00:00:00.000000Z"));
  EXPECT_FALSE(update_dienst(*conn_, wijziging, "2026-02-01T00:00:00.000000Z")) << "stale version";
  Dienst elders = *find_dienst(*conn_, "d2");
  elders.regio_code = "AM18";
  EXPECT_FALSE(update_dienst(*conn_, elders, "2026-02-01T00:00:00.000000Z")) << "the regio does not change";
  EXPECT_EQ(find_dienst(*conn_, "d2")->versie, 2);

  const auto alle = list_diensten(*conn_, {{"AM13"}, std::nullopt, std::nullopt}, {});
  ASSERT_EQ(alle.total, 2);
  EXPECT_EQ(alle.items[0].naam, "Aanloop");  // by name
  EXPECT_EQ(list_diensten(*conn_, {{"AM13"}, std::string("open"), std::nullopt}, {}).total, 1);
  EXPECT_EQ(list_diensten(*conn_, {{"AM13"}, std::nullopt, std::string("bemiddeling")}, {}).total, 0);
  EXPECT_EQ(list_diensten(*conn_, {{"AM18"}, std::nullopt, std::nullopt}, {}).total, 0);
}

INSTANTIATE_TEST_SUITE_P(Db, DienstStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
