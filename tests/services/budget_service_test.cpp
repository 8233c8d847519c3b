// The money services on both back ends, against the real locking: 50 simultaneous approvals of
// commitments on a line with room for 17 never overspend it; and a property test — a long random
// sequence of operations (plan, approve, start, invoice, approve or reject, correct, pay, cancel,
// finish cheaper, change allocations) keeps every invariant `rmt budget verify` checks; and the
// ledger's triggers refuse UPDATE and DELETE.
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <thread>

#include "app/demo_geld.hpp"
#include "db/budget_store.hpp"
#include "db/dienst_store.hpp"
#include "db/interventie_store.hpp"
#include "db/klant_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/migrations.hpp"
#include "db/organisatie_store.hpp"
#include "db/traject_store.hpp"
#include "db/verplichting_store.hpp"
#include "domain/tijd.hpp"
#include "security/keys.hpp"
#include "services/betaalronde_service.hpp"
#include "services/budget_controle.hpp"
#include "services/budget_service.hpp"
#include "services/declaratie_service.hpp"
#include "services/interventie_service.hpp"
#include "services/verplichting_service.hpp"
#include "support/test_database.hpp"

namespace rmt::services {
namespace {

constexpr const char* t0 = "2026-01-01T00:00:00.000000Z";

Context als(const std::string& wie, Rol rol) {
  return {{wie, "org-a", {{rol, "AM13"}}, true}, wie, {"127.0.0.1", "test", "", ""}};
}

class BudgetServiceTest : public testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == db::Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    pool_ = database_->pool(8);
    conn_ = database_->connect();
    db::migrate(*conn_);
    verantwoording_ = std::make_shared<Verantwoording>(pool_, security::parse_keys(security::generate_key_text()));
    Organisatie o;
    o.id = "org-a";
    o.naam = "Werkcentrum";
    o.type = "werkcentrum";
    o.regio_codes = {"AM13"};
    db::insert_organisatie(*conn_, o, t0);
    for (const char* id : {"coordinator", "coordinator2", "kassier", "kassier2"}) {
      Medewerker m;
      m.id = id;
      m.naam = id;
      m.email = std::string(id) + "@example.org";
      m.organisatie_id = "org-a";
      db::insert_medewerker(*conn_, m, "hash", t0);
    }
    Klant k;
    k.id = "k1";
    k.naam = "Test Klant";
    k.geboortedatum = "1980-01-01";
    k.woongemeente_code = "GM0344";
    k.regio_code = "AM13";
    db::insert_klant(*conn_, k, std::nullopt, std::nullopt, t0);
    Dienst d;
    d.id = "d1";
    d.regio_code = "AM13";
    d.naam = "Scholing";
    d.type = "scholing";
    d.aanbieder_id = "org-a";
    d.standaardkosten_cent = 10000;
    db::insert_dienst(*conn_, d, t0);
    Traject t;
    t.id = "t1";
    t.regio_code = "AM13";
    t.soort = "persoon";
    t.klant_id = "k1";
    t.categorie = "scholing";
    t.klantvraag = "Een vraag";
    t.regievoerder_id = "coordinator";
    t.organisatie_id = "org-a";
    t.startdatum = "2026-01-01";
    t.status = "actief";
    t.laatste_dienst_op = "2026-01-01";
    t.aangemaakt_op = t0;
    t.gewijzigd_op = t0;
    db::insert_traject(*conn_, t);
    jaar_ = vandaag().substr(0, 4);
  }

  // A budget for this year whose interventies line holds `ruimte` cents; returns that line's id.
  std::string budget(std::int64_t ruimte) {
    budget_id_ = app::laad_budget(*conn_, "AM13", std::stoi(jaar_), ruimte, "coordinator", "kassier", t0);
    return db::find_budget(*conn_, budget_id_)->regels[1].id;
  }
  Saldo saldo() { return db::find_budget(*conn_, budget_id_)->regels[1].saldo; }
  void expect_verify_clean() {
    const auto c = controleer_budgetten(*conn_);
    for (const auto& b : c.bevindingen) ADD_FAILURE() << b.waar << ": " << b.tekst;
  }

  std::unique_ptr<test::TestDatabase> database_;
  std::shared_ptr<db::Pool> pool_;
  std::unique_ptr<db::Connection> conn_;
  std::shared_ptr<Verantwoording> verantwoording_;
  std::string jaar_, budget_id_;
};

