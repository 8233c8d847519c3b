// The budget arithmetic: balances from ledger entries, the room check with an overschrijding,
// overflow, the reversing entry, four eyes, the forecast, money in Dutch notation and the
// validation of a new budget and of a declaratie (every bad field named).
#include <gtest/gtest.h>

#include <limits>

#include "domain/budget.hpp"
#include "domain/declaratie.hpp"
#include "support/invalid_params.hpp"

namespace rmt {
namespace {

using Namen = std::vector<std::string>;
using test::ongeldige_velden;

TEST(BudgetDomein, BalancesFollowFromTheEntries) {
  Saldo s;
  s.boek(rubriek::toegekend, 100000);
  s.boek(rubriek::verplicht, 60000);
  s.boek(rubriek::verplicht, -10000);  // vrijval
  s.boek(rubriek::gedeclareerd, 30000);
  s.boek(rubriek::betaald, 30000);
  EXPECT_EQ(s.verplicht_open(), 20000);
  EXPECT_EQ(s.beschikbaar(), 50000);
  EXPECT_EQ(s.toegekend - s.verplicht_open() - s.betaald, s.beschikbaar()) << "the invariant";
  EXPECT_TRUE(s.ruimte_voor(50000));
  EXPECT_FALSE(s.ruimte_voor(50001));
  s.overschrijding = 1;
  EXPECT_TRUE(s.ruimte_voor(50001)) << "an approved overschrijding allows going below zero";
  EXPECT_FALSE(s.ruimte_voor(50002));
  EXPECT_THROW(s.boek("onbekend", 1), Error);
}

TEST(BudgetDomein, SumsNeverOverflowSilently) {
  Saldo s;
  s.boek(rubriek::toegekend, std::numeric_limits<std::int64_t>::max());
  try {
    s.boek(rubriek::toegekend, 1);
    FAIL() << "overflow accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
  }
  EXPECT_EQ(optellen(-5, 3), -2);
}

TEST(BudgetDomein, ACorrectieReversesExactlyOneEntry) {
  Mutatie m;
  m.id = "m1";
  m.regel_id = "r1";
  m.soort = mutatie_soort::declaratie_goedgekeurd;
  m.rubriek = rubriek::gedeclareerd;
  m.bedrag_cent = 12345;
  const Mutatie c = correctie_van(m);
  EXPECT_EQ(c.soort, mutatie_soort::correctie);
  EXPECT_EQ(c.rubriek, rubriek::gedeclareerd);
  EXPECT_EQ(c.bedrag_cent, -12345);
  EXPECT_EQ(c.corrigeert_id, "m1");
  Saldo s;
  s.boek(m.rubriek, m.bedrag_cent);
  s.boek(c.rubriek, c.bedrag_cent);
  EXPECT_EQ(s.gedeclareerd, 0);
}

TEST(BudgetDomein, FourEyesFromTheThresholdOn) {
  EXPECT_FALSE(vier_ogen_nodig(499999, 500000));
  EXPECT_TRUE(vier_ogen_nodig(500000, 500000));
}

TEST(BudgetDomein, ForecastAtTheCurrentPace) {
  const Prognose p = prognose(90000, 90000, 90, "2026-11-27");  // 1,000 cents a day, 90 days left
  EXPECT_EQ(p.tempo_cent_per_dag, 1000);
  EXPECT_EQ(p.uitgeput_op, "2027-02-25");
  EXPECT_EQ(prognose(0, 90000, 90, "2026-11-27").uitgeput_op, "2026-11-27") << "already out";
  EXPECT_FALSE(prognose(90000, 0, 90, "2026-11-27").uitgeput_op) << "no pace, no date";
  EXPECT_EQ(prognose(1, 90000, 90, "2026-11-27").uitgeput_op, "2026-11-28") << "a part of a day counts as a day";
}

TEST(BudgetDomein, EuroInDutchNotation) {
  EXPECT_EQ(euro(0), "€ 0,00");
  EXPECT_EQ(euro(5), "€ 0,05");
  EXPECT_EQ(euro(123456789), "€ 1.234.567,89");
  EXPECT_EQ(euro(-1230), "-€ 12,30");
  EXPECT_EQ(euro(std::numeric_limits<std::int64_t>::min()), "-€ 92.233.720.368.547.758,08");
}

TEST(BudgetDomein, ANewBudgetNamesEveryBadField) {
  BudgetInvoer b{"AM13", 2027, "Regeling", 500000, {{"personele_inzet", "Personeel", 1}, {"interventies", "Interventies", 2}}};
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(b, v); }).empty());
  BudgetInvoer slecht{"AM13", 1999, "", -1, {{"feest", "", -1}, {"overig", "", 0}}};
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(slecht, v); }),
            (Namen{"jaar", "regeling", "vierOgenVanafCent", "regels[0].soort", "regels[0].naam", "regels[0].bedragCent",
                   "regels[1].naam", "regels"}));
  BudgetInvoer dubbel{"AM13", 2027, "R", 0, {{"interventies", "A", 0}, {"overig", "A", 0}}};
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(dubbel, v); }), (Namen{"regels[1].naam"}));
}

TEST(BudgetDomein, ADeclaratieNamesEveryBadField) {
  DeclaratieInvoer d;
  d.aanbieder_id = "org";
  d.factuurnummer = "F-2026/001";
  d.factuurdatum = d.periode_van = d.periode_tot = "2026-11-27";
  d.iban = "NL91ABNA0417164300";
  d.bijlage = "dms://1";
  d.regels = {{"i1", 100, ""}, {"i2", 250, ""}};
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(d, "2026-11-27", v); }).empty());
  EXPECT_EQ(totaal_cent(d), 350);
  DeclaratieInvoer slecht = d;
  slecht.factuurnummer = "F 1?";
  slecht.factuurdatum = "2026-11-28";
  slecht.periode_van = "2026-12-01";
  slecht.iban = "NL91ABNA0417164301";
  slecht.bic = "NOPE";
  slecht.bijlage = "";
  slecht.regels = {{"i1", 0, ""}, {"i1", 5, ""}};
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(slecht, "2026-11-27", v); }),
            (Namen{"factuurnummer", "factuurdatum", "periodeTot", "iban", "bic", "bijlage", "regels[0].bedragCent",
                   "regels[1].interventieId"}));
}

}  // namespace
}  // namespace rmt
