// Pure rules of trajecten and samenwerking: the status machines of traject, interventie and
// doorverwijzing, closing with a resultaat, the exit rule, the nameting dates and consent.
#include <gtest/gtest.h>

#include "db/codelijst_store.hpp"
#include "domain/doorverwijzing.hpp"
#include "domain/interventie.hpp"
#include "domain/nameting.hpp"
#include "domain/traject.hpp"
#include "support/invalid_params.hpp"

namespace rmt {
namespace {

using test::ongeldige_velden;

using Namen = std::vector<std::string>;
const Codelijsten& lijsten() { return db::codelijsten(); }

TEST(TrajectDomein, StatusMachine) {
  using namespace traject_status;
  EXPECT_TRUE(mag_overgaan(aangemeld, intake));
  EXPECT_TRUE(mag_overgaan(intake, actief));
  EXPECT_FALSE(mag_overgaan(aangemeld, actief)) << "no skipping the intake";
  EXPECT_FALSE(mag_overgaan(actief, intake)) << "no way back";
  for (auto van : {aangemeld, intake, actief}) EXPECT_TRUE(mag_overgaan(van, afgesloten));
  EXPECT_FALSE(mag_overgaan(afgesloten, afgesloten));
  EXPECT_TRUE(mag_overgaan(afgesloten, actief)) << "reopening";
  EXPECT_FALSE(mag_overgaan(afgesloten, intake));
}

TEST(TrajectDomein, ClosingNeedsAValidResultaatAndReopeningAReason) {
  const auto overgang = [](std::string_view van, std::string_view naar, std::optional<std::string> reden,
                           std::optional<Resultaat> r) {
    return ongeldige_velden([&](Validation& v) {
      valideer_overgang(van, naar, reden, r, "2026-01-05", "2026-11-27", lijsten(), v);
    });
  };
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, std::nullopt), Namen{"resultaat"});
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"werk_gevonden", "2026-11-01", std::nullopt, std::nullopt, std::nullopt}),
            (Namen{"resultaat.contractvorm", "resultaat.urenPerWeek"}));
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"werk_gevonden", "2026-11-01", "vast", 36, std::nullopt}), Namen{});
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"werk_gevonden", "2026-11-01", "vast", 61, std::nullopt}),
            Namen{"resultaat.urenPerWeek"});
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"uitgevallen", "2026-11-01", "vast", std::nullopt, std::nullopt}),
            Namen{"resultaat.contractvorm"}) << "no contract without work";
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"gewonnen", "2026-11-28", std::nullopt, std::nullopt, std::nullopt}),
            (Namen{"resultaat.uitkomst", "resultaat.datum"})) << "unknown code, date in the future";
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"anders", "2026-01-04", std::nullopt, std::nullopt, std::nullopt}),
            Namen{"resultaat.datum"}) << "before the traject began";
  EXPECT_EQ(overgang("actief", "afgesloten", std::nullopt, Resultaat{"werk_behouden", "2026-01-05", std::nullopt, std::nullopt, std::nullopt}),
            Namen{}) << "contract optional when work was kept";
  EXPECT_EQ(overgang("afgesloten", "actief", std::nullopt, std::nullopt), Namen{"reden"});
  EXPECT_EQ(overgang("afgesloten", "actief", "Baan verloren", std::nullopt), Namen{});
  EXPECT_EQ(overgang("intake", "actief", std::nullopt, Resultaat{"anders", "2026-11-01", std::nullopt, std::nullopt, std::nullopt}),
            Namen{"resultaat"});
  EXPECT_EQ(overgang("intake", "weg", std::nullopt, std::nullopt), Namen{"status"});
}

TEST(TrajectDomein, InvoerNamesEveryBadField) {
  TrajectInvoer t;
  t.categorie = "ruimtevaart";
  t.startdatum = "2026-12-01";
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(t, "2026-11-27", lijsten(), v); }),
            (Namen{"klantId", "categorie", "klantvraag", "regievoerderId", "startdatum"}));
  t = {};
  t.werkgever_id = "w1";
  t.werkgever_traject_id = "t0";
  t.categorie = "scholing";
  t.klantvraag = "Personeel";
  t.regievoerder_id = "m1";
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(t, "2026-11-27", lijsten(), v); }), (Namen{"werkgeverTrajectId", "categorie"}))
      << "an employer's question is a personeelsvraag, and it is not an employee's traject";
  t.werkgever_traject_id.reset();
  t.categorie = "boventalligheid";
  t.startdatum = "2021-11-01";
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(t, "2026-11-27", lijsten(), v); }), Namen{"startdatum"}) << "more than five years back";
}

TEST(TrajectDomein, ExitRuleAndNametingDates) {
  EXPECT_EQ(dagen_terug("2026-03-01", 1), "2026-02-28");
  EXPECT_EQ(dagen_terug("2026-11-27", -35), "2027-01-01");
  EXPECT_FALSE(sluiten_aanbevolen("actief", "2026-08-29", "2026-11-27")) << "90 days: not yet";
  EXPECT_TRUE(sluiten_aanbevolen("actief", "2026-08-28", "2026-11-27"));
  EXPECT_FALSE(sluiten_aanbevolen("afgesloten", "2020-01-01", "2026-11-27"));
  EXPECT_EQ(nametingdata("2026-11-30"), (Namen{"2027-02-28", "2027-05-30", "2027-11-30"})) << "clamped to the month's end";
  EXPECT_EQ(nametingdata("2027-11-30")[0], "2028-02-29");
}

