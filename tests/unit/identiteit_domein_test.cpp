// Pure identity rules: RFC 3339 parsing, session expiry and steps, login throttling, validation
// of organisaties and medewerkers, and text that may not reach a log line.
#include <gtest/gtest.h>

#include "domain/auditregel.hpp"
#include "domain/inlogpoging.hpp"
#include "domain/medewerker.hpp"
#include "domain/organisatie.hpp"
#include "domain/sessie.hpp"
#include "domain/tijd.hpp"

namespace rmt {
namespace {

using namespace std::chrono_literals;

std::chrono::system_clock::time_point t(const char* text) { return *parse_rfc3339(text); }

TEST(Rfc3339, ParsesUtcFractionsAndOffsets) {
  EXPECT_EQ(to_rfc3339(t("2026-11-27T10:00:00Z")), "2026-11-27T10:00:00.000000Z");
  EXPECT_EQ(to_rfc3339(t("2026-11-27T10:00:00.5+01:00")), "2026-11-27T09:00:00.500000Z");
  EXPECT_EQ(to_rfc3339(t("2026-11-27T00:30:00-02:30")), "2026-11-27T03:00:00.000000Z");
  for (const char* bad : {"2026-11-27", "2026-02-30T10:00:00Z", "2026-11-27T24:00:00Z", "2026-11-27T10:00:00",
                          "2026-11-27T10:00:00.Z", "2026-11-27 10:00:00Z", "2026-11-27T10:00:00+0100", ""}) {
    EXPECT_FALSE(parse_rfc3339(bad)) << bad;
  }
}

TEST(Sessie, IdleExpirySlidesButNeverPastTheAbsoluteEnd) {
  Sessie s;
  s.absoluut_verloopt_op = to_rfc3339(t("2026-11-27T20:00:00Z"));
  EXPECT_EQ(nieuwe_vervaltijd(s, t("2026-11-27T10:00:00Z")), "2026-11-27T10:30:00.000000Z");
  EXPECT_EQ(nieuwe_vervaltijd(s, t("2026-11-27T19:50:00Z")), s.absoluut_verloopt_op);
  s.verloopt_op = "2026-11-27T10:30:00.000000Z";
  EXPECT_FALSE(is_verlopen(s, t("2026-11-27T10:29:59Z")));
  EXPECT_TRUE(is_verlopen(s, t("2026-11-27T10:30:00Z")));
  s.verloopt_op = "2026-11-27T23:00:00.000000Z";
  EXPECT_TRUE(is_verlopen(s, t("2026-11-27T20:00:01Z"))) << "absolute expiry wins";
}

TEST(Sessie, StepsAfterPasswordAndSecondFactor) {
  EXPECT_EQ(stap_na_wachtwoord(true), SessieStap::totp);
  EXPECT_EQ(stap_na_wachtwoord(false), SessieStap::totp_registreren);
  EXPECT_EQ(stap_na_totp(true), SessieStap::wachtwoord_wijzigen);
  EXPECT_EQ(stap_na_totp(false), SessieStap::voltooid);
  for (auto s : {SessieStap::totp, SessieStap::totp_registreren, SessieStap::wachtwoord_wijzigen, SessieStap::voltooid}) {
    EXPECT_EQ(parse_stap(stap_naam(s)), s);
  }
}

TEST(Inlogpoging, LocksAtTheThresholdWithinTheWindowOnly) {
  const auto nu = t("2026-11-27T10:00:00Z");
  std::optional<Inlogpoging> p;
  for (int i = 0; i < drempel_account.max - 1; ++i) p = na_mislukking(p, nu + std::chrono::seconds(i), drempel_account);
  EXPECT_EQ(seconden_geblokkeerd(p, nu + 10s), 0);
  p = na_mislukking(p, nu + 10s, drempel_account);
  EXPECT_EQ(seconden_geblokkeerd(p, nu + 10s), 15 * 60 + 1);
  EXPECT_EQ(seconden_geblokkeerd(p, nu + 10s + 15min), 0) << "the lock ends";
  std::optional<Inlogpoging> oud = Inlogpoging{4, to_rfc3339(nu), std::nullopt};
  const auto later = na_mislukking(oud, nu + 16min, drempel_account);
  EXPECT_EQ(later.mislukt, 1) << "failures outside the window start a new count";
  EXPECT_FALSE(later.geblokkeerd_tot);
}

TEST(Organisatie, ValidationListsEveryBadFieldAndNormalisesRegios) {
  OrganisatieInvoer o{"", "club", std::string("1234567"), {"AM18", "AM1", "AM18"}, true};
  Validation v;
  valideer(o, v);
  try {
    v.throw_if_invalid();
    FAIL();
  } catch (const Error& e) {
    std::vector<std::string> names;
    for (const auto& p : e.invalid_params()) names.push_back(p.name);
    EXPECT_EQ(names, (std::vector<std::string>{"naam", "type", "kvkNummer", "regioCodes[1]"}));
  }
  OrganisatieInvoer goed{"UWV", "uwv", std::string("12345678"), {"AM18", "AM13", "AM18"}, true};
  Validation ok;
  valideer(goed, ok);
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(goed.regio_codes, (std::vector<std::string>{"AM13", "AM18"}));
  EXPECT_FALSE(is_kvk_nummer("00000000"));
}

TEST(Medewerker, EmailIsNormalisedAndCheckedAndNamesRefuseControls) {
  EXPECT_EQ(normalize_email("Bea@Demo.Example"), "bea@demo.example");
  for (const char* bad : {"", "a", "a@b", "@b.nl", "a@b.", "a@@b.nl", "a b@c.nl", "a@.nl"}) EXPECT_FALSE(is_email(bad)) << bad;
  EXPECT_TRUE(is_email("a.b+c@d.example"));
  MedewerkerInvoer m{"Nep\n{\"actie\":\"x\"}", "X@Y.NL", "org", "actief", {}};
  Validation v;
  valideer(m, v);
  EXPECT_FALSE(v.ok());
  EXPECT_EQ(m.email, "x@y.nl");
}

TEST(Auditregel, C1ControlsLineSeparatorsAndBadUtf8Become_ReplacementCharacters) {
  EXPECT_EQ(audit_veilig("a\xC2\x85" "b\xE2\x80\xA8" "c\x85"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD");
  EXPECT_EQ(audit_veilig("één"), "één");
  EXPECT_TRUE(is_nette_tekst("Coen Coördinatie"));
  EXPECT_FALSE(is_nette_tekst("regel\nregel"));
  EXPECT_FALSE(is_nette_tekst("\xE2\x80\xA9"));
  EXPECT_FALSE(is_nette_tekst("\xC3"));
}

}  // namespace
}  // namespace rmt
