// Pure rules of the front door: aanmelding validation, referentienummer and code, public status
// texts, code lists, contacts, werkgevers and the derived age class.
#include <gtest/gtest.h>

#include "db/codelijst_store.hpp"
#include "domain/aanmelding.hpp"
#include "domain/contact.hpp"
#include "domain/intake.hpp"
#include "domain/klant.hpp"
#include "domain/werkgever.hpp"
#include "support/invalid_params.hpp"

namespace rmt {
namespace {

using test::ongeldige_velden;

AanmeldingInvoer goede_aanmelding() {
  AanmeldingInvoer a;
  a.soort = "persoon";
  a.naam = "Sanne de Vries";
  a.email = " Sanne@Example.org ";
  a.gemeente_code = "GM0344";
  a.categorie = "scholing";
  a.vraag = "Welke opleiding past bij mij?\nIk werk nu in de zorg.";
  a.kanaal = "balie";
  a.toestemming_contact = true;
  return a;
}

TEST(AanmeldingDomein, AGoodAanmeldingPassesAndTheEmailIsNormalised) {
  AanmeldingInvoer a = goede_aanmelding();
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(a, db::codelijsten(), v); }).empty());
  EXPECT_EQ(a.email, "sanne@example.org");
}

TEST(AanmeldingDomein, EveryBadFieldIsNamed) {
  AanmeldingInvoer a;
  a.soort = "werkgever";
  a.kvk_nummer = "1234567";
  a.telefoon = "abc";
  a.vraag = std::string(max_vraag_bytes + 1, 'x');
  const auto n = ongeldige_velden([&](Validation& v) { valideer(a, db::codelijsten(), v); });
  for (const char* veld : {"naam", "telefoon", "bedrijfsnaam", "kvkNummer", "gemeenteCode", "categorie", "kanaal", "vraag",
                           "toestemmingContact"}) {
    EXPECT_NE(std::find(n.begin(), n.end(), veld), n.end()) << veld;
  }
  AanmeldingInvoer zonder = goede_aanmelding();
  zonder.email.reset();
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(zonder, db::codelijsten(), v); }), std::vector<std::string>{"contact"});
}

TEST(AanmeldingDomein, AWerkgeverNeedsCompanyAndKvkWithSpacesAllowed) {
  AanmeldingInvoer a = goede_aanmelding();
  a.soort = "werkgever";
  a.bedrijfsnaam = "Bakkerij Bakker";
  a.kvk_nummer = "1234 5678";
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(a, db::codelijsten(), v); }).empty());
  EXPECT_EQ(a.kvk_nummer, "12345678");
}

TEST(AanmeldingDomein, ReferentienummerAndCodeUseUnambiguousCharacters) {
  const std::string ref = referentienummer_uit(0xFFFFFFFFFFULL);
  EXPECT_EQ(ref, "RMT-ZZZZ-ZZZZ");
  EXPECT_EQ(referentienummer_uit(0), "RMT-0000-0000");
  EXPECT_TRUE(is_referentienummer(ref));
  EXPECT_FALSE(is_referentienummer("RMT-ZZZZ-ZZZI"));  // I is not in the alphabet
  EXPECT_FALSE(is_referentienummer("RMT-ZZZZZZZZZ"));
  EXPECT_FALSE(is_referentienummer("rmt-zzzz-zzzz"));
  EXPECT_EQ(geheime_code_uit(0x123456789AULL).size(), 8u);
  EXPECT_EQ(normaliseer_code(" ab-cd oil "), "ABCD011");
}

TEST(AanmeldingDomein, PublicStatusNeverNamesInternalStates) {
  EXPECT_EQ(publieke_status("nieuw").status, "ontvangen");
  EXPECT_EQ(publieke_status("toegewezen").status, "in_behandeling");
  EXPECT_EQ(publieke_status("klant").status, "afgerond");
  EXPECT_EQ(publieke_status("afgesloten").status, "afgerond");
  EXPECT_TRUE(is_open("nieuw"));
  EXPECT_TRUE(is_open("toegewezen"));
  EXPECT_FALSE(is_open("klant"));
  EXPECT_FALSE(is_open("afgesloten"));
}