TEST(InterventieDomein, StatusMachineAndFields) {
  using namespace interventie_status;
  EXPECT_TRUE(mag_overgaan_interventie(gepland, gestart));
  EXPECT_TRUE(mag_overgaan_interventie(gepland, afgebroken));
  EXPECT_FALSE(mag_overgaan_interventie(gepland, afgerond));
  EXPECT_TRUE(mag_overgaan_interventie(gestart, afgerond));
  EXPECT_FALSE(mag_overgaan_interventie(afgerond, gestart));
  EXPECT_FALSE(mag_overgaan_interventie(afgebroken, afgebroken)) << "a finished one no longer changes";
  const auto fouten = [](InterventieInvoer i) { return ongeldige_velden([&](Validation& v) { valideer(i, "2026-11-27", lijsten(), v); }); };
  InterventieInvoer i;
  i.gepland_begin = "2026-12-01";
  i.gepland_einde = "2026-11-01";
  i.kosten_cent = -1;
  EXPECT_EQ(fouten(i), (Namen{"geplandEinde", "kostenCent"}));
  i.gepland_einde = "2027-01-01";
  i.kosten_cent = 0;
  EXPECT_EQ(fouten(i), Namen{});
  i.status = "afgerond";
  EXPECT_EQ(fouten(i), (Namen{"werkelijkBegin", "werkelijkEinde", "resultaat"}));
  i.werkelijk_begin = "2026-11-20";
  i.werkelijk_einde = "2026-11-10";
  i.resultaat = "diploma";
  EXPECT_EQ(fouten(i), Namen{"werkelijkEinde"});
  i.werkelijk_einde = "2026-11-28";
  EXPECT_EQ(fouten(i), Namen{"werkelijkEinde"}) << "not in the future";
  i.werkelijk_einde = "2026-11-27";
  EXPECT_EQ(fouten(i), Namen{});
  i.status = "afgebroken";
  i.resultaat.reset();
  EXPECT_EQ(fouten(i), Namen{"reden"});
}

TEST(DoorverwijzingDomein, WhoTakesWhichStep) {
  using namespace doorverwijzing_status;
  EXPECT_TRUE(mag_overgaan_doorverwijzing(verstuurd, geaccepteerd, Partij::ontvanger));
  EXPECT_FALSE(mag_overgaan_doorverwijzing(verstuurd, geaccepteerd, Partij::afzender));
  EXPECT_TRUE(mag_overgaan_doorverwijzing(verstuurd, afgewezen, Partij::ontvanger));
  EXPECT_TRUE(mag_overgaan_doorverwijzing(geaccepteerd, afgerond, Partij::ontvanger));
  EXPECT_FALSE(mag_overgaan_doorverwijzing(afgewezen, afgerond, Partij::ontvanger));
  EXPECT_TRUE(mag_overgaan_doorverwijzing(geaccepteerd, ingetrokken, Partij::afzender));
  EXPECT_FALSE(mag_overgaan_doorverwijzing(geaccepteerd, ingetrokken, Partij::ontvanger));
  EXPECT_FALSE(mag_overgaan_doorverwijzing(afgerond, ingetrokken, Partij::afzender));
  EXPECT_TRUE(geeft_toegang(geaccepteerd));
  EXPECT_TRUE(geeft_toegang(afgerond));
  EXPECT_FALSE(geeft_toegang(verstuurd));
  EXPECT_FALSE(geeft_toegang(ingetrokken));
}

TEST(DoorverwijzingDomein, Toestemming) {
  ToestemmingInvoer t{"org", {"notities", "klantvraag", "klantvraag", "alles"}, "2026-11-26", "fax", std::nullopt};
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(t, "2026-11-27", lijsten(), v); }),
            (Namen{"scope", "geldigTot", "vastgelegdVia"}));
  t = {"org", {"notities", "klantvraag"}, "2028-11-28", "schriftelijk", std::nullopt};
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(t, "2026-11-27", lijsten(), v); }), Namen{"geldigTot"}) << "at most two years";
  t.geldig_tot = "2026-11-27";
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(t, "2026-11-27", lijsten(), v); }), Namen{});
  EXPECT_EQ(t.scope, (Namen{"klantvraag", "notities"})) << "sorted";
  Toestemming g;
  g.geldig_tot = "2026-11-27";
  EXPECT_TRUE(geldig(g, "2026-11-27"));
  EXPECT_FALSE(geldig(g, "2026-11-28")) << "expired";
  g.ingetrokken_op = "2026-11-27T10:00:00.000000Z";
  EXPECT_FALSE(geldig(g, "2026-11-27")) << "withdrawn";
}

TEST(NametingDomein, Situatie) {
  const auto fouten = [](NametingInvoer n) { return ongeldige_velden([&](Validation& v) { valideer(n, lijsten(), v); }); };
  EXPECT_EQ(fouten({"werkend", std::nullopt, std::nullopt, std::nullopt}), Namen{"contractvorm"});
  EXPECT_EQ(fouten({"werkend", "vast", 0, std::nullopt}), Namen{"urenPerWeek"});
  EXPECT_EQ(fouten({"niet_werkend", "vast", 8, std::nullopt}), (Namen{"contractvorm", "urenPerWeek"}));
  EXPECT_EQ(fouten({"in_opleiding", std::nullopt, std::nullopt, std::nullopt}), Namen{});
  // A klant who could not be reached is recorded as such, so the nameting leaves the due list.
  EXPECT_EQ(fouten({"niet_bereikt", std::nullopt, std::nullopt, "Drie keer gebeld"}), Namen{});
  EXPECT_EQ(fouten({"niet_bereikt", "vast", std::nullopt, std::nullopt}), Namen{"contractvorm"});
  EXPECT_EQ(fouten({"met pensioen", std::nullopt, std::nullopt, std::nullopt}), Namen{"situatie"});
}

}  // namespace
}  // namespace rmt
