// The front door's tables on both back ends: gemeente → regio, aanmeldingen (idempotency key,
// queue order and filters, optimistic triage), werkgevers, contacten and intakes.
#include <gtest/gtest.h>

#include "db/aanmelding_store.hpp"
#include "db/contact_store.hpp"
#include "db/intake_store.hpp"
#include "db/klant_store.hpp"
#include "db/migrations.hpp"
#include "db/regio_store.hpp"
#include "db/werkgever_store.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class ToegangStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
  }
  static Aanmelding aanmelding(const std::string& id, const std::string& regio, const std::string& ontvangen,
                               const std::string& categorie = "werk_vinden") {
    Aanmelding a;
    a.id = id;
    a.referentienummer = "RMT-" + id;
    a.soort = "persoon";
    a.naam = "Test Persoon";
    a.email = "test@example.org";
    a.gemeente_code = regio == "AM13" ? "GM0344" : "GM0363";
    a.regio_code = regio;
    a.categorie = categorie;
    a.vraag = "Ik zoek werk.";
    a.kanaal = "web";
    a.toestemming_contact = true;
    a.ontvangen_op = ontvangen;
    return a;
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(ToegangStoreTest, GemeenteGivesItsRegio) {
  const auto utrecht = regio_van_gemeente(*conn_, "GM0344");
  ASSERT_TRUE(utrecht);
  EXPECT_EQ(utrecht->code, "AM13");
  EXPECT_EQ(utrecht->naam, "Midden-Utrecht");
  EXPECT_EQ(regio_van_gemeente(*conn_, "GM0363")->code, "AM18");
  EXPECT_FALSE(regio_van_gemeente(*conn_, "GM9999"));
}

TEST_P(ToegangStoreTest, AanmeldingRoundTripAndIdempotencyKey) {
  Aanmelding a = aanmelding("a1", "AM13", "2026-01-01T10:00:00.000000Z");
  a.soort = "werkgever";
  a.bedrijfsnaam = "Bakkerij De Test";
  a.kvk_nummer = "12345678";
  a.telefoon = "030 123 4567";
  insert_aanmelding(*conn_, a, Idempotentie{"sleutel-1", "vinger-1"}, a.ontvangen_op);
  const auto terug = find_aanmelding(*conn_, "a1");
  ASSERT_TRUE(terug);
  EXPECT_EQ(terug->bedrijfsnaam, "Bakkerij De Test");
  EXPECT_EQ(terug->kvk_nummer, "12345678");
  EXPECT_TRUE(terug->toestemming_contact);
  EXPECT_EQ(terug->status, "nieuw");
  EXPECT_EQ(terug->versie, 1);
  EXPECT_EQ(find_aanmelding_by_referentienummer(*conn_, "RMT-a1")->id, "a1");
  const auto eerder = find_aanmelding_by_idempotentie(*conn_, "sleutel-1");
  ASSERT_TRUE(eerder);
  EXPECT_EQ(eerder->first.id, "a1");
  EXPECT_EQ(eerder->second, "vinger-1");
  EXPECT_FALSE(find_aanmelding_by_idempotentie(*conn_, "sleutel-2"));
  // The same key twice is refused by the unique index (the service then returns the first).
  Aanmelding b = aanmelding("a2", "AM13", "2026-01-01T10:00:00.000000Z");
  try {
    insert_aanmelding(*conn_, b, Idempotentie{"sleutel-1", "vinger-2"}, b.ontvangen_op);
    FAIL() << "a second row with the same key was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
  }
  // Without a key any number of rows is fine (NULLs are not equal).
  insert_aanmelding(*conn_, aanmelding("a3", "AM13", "2026-01-01T10:00:00.000000Z"), std::nullopt, "x");
  insert_aanmelding(*conn_, aanmelding("a4", "AM13", "2026-01-01T10:00:00.000000Z"), std::nullopt, "x");
}

TEST_P(ToegangStoreTest, QueueIsOldestFirstPerRegioWithFilters) {
  insert_aanmelding(*conn_, aanmelding("n2", "AM13", "2026-03-02T00:00:00.000000Z"), std::nullopt, "x");
  insert_aanmelding(*conn_, aanmelding("n1", "AM13", "2026-03-01T00:00:00.000000Z", "scholing"), std::nullopt, "x");
  insert_aanmelding(*conn_, aanmelding("n3", "AM13", "2026-03-03T00:00:00.000000Z"), std::nullopt, "x");
  insert_aanmelding(*conn_, aanmelding("x1", "AM18", "2026-01-01T00:00:00.000000Z"), std::nullopt, "x");
  const Paginering p{1, 2};
  const auto eerste = list_wachtrij(*conn_, {{"AM13"}, {"nieuw"}, std::nullopt, std::nullopt}, p);
  ASSERT_EQ(eerste.items.size(), 2u);
  EXPECT_EQ(eerste.items[0].id, "n1");
  EXPECT_EQ(eerste.items[1].id, "n2");
  EXPECT_EQ(eerste.total, 3);
  EXPECT_EQ(list_wachtrij(*conn_, {{"AM13"}, {}, std::string("scholing"), std::nullopt}, {}).total, 1);
  EXPECT_EQ(list_wachtrij(*conn_, {{"AM13"}, {}, std::nullopt, std::string("2026-03-02T00:00:00.000000Z")}, {}).total, 2);
  EXPECT_EQ(list_wachtrij(*conn_, {{}, {}, std::nullopt, std::nullopt}, {}).total, 0);
  EXPECT_EQ(list_wachtrij(*conn_, {{"AM18"}, {"klant"}, std::nullopt, std::nullopt}, {}).total, 0);
}

TEST_P(ToegangStoreTest, TriageNeedsTheCurrentVersion) {
  Aanmelding a = aanmelding("t1", "AM13", "2026-03-01T00:00:00.000000Z");
  insert_aanmelding(*conn_, a, std::nullopt, "x");
  a.status = "toegewezen";
  a.organisatie_id = "org-1";
  EXPECT_TRUE(update_triage(*conn_, a, 1, "2026-03-02T00:00:00.000000Z"));
  EXPECT_FALSE(update_triage(*conn_, a, 1, "2026-03-02T00:00:00.000000Z"));  // stale
  const auto terug = find_aanmelding(*conn_, "t1");
  EXPECT_EQ(terug->versie, 2);
  EXPECT_EQ(terug->status, "toegewezen");
  EXPECT_EQ(terug->organisatie_id, "org-1");
}

TEST_P(ToegangStoreTest, WerkgeversContactenAndIntakes) {
  Werkgever w;
  w.id = "w1";
  w.bedrijfsnaam = "Bouwbedrijf 50% Sterk";
  w.kvk_nummer = "87654321";
  w.contactpersoon = "Test Contact";
  w.vestigingsgemeente_code = "GM0344";
  w.regio_code = "AM13";
  insert_werkgever(*conn_, w, "2026-03-01T00:00:00.000000Z");
  EXPECT_EQ(find_werkgever(*conn_, "w1")->bedrijfsnaam, "Bouwbedrijf 50% Sterk");
  EXPECT_EQ(find_werkgevers_by_kvk(*conn_, "87654321", {"AM13"}).size(), 1u);
  EXPECT_TRUE(find_werkgevers_by_kvk(*conn_, "87654321", {"AM18"}).empty());
  EXPECT_EQ(find_werkgevers_by_naam(*conn_, "bouwbedrijf 50%", {"AM13"}).size(), 1u);
  EXPECT_TRUE(find_werkgevers_by_naam(*conn_, "bouwbedrijf 5_", {"AM13"}).empty());  // _ is literal

  for (const char* id : {"c1", "c2"}) {
    Contact c;
    c.id = id;
    c.regio_code = "AM13";
    c.kanaal = "telefoon";
    c.onderwerp = "scholing";
    c.uitkomst = "doorverwezen";
    c.doorverwezen_naar = "Leerwerkloket";
    c.werkgever_id = std::string(id) == "c2" ? std::optional<std::string>("w1") : std::nullopt;
    c.vastgelegd_op = std::string("2026-03-0") + (std::string(id) == "c1" ? "1" : "2") + "T00:00:00.000000Z";
    insert_contact(*conn_, c);
  }
  const auto alle = list_contacten(*conn_, {{"AM13"}, std::nullopt, std::nullopt}, {});
  ASSERT_EQ(alle.total, 2);
  EXPECT_EQ(alle.items[0].id, "c2");  // newest first
  EXPECT_EQ(alle.items[0].doorverwezen_naar, "Leerwerkloket");
  EXPECT_EQ(list_contacten(*conn_, {{"AM13"}, std::nullopt, std::string("w1")}, {}).total, 1);
  EXPECT_EQ(list_contacten(*conn_, {{"AM18"}, std::nullopt, std::nullopt}, {}).total, 0);

  Klant k;
  k.id = "k1";
  k.naam = "Test Klant";
  k.geboortedatum = "1990-01-01";
  k.woongemeente_code = "GM0344";
  k.regio_code = "AM13";
  insert_klant(*conn_, k, std::nullopt, std::nullopt, "2026-03-01T00:00:00.000000Z");
  Intake i;
  i.id = "i1";
  i.klant_id = "k1";
  i.datum = "2026-03-01";
  i.arbeidsmarktpositie = "werkzoekend";
  i.uitkeringssituatie = "ww";
  i.leeftijdsklasse = "27_44";
  i.opleidingsniveau = "middelbaar";
  i.banenafspraak = true;
  i.codelijst_versie = "2026-1";
  insert_intake(*conn_, i, std::nullopt, "2026-03-01T00:00:00.000000Z");
  const auto intakes = list_intakes(*conn_, "k1");
  ASSERT_EQ(intakes.size(), 1u);
  EXPECT_TRUE(intakes[0].banenafspraak);
  EXPECT_FALSE(intakes[0].statushouder);
  EXPECT_EQ(intakes[0].sector, std::nullopt);
  EXPECT_EQ(intakes[0].codelijst_versie, "2026-1");
}

INSTANTIATE_TEST_SUITE_P(Db, ToegangStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
