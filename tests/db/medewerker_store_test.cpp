// A medewerker found by id on both back ends: its roles come with it in one statement, sorted by
// regio and role, and a medewerker without roles has none (not one made of NULLs). The same
// for the medewerker behind a session, read with the session in one statement.
#include <gtest/gtest.h>

#include "db/medewerker_store.hpp"
#include "db/migrations.hpp"
#include "db/organisatie_store.hpp"
#include "db/sessie_store.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class MedewerkerStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
    Organisatie o;
    o.id = "org-1";
    o.naam = "Werkcentrum";
    o.type = "werkcentrum";
    o.regio_codes = {"AM13", "AM18"};
    insert_organisatie(*conn_, o, "2026-01-01T00:00:00.000000Z");
  }
  void voeg_toe(const std::string& id, std::vector<RolToekenning> rollen) {
    Medewerker m;
    m.id = id;
    m.naam = "Mira " + id;
    m.email = id + "@demo.example";
    m.organisatie_id = "org-1";
    m.status = "actief";
    m.rollen = std::move(rollen);
    insert_medewerker(*conn_, m, "hash", "2026-01-01T00:00:00.000000Z");
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(MedewerkerStoreTest, FindsTheMedewerkerWithItsRolesSorted) {
  voeg_toe("m1", {{Rol::coordinator, "AM18"}, {Rol::adviseur, "AM13"}, {Rol::coordinator, "AM13"}});
  const auto m = find_medewerker(*conn_, "m1");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->naam, "Mira m1");
  EXPECT_EQ(m->organisatie_id, "org-1");
  EXPECT_EQ(m->status, "actief");
  ASSERT_EQ(m->rollen.size(), 3u);
  EXPECT_EQ(m->rollen[0].rol, Rol::adviseur);
  EXPECT_EQ(m->rollen[0].regio_code, "AM13");
  EXPECT_EQ(m->rollen[1].rol, Rol::coordinator);
  EXPECT_EQ(m->rollen[1].regio_code, "AM13");
  EXPECT_EQ(m->rollen[2].regio_code, "AM18");
}

TEST_P(MedewerkerStoreTest, AMedewerkerWithoutRolesHasNoneAndAnUnknownIdIsNotFound) {
  voeg_toe("m2", {});
  const auto m = find_medewerker(*conn_, "m2");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->email, "m2@demo.example");
  EXPECT_TRUE(m->rollen.empty());
  EXPECT_FALSE(find_medewerker(*conn_, "onbekend"));
}

TEST_P(MedewerkerStoreTest, ASessionComesWithItsMedewerkerAndRoles) {
  voeg_toe("m3", {{Rol::coordinator, "AM18"}, {Rol::adviseur, "AM13"}});
  voeg_toe("m4", {});
  Sessie s;
  s.id = "s3";
  s.medewerker_id = "m3";
  s.stap = SessieStap::voltooid;
  s.csrf_token = "csrf";
  s.aangemaakt_op = "2026-01-01T00:00:00.000000Z";
  s.verloopt_op = "2026-01-01T00:30:00.000000Z";
  s.absoluut_verloopt_op = "2026-01-01T12:00:00.000000Z";
  insert_sessie(*conn_, "hash-3", s);
  s.id = "s4";
  s.medewerker_id = "m4";
  s.stap = SessieStap::totp;
  insert_sessie(*conn_, "hash-4", s);

  const auto g = find_sessie_met_medewerker(*conn_, "hash-3");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->sessie.id, "s3");
  EXPECT_EQ(g->sessie.stap, SessieStap::voltooid);
  EXPECT_EQ(g->sessie.csrf_token, "csrf");
  EXPECT_EQ(g->sessie.verloopt_op, "2026-01-01T00:30:00.000000Z");
  ASSERT_TRUE(g->medewerker);
  EXPECT_EQ(g->medewerker->id, "m3");
  EXPECT_EQ(g->medewerker->email, "m3@demo.example");
  ASSERT_EQ(g->medewerker->rollen.size(), 2u);
  EXPECT_EQ(g->medewerker->rollen[0].rol, Rol::adviseur);
  EXPECT_EQ(g->medewerker->rollen[1].regio_code, "AM18");

  const auto zonder_rollen = find_sessie_met_medewerker(*conn_, "hash-4");
  ASSERT_TRUE(zonder_rollen && zonder_rollen->medewerker);
  EXPECT_EQ(zonder_rollen->sessie.stap, SessieStap::totp);
  EXPECT_TRUE(zonder_rollen->medewerker->rollen.empty());
  EXPECT_FALSE(find_sessie_met_medewerker(*conn_, "onbekend"));
}

INSTANTIATE_TEST_SUITE_P(Db, MedewerkerStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
