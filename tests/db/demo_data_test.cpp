// `rmt demo` on both back ends: staff for every regio, and synthetic records that are the same for
// the same seed, spread over regio's, years, channels and categories, with BSNs only from the RvIG
// test range, sealed like real ones.
#include <gtest/gtest.h>

#include <set>

#include "app/demo.hpp"
#include "app/demo_data.hpp"
#include "db/klant_store.hpp"
#include "db/migrations.hpp"
#include "domain/bsn.hpp"
#include "security/field_cipher.hpp"
#include "security/keys.hpp"
#include "services/budget_controle.hpp"
#include "support/test_database.hpp"

namespace rmt::app {
namespace {

class DemoDataTest : public testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == db::Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    pool_ = database_->pool(1);
    auto conn = pool_->acquire();
    db::migrate(*conn);
  }
  std::set<std::string> kolom(const std::string& sql) {
    auto conn = pool_->acquire();
    std::set<std::string> out;
    for (const db::Row row : conn->query(sql)) out.insert(row.get<std::string>(0));
    return out;
  }
  std::int64_t tel(const std::string& sql) {
    auto conn = pool_->acquire();
    return conn->query(sql)[0].get<std::int64_t>(0);
  }
  services::Verantwoording v_{nullptr, security::parse_keys(security::generate_key_text())};
  std::unique_ptr<test::TestDatabase> database_;
  std::shared_ptr<db::Pool> pool_;
};

TEST_P(DemoDataTest, StaffForEveryRegioOnce) {
  {
    auto conn = pool_->acquire();
    laad_regio_medewerkers(*conn, v_);
    laad_regio_medewerkers(*conn, v_);  // the second time changes nothing
  }
  EXPECT_EQ(tel("SELECT COUNT(*) FROM medewerker"), 35 * 4) << "frontoffice, adviseur, coordinator and kassier";
  EXPECT_EQ(tel("SELECT COUNT(DISTINCT regio_code) FROM medewerker_rol"), 35);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM medewerker WHERE email = 'coordinator.am13@demo.example'"), 1);
}