TEST(Codelijsten, NewestVersionWinsAndMalformedLinesAreNamed) {
  const Codelijsten c = codelijsten_uit({{"versie", "lijst", "code", "omschrijving"},
                                         {"2025-1", "kanaal", "fax", "Fax"},
                                         {"2026-1", "kanaal", "web", "Website"}});
  EXPECT_EQ(c.versie, "2026-1");
  EXPECT_TRUE(c.bevat("kanaal", "web"));
  EXPECT_FALSE(c.bevat("kanaal", "fax"));
  EXPECT_FALSE(c.bevat("onbekend", "web"));
  EXPECT_THROW(codelijsten_uit({{"h"}, {"2026-1", "kanaal"}}), Error);
  for (const char* lijst : {"soort", "categorie", "kanaal", "uitkomst", "arbeidsmarktpositie", "uitkeringssituatie",
                            "leeftijdsklasse", "opleidingsniveau", "sector"}) {
    EXPECT_TRUE(db::codelijsten().lijsten.contains(lijst)) << lijst;
  }
}

TEST(ContactDomein, AReferralNamesWhereTo) {
  ContactInvoer c{"AM13", "telefoon", "loopbaan", "doorverwezen", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(c, db::codelijsten(), v); }), std::vector<std::string>{"doorverwezenNaar"});
  c.doorverwezen_naar = "Leerwerkloket";
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(c, db::codelijsten(), v); }).empty());
  c.toelichting = std::string("a\x01", 2);
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(c, db::codelijsten(), v); }), std::vector<std::string>{"toelichting"});
}

TEST(WerkgeverDomein, KvkIsEightDigits) {
  WerkgeverInvoer w{"Bakkerij", "1234 5678", std::string("horeca"), "Piet", std::nullopt, std::nullopt, "GM0344"};
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(w, db::codelijsten(), v); }).empty());
  EXPECT_EQ(w.kvk_nummer, "12345678");
  w.kvk_nummer = "123456789";
  w.sector = "ruimtevaart";
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(w, db::codelijsten(), v); }), (std::vector<std::string>{"kvkNummer", "sector"}));
}

TEST(IntakeDomein, AgeClassOnTheIntakeDate) {
  EXPECT_EQ(leeftijdsklasse("2000-06-15", "2027-06-14"), "tot_27");
  EXPECT_EQ(leeftijdsklasse("2000-06-15", "2027-06-15"), "27_44");
  EXPECT_EQ(leeftijdsklasse("1980-01-01", "2026-01-01"), "45_54");
  EXPECT_EQ(leeftijdsklasse("1971-02-28", "2026-02-28"), "55_plus");
  EXPECT_EQ(leeftijdsklasse("2004-02-29", "2031-02-28"), "tot_27") << "a leap-day birthday counts from 1 March";
  IntakeInvoer i{"2026-01-01", "werkzoekend", "bijstand", "laag", false, false, std::nullopt};
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(i, "1990-01-01", "2026-11-27", db::codelijsten(), v); }).empty());
  i.datum = "1989-12-31";
  EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(i, "1990-01-01", "2026-11-27", db::codelijsten(), v); }),
            std::vector<std::string>{"datum"});
}

TEST(KlantDomein, GeboortedatumNotInTheFutureNorImplausiblyOld) {
  for (const char* datum : {"2026-11-28", "1906-11-26", "1980-02-30", "80-01-01"}) {
    KlantInvoer k{"Test Persoon", datum, std::nullopt, std::nullopt, "GM0344", std::nullopt};
    EXPECT_EQ(ongeldige_velden([&](Validation& v) { valideer(k, "2026-11-27", v); }), std::vector<std::string>{"geboortedatum"}) << datum;
  }
  KlantInvoer k{"Test Persoon", "1907-01-01", std::nullopt, std::nullopt, "GM0344", std::nullopt};
  EXPECT_TRUE(ongeldige_velden([&](Validation& v) { valideer(k, "2026-11-27", v); }).empty());
}

}  // namespace
}  // namespace rmt