TEST_P(BudgetServiceTest, FiftySimultaneousApprovalsNeverOverspendALine) {
  budget(170000);
  InterventieService interventies(pool_, verantwoording_);
  VerplichtingService verplichtingen(pool_, verantwoording_);
  const Context coordinator = als("coordinator", Rol::coordinator);
  std::vector<std::string> ids;
  for (int n = 0; n < 50; ++n) {
    InterventieInvoer in;
    in.gepland_begin = vandaag();
    in.gepland_einde = vandaag();
    const auto i = interventies.plan(coordinator, "t1", "d1", in);
    ids.push_back(db::verplichting_van(*conn_, i.id)->id);
  }
  std::atomic<int> goed = 0, geweigerd = 0, anders = 0;
  std::vector<std::thread> threads;
  std::atomic<bool> start = false;
  for (const std::string& id : ids) {
    threads.emplace_back([&, id] {
      while (!start) std::this_thread::yield();
      try {
        verplichtingen.beoordeel(coordinator, id, 1, {"goedgekeurd", std::nullopt, std::nullopt});
        ++goed;
      } catch (const Error& e) {
        (e.code() == ErrorCode::conflict ? geweigerd : anders)++;
      }
    });
  }
  start = true;
  for (auto& t : threads) t.join();
  EXPECT_EQ(goed, 17) << "room for 17 commitments of 100 euro";
  EXPECT_EQ(geweigerd, 33);
  EXPECT_EQ(anders, 0);
  EXPECT_EQ(saldo().beschikbaar(), 0);
  EXPECT_EQ(saldo().verplicht, 170000);
  expect_verify_clean();
}

