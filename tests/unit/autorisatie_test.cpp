// The authorisation policy, checked against the roles table of DESIGN.md §2 written out here.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "domain/autorisatie.hpp"

namespace rmt {
namespace {

Principal met_rol(Rol rol, std::string regio = "AM13") {
  return {"m1", "o1", {{rol, std::move(regio)}}, true};
}

// Who may do what in their own regio (the expected policy, independent of the code's table).
const std::map<Actie, std::set<Rol>>& verwacht() {
  static const std::map<Actie, std::set<Rol>> m = {
      {Actie::organisaties_lezen, {Rol::beheerder, Rol::coordinator, Rol::frontoffice, Rol::adviseur, Rol::kassier}},
      {Actie::organisaties_beheren, {Rol::beheerder}},
      {Actie::medewerkers_lezen, {Rol::beheerder, Rol::coordinator}},
      {Actie::medewerkers_beheren, {Rol::beheerder}},
      {Actie::api_tokens_beheren, {Rol::beheerder}},
      {Actie::auditregels_lezen, {Rol::privacy}},
      {Actie::verwerkingen_lezen, {Rol::privacy}},
      {Actie::casus_lezen, {Rol::frontoffice, Rol::adviseur, Rol::coordinator}},
      {Actie::casus_schrijven, {Rol::frontoffice, Rol::adviseur, Rol::coordinator}},
      {Actie::aanmeldingen_behandelen, {Rol::frontoffice, Rol::coordinator}},
      {Actie::catalogus_lezen, {Rol::frontoffice, Rol::adviseur, Rol::coordinator, Rol::kassier}},
      {Actie::catalogus_beheren, {Rol::coordinator}},
      // The money (DESIGN.md §2: kassier — budgets, commitments, invoices, payments).
      {Actie::budget_lezen, {Rol::coordinator, Rol::kassier}},
      {Actie::budget_voorstellen, {Rol::coordinator}},
      {Actie::budget_vaststellen, {Rol::kassier}},
      {Actie::verplichtingen_goedkeuren, {Rol::coordinator}},
      {Actie::declaraties_indienen, {Rol::frontoffice, Rol::adviseur, Rol::coordinator, Rol::kassier}},
      {Actie::declaraties_beoordelen, {Rol::kassier}},
      {Actie::betalen, {Rol::kassier}},
      {Actie::casus_overzien, {Rol::coordinator}},
  };
  return m;
}

TEST(Autorisatie, MatrixOfEveryActionRoleAndOwnOrOtherRegio) {
  for (const auto& [actie, mogen] : verwacht()) {
    for (Rol rol : alle_rollen) {
      SCOPED_TRACE(std::string(actie_naam(actie)) + " / " + std::string(rol_naam(rol)));
      const Principal p = met_rol(rol);
      const bool mag = mogen.contains(rol);
      const Besluit eigen = beslis(p, actie, Doel{{"AM13"}});
      const Besluit ander = beslis(p, actie, Doel{{"AM18"}});
      const Besluit lijst = beslis(p, actie, Doel{});
      EXPECT_EQ(eigen.uitkomst, mag ? Uitkomst::toegestaan : Uitkomst::geweigerd);
      EXPECT_EQ(lijst.uitkomst, mag ? Uitkomst::toegestaan : Uitkomst::geweigerd);
      // Another regio's record: hidden (404) for a role that would otherwise see it.
      EXPECT_EQ(ander.uitkomst, mag ? Uitkomst::verborgen : Uitkomst::geweigerd);
      EXPECT_FALSE(eigen.reden.empty());
    }
  }
}

TEST(Autorisatie, EveryActionHasARule) {
  for (const auto& [actie, mogen] : verwacht()) {
    EXPECT_FALSE(rollen_voor(actie).empty()) << actie_naam(actie);
  }
}

TEST(Autorisatie, BeheerderNeverReadsCaseContent) {
  EXPECT_EQ(beslis(met_rol(Rol::beheerder), Actie::casus_lezen, Doel{{"AM13"}}).uitkomst, Uitkomst::geweigerd);
}

TEST(Autorisatie, WithoutSecondFactorEverythingIsRefused) {
  Principal p = met_rol(Rol::beheerder);
  p.mfa_voltooid = false;
  const Besluit b = beslis(p, Actie::medewerkers_beheren, Doel{{"AM13"}});
  EXPECT_EQ(b.uitkomst, Uitkomst::geweigerd);
  EXPECT_NE(b.reden.find("tweede factor"), std::string::npos);
}

TEST(Autorisatie, RoleCountsOnlyInItsOwnRegio) {
  Principal p{"m1", "o1", {{Rol::privacy, "AM13"}, {Rol::beheerder, "AM18"}}, true};
  EXPECT_TRUE(beslis(p, Actie::auditregels_lezen, Doel{{"AM13"}}).toegestaan());
  EXPECT_EQ(beslis(p, Actie::auditregels_lezen, Doel{{"AM18"}}).uitkomst, Uitkomst::verborgen);
  EXPECT_TRUE(beslis(p, Actie::medewerkers_beheren, Doel{{"AM18"}}).toegestaan());
  EXPECT_EQ(beslis(p, Actie::medewerkers_beheren, Doel{{"AM13"}}).uitkomst, Uitkomst::verborgen);
}

TEST(Autorisatie, ATrajectNeedsTheUsersOrganisationInvolvedUnlessTheyCoordinate) {
  const Doel traject{{"AM13"}, std::vector<std::string>{"regie-org", "partner-org"}};
  for (Rol rol : {Rol::frontoffice, Rol::adviseur}) {
    Principal p = met_rol(rol);
    p.organisatie_id = "partner-org";
    EXPECT_TRUE(beslis(p, Actie::casus_lezen, traject).toegestaan()) << rol_naam(rol);
    p.organisatie_id = "andere-org";
    const Besluit b = beslis(p, Actie::casus_schrijven, traject);
    EXPECT_EQ(b.uitkomst, Uitkomst::verborgen) << "whether someone has a traject is itself personal data";
    EXPECT_NE(b.reden.find("niet betrokken"), std::string::npos);
  }
  Principal coordinator = met_rol(Rol::coordinator);
  coordinator.organisatie_id = "andere-org";
  EXPECT_TRUE(beslis(coordinator, Actie::casus_lezen, traject).toegestaan());
  EXPECT_EQ(beslis(met_rol(Rol::coordinator, "AM18"), Actie::casus_lezen, traject).uitkomst, Uitkomst::verborgen)
      << "a coordinator of another regio";
  Principal beide{"m1", "andere-org", {{Rol::coordinator, "AM18"}, {Rol::adviseur, "AM13"}}, true};
  EXPECT_EQ(beslis(beide, Actie::casus_lezen, traject).uitkomst, Uitkomst::verborgen)
      << "coordinating elsewhere does not open this regio's trajecten";
  EXPECT_EQ(beslis(met_rol(Rol::kassier), Actie::casus_lezen, traject).uitkomst, Uitkomst::geweigerd);
  const Doel niemand{{"AM13"}, std::vector<std::string>{}};
  EXPECT_EQ(beslis(met_rol(Rol::adviseur), Actie::casus_lezen, niemand).uitkomst, Uitkomst::verborgen);
}

TEST(Autorisatie, AKlantInTrajectenIsForFrontofficeAndCoordinatorOfTheRegioAndTheInvolvedOrganisations) {
  const Doel klant{{"AM13"}, std::vector<std::string>{"regie-org"}, {Rol::coordinator, Rol::frontoffice}};
  for (Rol rol : {Rol::frontoffice, Rol::coordinator}) {
    Principal p = met_rol(rol);
    p.organisatie_id = "andere-org";
    const Besluit b = beslis(p, Actie::casus_lezen, klant);
    EXPECT_TRUE(b.toegestaan()) << rol_naam(rol);
    EXPECT_EQ(b.reden, std::string(rol_naam(rol)) + " van de regio");
    EXPECT_EQ(beslis(met_rol(rol, "AM18"), Actie::casus_lezen, klant).uitkomst, Uitkomst::verborgen) << rol_naam(rol);
  }
  Principal adviseur = met_rol(Rol::adviseur);
  adviseur.organisatie_id = "regie-org";
  EXPECT_TRUE(beslis(adviseur, Actie::casus_lezen, klant).toegestaan());
  adviseur.organisatie_id = "andere-org";
  EXPECT_EQ(beslis(adviseur, Actie::casus_lezen, klant).uitkomst, Uitkomst::verborgen);
  EXPECT_EQ(beslis(met_rol(Rol::kassier), Actie::casus_lezen, klant).uitkomst, Uitkomst::geweigerd);
}

TEST(Autorisatie, RoleNamesRoundTrip) {
  for (Rol rol : alle_rollen) EXPECT_EQ(parse_rol(rol_naam(rol)), rol);
  EXPECT_EQ(parse_rol("Beheerder"), std::nullopt);
  EXPECT_EQ(parse_rol(""), std::nullopt);
}

}  // namespace
}  // namespace rmt

namespace rmt {
namespace {

TEST(Autorisatie, ARecordOfSeveralRegiosIsAllowedWhenOneIsOwn) {
  Principal p{"m", "o", {{Rol::beheerder, "AM13"}}, true};
  EXPECT_TRUE(beslis(p, Actie::organisaties_beheren, Doel{{"AM13", "AM18"}}).toegestaan());
  EXPECT_EQ(beslis(p, Actie::organisaties_beheren, Doel{{"AM01", "AM18"}}).uitkomst, Uitkomst::verborgen);
}

TEST(Autorisatie, RegiosVoorListsOnlyRegiosWithAnAllowedRole) {
  Principal p{"m", "o", {{Rol::beheerder, "AM18"}, {Rol::adviseur, "AM13"}, {Rol::beheerder, "AM01"}}, true};
  EXPECT_EQ(regios_voor(p, Actie::medewerkers_beheren), (std::vector<std::string>{"AM01", "AM18"}));
  EXPECT_EQ(regios_voor(p, Actie::organisaties_lezen), (std::vector<std::string>{"AM01", "AM13", "AM18"}));
  EXPECT_TRUE(regios_voor(p, Actie::auditregels_lezen).empty());
}

}  // namespace
}  // namespace rmt
