// Trajecten and samenwerking on both back ends: optimistic updates, the exit-rule clock, lists
// with their filters, the organisations involved (regie plus accepted referrals under a valid,
// unwithdrawn toestemming), the timeline's note visibility, interventies with the count per
// klant and dienst, the postbus and nametingen due.
#include <gtest/gtest.h>

#include "db/dienst_store.hpp"
#include "db/doorverwijzing_store.hpp"
#include "db/interventie_store.hpp"
#include "db/klant_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/migrations.hpp"
#include "db/nameting_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/traject_store.hpp"
#include "db/werkgever_store.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

constexpr const char* t0 = "2026-01-01T00:00:00.000000Z";

class TrajectStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
    for (const char* id : {"org-a", "org-b", "org-c"}) {
      Organisatie o;
      o.id = id;
      o.naam = id;
      o.type = "aanbieder";
      o.regio_codes = {"AM13"};
      insert_organisatie(*conn_, o, t0);
      Medewerker m;
      m.id = std::string("m-") + id;
      m.naam = m.id;
      m.email = m.id + "@example.org";
      m.organisatie_id = id;
      insert_medewerker(*conn_, m, "hash", t0);
    }
    Klant k;
    k.id = "k1";
    k.naam = "Test Klant";
    k.geboortedatum = "1980-01-01";
    k.woongemeente_code = "GM0344";
    k.regio_code = "AM13";
    insert_klant(*conn_, k, std::nullopt, std::nullopt, t0);
    Dienst d;
    d.id = "d1";
    d.regio_code = "AM13";
    d.naam = "Scholing";
    d.type = "scholing";
    d.aanbieder_id = "org-b";
    insert_dienst(*conn_, d, t0);
  }
  static Traject traject(const std::string& id, const std::string& regie = "org-a", const std::string& gewijzigd = t0) {
    Traject t;
    t.id = id;
    t.regio_code = "AM13";
    t.soort = "persoon";
    t.klant_id = "k1";
    t.categorie = "scholing";
    t.klantvraag = "Een vraag";
    t.regievoerder_id = "m-" + regie;
    t.organisatie_id = regie;
    t.startdatum = "2026-01-01";
    t.laatste_dienst_op = "2026-01-01";
    t.aangemaakt_op = t0;
    t.gewijzigd_op = gewijzigd;
    return t;
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(TrajectStoreTest, RoundTripOptimisticUpdateAndExitClock) {
  insert_traject(*conn_, traject("t1"));
  Traject t = *find_traject(*conn_, "t1");
  EXPECT_EQ(t.klantvraag, "Een vraag");
  EXPECT_EQ(t.startdatum, "2026-01-01");
  EXPECT_FALSE(t.resultaat);
  t.status = "afgesloten";
  t.resultaat = Resultaat{"werk_gevonden", "2026-06-01", "vast", 32, std::nullopt};
  EXPECT_TRUE(update_traject(*conn_, t));
  EXPECT_FALSE(update_traject(*conn_, t)) << "stale version";
  const Traject terug = *find_traject(*conn_, "t1");
  EXPECT_EQ(terug.versie, 2);
  ASSERT_TRUE(terug.resultaat);
  EXPECT_EQ(terug.resultaat->contractvorm, "vast");
  EXPECT_EQ(terug.resultaat->uren_per_week, 32);
  markeer_dienst(*conn_, "t1", "2026-03-01");
  markeer_dienst(*conn_, "t1", "2026-02-01");
  EXPECT_EQ(find_traject(*conn_, "t1")->laatste_dienst_op, "2026-03-01") << "the clock never goes back";
  EXPECT_FALSE(find_traject(*conn_, "geen"));
}

TEST_P(TrajectStoreTest, ListsWithFilters) {
  insert_traject(*conn_, traject("t1", "org-a", "2026-01-02T00:00:00.000000Z"));
  insert_traject(*conn_, traject("t2", "org-a", "2026-01-03T00:00:00.000000Z"));
  insert_traject(*conn_, traject("t3", "org-b", "2026-01-04T00:00:00.000000Z"));
  Werkgever werkgever;
  werkgever.id = "wg1";
  werkgever.bedrijfsnaam = "Fabriek";
  werkgever.kvk_nummer = "12345678";
  werkgever.contactpersoon = "Joke Baas";
  werkgever.vestigingsgemeente_code = "GM0344";
  werkgever.regio_code = "AM13";
  insert_werkgever(*conn_, werkgever, t0);
  Traject wg = traject("w1", "org-c");
  wg.soort = "werkgever";
  wg.klant_id.reset();
  wg.werkgever_id = "wg1";
  insert_traject(*conn_, wg);
  Traject gekoppeld = traject("t4", "org-c");
  gekoppeld.werkgever_traject_id = "w1";
  gekoppeld.status = "afgesloten";
  gekoppeld.resultaat = Resultaat{"van_werk_naar_werk", "2026-02-01", "vast", 36, std::nullopt};
  insert_traject(*conn_, gekoppeld);
  const Paginering p;
  TrajectFilter f{{"AM13"}, "m-org-a", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  const auto eigen = list_trajecten(*conn_, f, p);
  ASSERT_EQ(eigen.total, 2);
  EXPECT_EQ(eigen.items[0].id, "t2") << "most recently changed first";
  f = {{"AM13"}, std::nullopt, "org-b", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(list_trajecten(*conn_, f, p).total, 1);
  f = {{"AM13"}, std::nullopt, std::nullopt, "afgesloten", std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(list_trajecten(*conn_, f, p).total, 1);
  f = {{"AM13"}, std::nullopt, std::nullopt, std::nullopt, "2026-01-02", std::nullopt, std::nullopt};
  EXPECT_EQ(list_trajecten(*conn_, f, p).total, 4) << "open trajecten without service since before the date";
  f = {{"AM18"}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(list_trajecten(*conn_, f, p).total, 0);
  f = {{"AM13"}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, "w1", std::nullopt};
  EXPECT_EQ(list_trajecten(*conn_, f, p).total, 1);
  f = {{"AM13"}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, "wg1"};
  const auto van_werkgever = list_trajecten(*conn_, f, p);
  ASSERT_EQ(van_werkgever.total, 1) << "the werkgever's own traject";
  EXPECT_EQ(van_werkgever.items[0].id, "w1");
  const auto telling = tel_gekoppelde_trajecten(*conn_, "w1");
  ASSERT_EQ(telling.per_status.size(), 1u);
  EXPECT_EQ(telling.per_status[0].code, "afgesloten");
  ASSERT_EQ(telling.per_uitkomst.size(), 1u);
  EXPECT_EQ(telling.per_uitkomst[0].code, "van_werk_naar_werk");
}

TEST_P(TrajectStoreTest, TheKeptTotalsFollowInsertsStatusRegieAndDeletes) {
  const Paginering p;
  const auto totaal = [&](TrajectFilter f) { return list_trajecten(*conn_, f, p).total; };
  const TrajectFilter eigen_a{{"AM13"}, "m-org-a", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  const TrajectFilter org_b{{"AM13"}, std::nullopt, "org-b", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  const TrajectFilter actief{{"AM13"}, std::nullopt, std::nullopt, "actief", std::nullopt, std::nullopt, std::nullopt};
  const TrajectFilter regio{{"AM13", "AM18"}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  for (const char* id : {"t1", "t2", "t3"}) insert_traject(*conn_, traject(id));
  EXPECT_EQ(totaal(eigen_a), 3);
  EXPECT_EQ(totaal(org_b), 0);
  EXPECT_EQ(totaal(actief), 0);

  Traject t = *find_traject(*conn_, "t1");
  t.status = "actief";
  ASSERT_TRUE(update_traject(*conn_, t));
  t = *find_traject(*conn_, "t2");
  t.regievoerder_id = "m-org-b";
  t.organisatie_id = "org-b";
  ASSERT_TRUE(update_traject(*conn_, t));
  t = *find_traject(*conn_, "t3");
  t.klantvraag = "Alleen de vraag verandert";
  ASSERT_TRUE(update_traject(*conn_, t));
  markeer_dienst(*conn_, "t3", "2026-02-01");
  EXPECT_EQ(totaal(eigen_a), 2);
  EXPECT_EQ(totaal(org_b), 1);
  EXPECT_EQ(totaal(actief), 1);
  EXPECT_EQ(totaal(regio), 3);
  EXPECT_EQ(totaal({{"AM18"}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}), 0);

  conn_->execute("DELETE FROM traject WHERE id = $id", {{"id", "t1"}});
  EXPECT_EQ(totaal(actief), 0);
  EXPECT_EQ(totaal(regio), 2);
  EXPECT_EQ(totaal(regio), conn_->query("SELECT COUNT(*) FROM traject")[0].get<std::int64_t>(0));
}

TEST_P(TrajectStoreTest, TheMigrationCountsTheTrajectenThatWereThere) {
  test::TestDatabase nieuw(GetParam());
  auto conn = nieuw.connect();
  std::vector<Migration> tot_10;
  for (const auto& m : all_migrations()) {
    if (m.versie <= 10) tot_10.push_back(m);
  }
  migrate(*conn, tot_10);
  Organisatie o;
  o.id = "org-a";
  o.naam = "A";
  o.type = "aanbieder";
  o.regio_codes = {"AM13"};
  insert_organisatie(*conn, o, t0);
  Medewerker m;
  m.id = "m-org-a";
  m.naam = "M";
  m.email = "m@example.org";
  m.organisatie_id = "org-a";
  insert_medewerker(*conn, m, "hash", t0);
  for (const char* id : {"t1", "t2"}) {
    Traject t = traject(id);
    t.soort = "werkgever";
    t.klant_id.reset();
    insert_traject(*conn, t);
  }
  migrate(*conn);
  EXPECT_EQ(list_trajecten(*conn, {{"AM13"}, "m-org-a", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, {}).total, 2);
}

TEST_P(TrajectStoreTest, InvolvementFollowsReferralAndConsent) {
  insert_traject(*conn_, traject("t1"));
  EXPECT_EQ(betrokken_organisaties(*conn_, "t1", "2026-06-01"), std::vector<std::string>{"org-a"});
  Toestemming ts;
  ts.id = "ts1";
  ts.traject_id = "t1";
  ts.organisatie_id = "org-b";
  ts.scope = {"interventies", "klantvraag"};
  ts.geldig_tot = "2026-12-31";
  ts.vastgelegd_via = "mondeling";
  ts.gegeven_op = t0;
  ts.vastgelegd_door = "m-org-a";
  insert_toestemming(*conn_, ts);
  EXPECT_EQ(find_toestemming(*conn_, "ts1")->scope, ts.scope);
  Doorverwijzing d;
  d.id = "d1";
  d.traject_id = "t1";
  d.regio_code = "AM13";
  d.van_organisatie_id = "org-a";
  d.naar_organisatie_id = "org-b";
  d.toestemming_id = "ts1";
  d.vraag = "Graag scholing";
  d.verstuurd_door = "m-org-a";
  d.verstuurd_op = t0;
  insert_doorverwijzing(*conn_, d);
  EXPECT_EQ(betrokken_organisaties(*conn_, "t1", "2026-06-01").size(), 1u) << "sent is not accepted";
  EXPECT_EQ(list_postbus(*conn_, {"org-b", true, {"AM13"}, std::nullopt}, {}).total, 1);
  EXPECT_EQ(list_postbus(*conn_, {"org-b", false, {"AM13"}, std::nullopt}, {}).total, 0);
  EXPECT_EQ(list_postbus(*conn_, {"org-a", false, {"AM13"}, "verstuurd"}, {}).total, 1);
  d.status = "geaccepteerd";
  EXPECT_TRUE(update_doorverwijzing(*conn_, d));
  EXPECT_FALSE(update_doorverwijzing(*conn_, d)) << "stale version";
  auto b = betrokken_organisaties(*conn_, "t1", "2026-06-01");
  std::sort(b.begin(), b.end());
  EXPECT_EQ(b, (std::vector<std::string>{"org-a", "org-b"}));
  EXPECT_EQ(betrokken_organisaties(*conn_, "t1", "2027-01-01").size(), 1u) << "consent expired";
  EXPECT_EQ(open_doorverwijzingen(*conn_, "ts1").size(), 1u);
  EXPECT_TRUE(trek_toestemming_in(*conn_, "ts1", "2026-06-01T00:00:00.000000Z"));
  EXPECT_FALSE(trek_toestemming_in(*conn_, "ts1", "2026-06-02T00:00:00.000000Z")) << "once";
  EXPECT_EQ(betrokken_organisaties(*conn_, "t1", "2026-06-01").size(), 1u) << "consent withdrawn";
  EXPECT_EQ(list_toestemmingen(*conn_, "t1")[0].ingetrokken_op, "2026-06-01T00:00:00.000000Z");
}

TEST_P(TrajectStoreTest, TimelineHidesOtherOrganisationsNotes) {
  insert_traject(*conn_, traject("t1"));
  Gebeurtenis g{"g1", "t1", "2026-01-02T00:00:00.000000Z", "notitie", "Notitie", std::nullopt, std::nullopt,
                "Alleen voor A", "organisatie", "org-a", "m-org-a", std::nullopt, std::nullopt, std::nullopt,
                "notitie.organisatie", {}};
  insert_gebeurtenis(*conn_, g);
  g.id = "g2";
  g.op = "2026-01-01T00:00:00.000000Z";
  g.tekst = "Voor iedereen";
  g.zichtbaarheid = "betrokkenen";
  insert_gebeurtenis(*conn_, g);
  const auto a = list_gebeurtenissen(*conn_, "t1", "org-a");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].id, "g2") << "in time order";
  EXPECT_EQ(a[0].medewerker_naam, "m-org-a") << "who did it, by name";
  const auto b = list_gebeurtenissen(*conn_, "t1", "org-b");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].tekst, "Voor iedereen");
  g.id = "g3";
  g.op = "2026-01-03T00:00:00.000000Z";
  g.medewerker_id.reset();
  insert_gebeurtenis(*conn_, g);
  EXPECT_EQ(list_gebeurtenissen(*conn_, "t1", "org-a").back().medewerker_naam, std::nullopt) << "the system";
}

TEST_P(TrajectStoreTest, TimelineKeepsCodeAndParameters) {
  insert_traject(*conn_, traject("t1"));
  Gebeurtenis g{"g1", "t1", "2026-01-02T00:00:00.000000Z", "interventie", "Interventie afgerond: Taal \"op\" maat",
                "gestart", "afgerond", std::nullopt, "betrokkenen", "org-a", "m-org-a", "interventie", "i1",
                std::nullopt, "interventie.afgerond", {{"dienst", "Taal \"op\" maat – ë"}, {"resultaat", "diploma"}}};
  insert_gebeurtenis(*conn_, g);
  g.id = "g2";
  g.op = "2026-01-03T00:00:00.000000Z";
  g.code.clear();  // as written before migration 0013
  g.parameters.clear();
  insert_gebeurtenis(*conn_, g);
  const auto a = list_gebeurtenissen(*conn_, "t1", "org-a");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].code, "interventie.afgerond");
  const std::vector<std::pair<std::string, std::string>> verwacht{{"dienst", "Taal \"op\" maat – ë"}, {"resultaat", "diploma"}};
  EXPECT_EQ(a[0].parameters, verwacht) << "names, values and their order";
  EXPECT_EQ(a[1].code, "");
  EXPECT_TRUE(a[1].parameters.empty());
  const auto rauw = conn_->query("SELECT code, parameters FROM traject_gebeurtenis WHERE id = 'g2'");
  EXPECT_TRUE(rauw[0].is_null(0) && rauw[0].is_null(1)) << "no code is NULL, not an empty string or {}";
}

TEST_P(TrajectStoreTest, InterventiesAndTheCountPerKlant) {
  insert_traject(*conn_, traject("t1"));
  Interventie i;
  i.id = "i1";
  i.traject_id = "t1";
  i.regio_code = "AM13";
  i.dienst_id = "d1";
  i.aanbieder_id = "org-b";
  i.gepland_begin = "2026-02-01";
  i.gepland_einde = "2026-03-01";
  i.kosten_cent = 12'345'678'901;
  insert_interventie(*conn_, i, "k1", t0);
  i.id = "i2";
  i.status = "afgebroken";
  i.reden = "Ziek";
  insert_interventie(*conn_, i, "k1", t0);
  EXPECT_EQ(tel_interventies(*conn_, "k1", "d1"), 1) << "broken off ones do not count";
  Interventie terug = *find_interventie(*conn_, "i1");
  EXPECT_EQ(terug.dienst_naam, "Scholing");
  EXPECT_EQ(terug.kosten_cent, 12'345'678'901);
  terug.status = "gestart";
  terug.werkelijk_begin = "2026-02-02";
  EXPECT_TRUE(update_interventie(*conn_, terug, t0));
  EXPECT_FALSE(update_interventie(*conn_, terug, t0));
  const auto lijst = list_interventies(*conn_, "t1");
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(lijst[0].id, "i1");
  EXPECT_EQ(lijst[0].werkelijk_begin, "2026-02-02");
}

TEST_P(TrajectStoreTest, NametingenDuePerMedewerkerAndRecordedOnce) {
  insert_traject(*conn_, traject("t1"));
  for (const auto& [id, maanden, op] : {std::tuple{"n1", 3, "2026-04-01"}, {"n2", 6, "2026-07-01"}, {"n3", 12, "2027-01-01"}}) {
    Nameting n;
    n.id = id;
    n.traject_id = "t1";
    n.regio_code = "AM13";
    n.verantwoordelijke_id = "m-org-a";
    n.maanden = maanden;
    n.gepland_op = op;
    insert_nameting(*conn_, n);
  }
  NametingFilter f{{"AM13"}, "m-org-a", "2026-07-01"};
  const auto due = list_te_doen(*conn_, f, {});
  ASSERT_EQ(due.total, 2);
  EXPECT_EQ(due.items[0].id, "n1");
  // Counted per medewerker for a coordinator (the filter's medewerker is ignored), per regio.
  const auto per_medewerker = tel_te_doen(*conn_, f);
  ASSERT_EQ(per_medewerker.size(), 1u);
  EXPECT_EQ(per_medewerker[0].medewerker_id, "m-org-a");
  EXPECT_EQ(per_medewerker[0].aantal, 2);
  EXPECT_EQ(per_medewerker[0].oudste, "2026-04-01");
  EXPECT_TRUE(tel_te_doen(*conn_, {{"AM18"}, std::nullopt, "2026-07-01"}).empty()) << "another regio's coordinator";
  EXPECT_TRUE(tel_te_doen(*conn_, {{"AM13"}, std::nullopt, "2026-03-31"}).empty()) << "none due yet";
  f.verantwoordelijke_id = "m-org-b";
  EXPECT_EQ(list_te_doen(*conn_, f, {}).total, 0);
  Nameting n = *find_nameting(*conn_, "n1");
  n.meting = NametingInvoer{"werkend", "vast", 24, std::nullopt};
  n.vastgelegd_op = "2026-04-02T00:00:00.000000Z";
  EXPECT_TRUE(leg_nameting_vast(*conn_, n));
  EXPECT_FALSE(leg_nameting_vast(*conn_, n)) << "once";
  EXPECT_EQ(find_nameting(*conn_, "n1")->meting->uren_per_week, 24);
  EXPECT_EQ(schrap_open_nametingen(*conn_, "t1"), 2) << "reopening drops the open ones, keeps the recorded";
  EXPECT_EQ(list_nametingen(*conn_, "t1").size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Db, TrajectStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