TEST_P(BudgetServiceTest, AnySequenceOfOperationsKeepsTheInvariants) {
  const std::string regel = budget(200000);  // tight: many approvals meet a full line
  InterventieService interventies(pool_, verantwoording_);
  VerplichtingService verplichtingen(pool_, verantwoording_);
  DeclaratieService declaraties(pool_, verantwoording_);
  BetaalrondeService rondes(pool_, verantwoording_);
  BudgetService budgetten(pool_, verantwoording_);
  const Context coordinator = als("coordinator", Rol::coordinator), coordinator2 = als("coordinator2", Rol::coordinator);
  const Context kassier = als("kassier", Rol::kassier), kassier2 = als("kassier2", Rol::kassier);
  std::mt19937_64 rng(20261127);  // the same sequence on both back ends
  const auto getal = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  std::vector<Interventie> plannen;  // their current state as the service returned it
  std::vector<std::string> ingediend, goedgekeurd;
  std::map<std::string, int> geslaagd;
  int nummer = 0;
  const std::string dag = vandaag();
  for (int stap = 0; stap < 400; ++stap) {
    const int op = static_cast<int>(getal(0, 9));
    try {
      if (op == 0 || plannen.empty()) {
        InterventieInvoer in;
        in.gepland_begin = dag;
        in.gepland_einde = dag;
        in.kosten_cent = getal(1, 150000);
        plannen.push_back(interventies.plan(coordinator, "t1", "d1", in));
        ++geslaagd["plan"];
      } else if (op == 1) {  // approve (sometimes four eyes: the threshold is 5,000 euro)
        std::optional<Verplichting> v;  // the oldest request still open
        for (const Interventie& i : plannen) {
          if ((v = db::verplichting_van(*conn_, i.id)) && v->open()) break;
          v.reset();
        }
        if (!v) continue;
        verplichtingen.beoordeel(v->eerste_akkoord_door ? coordinator2 : coordinator, v->id, v->versie, {"goedgekeurd", regel, std::nullopt});
        ++geslaagd["goedkeuren"];
      } else if (op == 2 || op == 3) {  // start, finish cheaper, or cancel
        Interventie& i = plannen[static_cast<std::size_t>(getal(0, static_cast<std::int64_t>(plannen.size()) - 1))];
        InterventieInvoer in = i;
        if (i.status == interventie_status::gepland) {
          in.status = getal(0, 3) == 0 ? interventie_status::afgebroken : interventie_status::gestart;
          if (in.status == interventie_status::gestart) in.werkelijk_begin = dag;
          else in.reden = "Afgezegd";
        } else if (i.status == interventie_status::gestart) {
          in.status = getal(0, 1) ? interventie_status::afgerond : interventie_status::afgebroken;
          in.werkelijk_einde = dag;
          if (in.status == interventie_status::afgerond) {
            in.resultaat = "diploma";
            in.kosten_cent = getal(1, *i.kosten_cent);
          } else {
            in.reden = "Gestopt";
          }
        } else {
          continue;
        }
        i = interventies.update(coordinator, i.id, i.versie, in);
        ++geslaagd[in.status];
      } else if (op == 4 || op == 5) {  // invoice, now and then above the commitment
        const Interventie& i = plannen[static_cast<std::size_t>(getal(0, static_cast<std::int64_t>(plannen.size()) - 1))];
        DeclaratieInvoer d;
        d.aanbieder_id = "org-a";
        d.factuurnummer = "P-" + std::to_string(++nummer);
        d.factuurdatum = d.periode_van = d.periode_tot = dag;
        d.iban = "NL91ABNA0417164300";
        d.bijlage = "test";
        d.boven_verplichting = getal(0, 4) == 0;
        d.regels = {{i.id, getal(1, i.kosten_cent.value_or(1) + 20000), ""}};
        ingediend.push_back(declaraties.create(kassier, d).id);
        ++geslaagd["declaratie"];
      } else if (op == 6 && !ingediend.empty()) {  // the other kassier decides
        const std::string id = ingediend[static_cast<std::size_t>(getal(0, static_cast<std::int64_t>(ingediend.size()) - 1))];
        const Declaratie d = declaraties.get(kassier2, id);
        const bool goed = getal(0, 3) != 0;
        declaraties.beoordeel(kassier2, id, d.versie,
                              {goed ? "goedgekeurd" : "afgewezen", goed ? std::nullopt : std::optional<std::string>("Nee"), getal(0, 1) == 0});
        if (goed) goedgekeurd.push_back(id);
        ++geslaagd[goed ? "declaratie goedgekeurd" : "declaratie afgewezen"];
      } else if (op == 7 && !goedgekeurd.empty()) {
        if (getal(0, 1) == 0) {
          const std::string id = goedgekeurd.back();
          goedgekeurd.pop_back();
          declaraties.corrigeer(kassier2, id, declaraties.get(kassier2, id).versie, "Correctie");
          ingediend.push_back(id);  // back to be decided again
          ++geslaagd["correctie"];
        } else {
          const auto r = rondes.create(kassier, {"AM13", dag, "Gemeente Utrecht", "NL20INGB0001234567", std::nullopt});
          goedgekeurd.clear();  // all in the run now: frozen
          ++geslaagd["betaalronde"];
          if (getal(0, 2) != 0) {
            rondes.markeer_betaald(kassier, r.id);
            ++geslaagd["betaald"];
          }
        }
      } else if (op == 8) {  // allocation up or down, or an overschrijding
        Budgetwijziging w;
        w.regel_id = regel;
        w.soort = getal(0, 2) == 0 ? "overschrijding" : "toekenning";
        w.bedrag_cent = getal(-100000, 120000);
        if (w.bedrag_cent == 0) continue;
        w.toelichting = "Bijstelling";
        const auto voorstel = budgetten.stel_voor(coordinator, budget_id_, w);
        budgetten.beoordeel(kassier, voorstel.id, "goedgekeurd", std::nullopt);
        ++geslaagd["wijziging"];
      } else {
        continue;
      }
    } catch (const Error& e) {
      // Refusals (no room, above the commitment, not started, decided already…) must change nothing.
      ASSERT_TRUE(e.code() == ErrorCode::conflict || e.code() == ErrorCode::invalid_input || e.code() == ErrorCode::forbidden)
          << static_cast<int>(e.code()) << " " << e.detail();
      ++geslaagd["geweigerd"];
    }
    const Saldo s = saldo();
    ASSERT_GE(s.beschikbaar(), -s.overschrijding) << "step " << stap;
    ASSERT_GE(s.verplicht_open(), 0) << "step " << stap;
    if (stap % 50 == 49) expect_verify_clean();
  }
  expect_verify_clean();
  // The sequence reached every kind of operation.
  for (const char* soort : {"plan", "goedkeuren", "gestart", "afgerond", "afgebroken", "declaratie", "declaratie goedgekeurd",
                            "declaratie afgewezen", "correctie", "betaalronde", "betaald", "wijziging", "geweigerd"}) {
    EXPECT_GT(geslaagd[soort], 0) << soort;
  }
}

TEST_P(BudgetServiceTest, TheLedgerRefusesUpdatesAndDeletes) {
  budget(1000);
  EXPECT_ANY_THROW(conn_->execute("UPDATE mutatie SET bedrag_cent = 1"));
  EXPECT_ANY_THROW(conn_->execute("DELETE FROM mutatie"));
  EXPECT_EQ(saldo().toegekend, 1000) << "unchanged";
  expect_verify_clean();
}

INSTANTIATE_TEST_SUITE_P(Db, BudgetServiceTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::services