TEST_P(DemoDataTest, RealisticSpreadFromAFixedSeed) {
  const std::chrono::sys_days dag{std::chrono::year{2026} / 11 / 27};
  const DemoResultaat r = genereer_demo(*pool_, v_, {600, dag, 7, 250});
  EXPECT_EQ(tel("SELECT COUNT(*) FROM klant") + tel("SELECT COUNT(*) FROM werkgever"), 600);
  std::int64_t rijen = 0;
  for (const char* tabel : {"klant", "werkgever", "aanmelding", "intake", "contact", "traject", "traject_gebeurtenis",
                            "interventie", "toestemming", "doorverwijzing", "nameting", "dienst", "mutatie", "declaratie"}) {
    rijen += tel(std::string("SELECT COUNT(*) FROM ") + tabel);
  }
  EXPECT_EQ(r.rijen, rijen + (1 + 14) * 35) << "plus per regio a partner organisation and 14 more advisers";
  EXPECT_EQ(tel("SELECT COUNT(DISTINCT regievoerder_id) FROM traject WHERE regio_code = 'AM13'") > 5, true)
      << "caseloads are spread";
  EXPECT_EQ(kolom("SELECT DISTINCT kanaal FROM aanmelding"), (std::set<std::string>{"balie", "partner", "telefoon", "web"}));
  EXPECT_EQ(kolom("SELECT DISTINCT categorie FROM aanmelding").size(), 6u);
  EXPECT_EQ(kolom("SELECT DISTINCT substr(ontvangen_op, 1, 4) FROM aanmelding"),
            (std::set<std::string>{"2022", "2023", "2024", "2025", "2026"}));
  EXPECT_GE(kolom("SELECT DISTINCT regio_code FROM aanmelding").size(), 30u);
  EXPECT_EQ(kolom("SELECT DISTINCT soort FROM aanmelding"), (std::set<std::string>{"persoon", "werkgever"}));
  EXPECT_GE(kolom("SELECT DISTINCT arbeidsmarktpositie FROM intake").size(), 5u);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM aanmelding WHERE status = 'klant' AND klant_id IS NULL AND werkgever_id IS NULL"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM aanmelding a WHERE contact_id IS NOT NULL AND NOT EXISTS"
                " (SELECT 1 FROM contact c WHERE c.id = a.contact_id AND c.aanmelding_id = a.id)"),
            0);
  EXPECT_GT(tel("SELECT COUNT(*) FROM aanmelding WHERE status = 'afgesloten'"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM aanmelding a WHERE klant_id IS NOT NULL AND NOT EXISTS"
                " (SELECT 1 FROM klant k WHERE k.id = a.klant_id AND k.regio_code = a.regio_code)"),
            0);

  // Casework: trajecten in every status for persons and werkgevers, consistent with the records.
  EXPECT_EQ(kolom("SELECT DISTINCT status FROM traject WHERE soort = 'persoon'"),
            (std::set<std::string>{"aangemeld", "intake", "actief", "afgesloten"}));
  EXPECT_GT(tel("SELECT COUNT(*) FROM traject WHERE soort = 'werkgever'"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM traject t JOIN klant k ON k.id = t.klant_id WHERE k.regio_code <> t.regio_code"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM traject WHERE (status = 'afgesloten') <> (uitkomst IS NOT NULL)"), 0);
  EXPECT_GE(kolom("SELECT DISTINCT uitkomst FROM traject WHERE uitkomst IS NOT NULL").size(), 6u);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM traject WHERE uitkomst IN ('werk_gevonden', 'van_werk_naar_werk')"
                " AND (contractvorm IS NULL OR uren_per_week IS NULL)"),
            0);
  EXPECT_EQ(kolom("SELECT DISTINCT status FROM interventie"),
            (std::set<std::string>{"gepland", "gestart", "afgerond", "afgebroken"}));
  EXPECT_EQ(tel("SELECT COUNT(*) FROM interventie i JOIN traject t ON t.id = i.traject_id WHERE t.status = 'afgesloten'"
                " AND i.status IN ('gepland', 'gestart')"),
            0) << "closed trajecten have no running interventies";
  EXPECT_EQ(tel("SELECT COUNT(*) FROM interventie i JOIN dienst d ON d.id = i.dienst_id WHERE d.status <> 'open'"), 0);
  const auto verwijzingen = kolom("SELECT DISTINCT status FROM doorverwijzing");
  for (const char* s : {"geaccepteerd", "afgewezen", "ingetrokken"}) EXPECT_TRUE(verwijzingen.contains(s)) << s;
  EXPECT_EQ(tel("SELECT COUNT(*) FROM doorverwijzing d JOIN toestemming t ON t.id = d.toestemming_id WHERE"
                " (d.status = 'ingetrokken') <> (t.ingetrokken_op IS NOT NULL)"),
            0);
  EXPECT_GT(tel("SELECT COUNT(*) FROM nameting WHERE status = 'vastgelegd'"), 0);
  EXPECT_GT(tel("SELECT COUNT(*) FROM nameting WHERE status = 'open'"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM nameting n JOIN traject t ON t.id = n.traject_id WHERE t.status <> 'afgesloten'"), 0);
  EXPECT_GT(tel("SELECT COUNT(*) FROM traject WHERE werkgever_traject_id IS NOT NULL"), 0);

  // Money: a budget per regio and year, the trail consistent with the ledger (what `rmt budget
  // verify` checks) and every kind of step in it.
  {
    auto conn = pool_->acquire();
    const auto controle = services::controleer_budgetten(*conn);
    EXPECT_TRUE(controle.bevindingen.empty()) << controle.bevindingen.front().waar << ": " << controle.bevindingen.front().tekst;
  }
  EXPECT_EQ(tel("SELECT COUNT(*) FROM (SELECT DISTINCT regio_code, SUBSTR(gepland_begin, 1, 4) AS jaar FROM interventie) x"
                " WHERE NOT EXISTS (SELECT 1 FROM budget b WHERE b.regio_code = x.regio_code AND b.jaar = CAST(x.jaar AS INTEGER))"),
            0) << "a budget for every regio and year with interventies";
  EXPECT_EQ(kolom("SELECT DISTINCT soort FROM mutatie"),
            (std::set<std::string>{"toekenning", "verplichting", "vrijval", "declaratie_goedgekeurd", "betaling"}));
  const auto declaraties = kolom("SELECT DISTINCT status FROM declaratie");
  for (const char* s : {"afgewezen", "betaald"}) EXPECT_TRUE(declaraties.contains(s)) << s;
  EXPECT_GT(tel("SELECT COUNT(*) FROM betaalronde WHERE status = 'betaald'"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM interventie i WHERE i.status IN ('gestart', 'afgerond') AND i.kosten_cent > 0 AND NOT EXISTS"
                " (SELECT 1 FROM verplichting v WHERE v.interventie_id = i.id AND v.status = 'goedgekeurd')"),
            0) << "nothing with a cost started without an approved commitment";
  EXPECT_EQ(tel("SELECT COUNT(*) FROM traject_gebeurtenis WHERE op > '2026-11-27T23:59:59'"), 0) << "nothing in the future";
  EXPECT_EQ(tel("SELECT COUNT(*) FROM traject_gebeurtenis WHERE code IS NULL"), 0) << "the UI says each in its language";
  EXPECT_GT(tel("SELECT COUNT(*) FROM traject_gebeurtenis WHERE code = 'traject.afgesloten' AND parameters LIKE '%uitkomst%'"), 0);
  const auto gepland = kolom("SELECT DISTINCT v.status FROM verplichting v JOIN interventie i ON i.id = v.interventie_id"
                             " WHERE i.status = 'gepland'");
  for (const char* s : {"aangevraagd", "afgewezen"}) {
    EXPECT_TRUE(gepland.contains(s)) << "planned interventies whose cost waits for the coordinator, or was refused: " << s;
  }

  // BSNs: valid, from the test range, sealed to their row.
  int bsns = 0;
  for (const db::Row row : pool_->acquire()->query("SELECT id, bsn_versleuteld FROM klant WHERE bsn_versleuteld IS NOT NULL")) {
    const std::string bsn = security::open(v_.keys().veld, row.get<std::string>(1), "klant.bsn:" + row.get<std::string>(0));
    EXPECT_TRUE(is_bsn(bsn));
    EXPECT_EQ(bsn.substr(0, 5), "99999");
    ++bsns;
  }
  EXPECT_GT(bsns, 100);

  // Same seed, same data.
  const std::string inhoud =
      "SELECT a.referentienummer || a.naam || a.ontvangen_op || a.kanaal || a.status || COALESCE(k.geboortedatum, '')"
      " FROM aanmelding a LEFT JOIN klant k ON k.id = a.klant_id";
  const auto refs = kolom(inhoud);
  auto tweede = std::make_unique<test::TestDatabase>(GetParam());
  auto pool2 = tweede->pool(1);
  {
    auto c2 = pool2->acquire();
    db::migrate(*c2);
  }
  genereer_demo(*pool2, v_, {600, dag, 7, 600});
  std::set<std::string> refs2;
  for (const db::Row row : pool2->acquire()->query(inhoud)) refs2.insert(row.get<std::string>(0));
  EXPECT_EQ(refs, refs2);
}

INSTANTIATE_TEST_SUITE_P(Db, DemoDataTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::app
