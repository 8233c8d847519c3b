// Login, sessions, CSRF, throttling, API tokens, regio tenancy and the audit trail, against the
// real binary with the demo region (development mode).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

#include "db/sqlite_connection.hpp"
#include "support/http_client.hpp"
#include "support/login.hpp"
#include "support/server_process.hpp"

namespace rmt {
namespace {

using test::HttpResponse;
using test::TestSessie;

class Identiteit : public testing::Test {
 protected:
  static void SetUpTestSuite() { server = new test::ServerProcess({"--demo"}); }
  static void TearDownTestSuite() {
    sessies.clear();
    delete server;
    server = nullptr;
  }
  static unsigned short port() { return server->port(); }
  static std::unique_ptr<db::Connection> database() { return db::open_sqlite({server->dir() + "/rmt.sqlite"}); }
  static std::string eerste(const std::string& body, const std::string& veld) {
    const auto at = body.find("\"" + veld + "\":\"");
    if (at == std::string::npos) return "";
    const auto start = at + veld.size() + 4;
    return body.substr(start, body.find('"', start) - start);
  }
  static std::string id_van(const TestSessie& s) { return eerste(s.get("/api/v1/sessie").body, "id"); }

  // One complete session per account for the whole suite: a TOTP code works once per 30 s.
  static const TestSessie& als(const std::string& email) {
    auto it = sessies.find(email);
    if (it == sessies.end()) it = sessies.emplace(email, test::inloggen(port(), email)).first;
    return it->second;
  }

  static test::ServerProcess* server;
  static std::map<std::string, TestSessie> sessies;
};
test::ServerProcess* Identiteit::server = nullptr;
std::map<std::string, TestSessie> Identiteit::sessies;

TEST_F(Identiteit, PasswordThenTotpGivesACompleteSessionWithANewToken) {
  const TestSessie half = test::wachtwoord_stap(port(), "coordinator@demo.example");
  EXPECT_EQ(test::json_text(half.get("/api/v1/sessie").body, "stap"), "totp");
  const auto r = half.send("POST", "/api/v1/sessie/totp", R"({"code":")" + test::verse_totp("coordinator@demo.example") + R"("})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(test::json_text(r.body, "stap"), "voltooid");
  const std::string nieuw = test::cookie_van(r);
  EXPECT_NE(nieuw, half.cookie);
  const TestSessie heel{port(), nieuw, test::json_text(r.body, "csrfToken")};
  EXPECT_EQ(heel.get("/api/v1/medewerkers").status, 200);
  EXPECT_EQ(half.get("/api/v1/sessie").status, 401) << "the pre-MFA token must die at MFA";
}

TEST_F(Identiteit, SessionCookieFlagsInDevelopment) {
  const auto r = test::json_request(port(), "POST", "/api/v1/sessie",
                                    R"({"email":"kassier@demo.example","wachtwoord":"Werkcentrum-demo-2026"})");
  const std::string c = r.header("set-cookie");
  EXPECT_EQ(c.rfind("rmt-sessie=", 0), 0u) << c;
  for (const char* flag : {"; HttpOnly", "; SameSite=Strict", "; Path=/"}) EXPECT_NE(c.find(flag), std::string::npos) << c;
  EXPECT_EQ(r.body.find(c.substr(11, 43)), std::string::npos) << "the token is only in the cookie";
}

TEST_F(Identiteit, WrongPasswordAndUnknownAccountGetTheSameAnswer) {
  const auto fout = test::json_request(port(), "POST", "/api/v1/sessie", R"({"email":"analist@demo.example","wachtwoord":"niet-het-goede-wachtwoord"})");
  const auto onbekend = test::json_request(port(), "POST", "/api/v1/sessie", R"({"email":"niemand@demo.example","wachtwoord":"niet-het-goede-wachtwoord"})");
  EXPECT_EQ(fout.status, 401);
  EXPECT_EQ(onbekend.status, 401);
  EXPECT_EQ(test::json_text(fout.body, "detail"), test::json_text(onbekend.body, "detail"));
  EXPECT_TRUE(fout.header("set-cookie").empty());
}

TEST_F(Identiteit, MissingFieldsAreListed) {
  const auto r = test::json_request(port(), "POST", "/api/v1/sessie", R"({"email":5})");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("\"email\""), std::string::npos);
  EXPECT_NE(r.body.find("\"wachtwoord\""), std::string::npos);
}

TEST_F(Identiteit, MfaIsMandatoryForEveryRoute) {
  const TestSessie half = test::wachtwoord_stap(port(), "privacy@demo.example");
  EXPECT_EQ(half.get("/api/v1/auditregels").status, 403);
  EXPECT_EQ(half.get("/api/v1/organisaties").status, 403);
}

TEST_F(Identiteit, WrongAndReplayedTotpCodesAreRefused) {
  const TestSessie s = test::wachtwoord_stap(port(), "frontoffice@demo.example");
  EXPECT_EQ(s.send("POST", "/api/v1/sessie/totp", R"({"code":"000000"})").status, 401);
  const std::string code = test::verse_totp("frontoffice@demo.example");
  ASSERT_EQ(s.send("POST", "/api/v1/sessie/totp", R"({"code":")" + code + R"("})").status, 200);
  const TestSessie opnieuw = test::wachtwoord_stap(port(), "frontoffice@demo.example");
  EXPECT_EQ(opnieuw.send("POST", "/api/v1/sessie/totp", R"({"code":")" + code + R"("})").status, 401) << "replay";
}

TEST_F(Identiteit, CsrfTokenIsRequiredOnUnsafeMethods) {
  const TestSessie s = test::wachtwoord_stap(port(), "adviseur@demo.example");
  const std::string body = R"({"code":")" + test::verse_totp("adviseur@demo.example") + R"("})";
  EXPECT_EQ(test::json_request(port(), "POST", "/api/v1/sessie/totp", body, {{"Cookie", s.cookie}}).status, 403);
  EXPECT_EQ(test::json_request(port(), "POST", "/api/v1/sessie/totp", body, {{"Cookie", s.cookie}, {"X-CSRF-Token", "fout"}}).status, 403);
  EXPECT_EQ(test::json_text(s.get("/api/v1/sessie").body, "stap"), "totp") << "nothing changed";
  EXPECT_EQ(s.send("POST", "/api/v1/sessie/totp", body).status, 200);
}

TEST_F(Identiteit, ForgedAndTamperedCookiesAreRefused) {
  EXPECT_EQ(test::request(port(), "GET", "/api/v1/sessie", "", {{"Cookie", "rmt-sessie=verzonnen"}}).status, 401);
  TestSessie s = test::wachtwoord_stap(port(), "analist@demo.example");
  s.cookie.back() = s.cookie.back() == 'A' ? 'B' : 'A';
  EXPECT_EQ(s.get("/api/v1/sessie").status, 401);
  EXPECT_EQ(test::request(port(), "GET", "/api/v1/medewerkers").status, 401);
}

TEST_F(Identiteit, ExpiredSessionIsRefusedAndRemoved) {
  const TestSessie s = test::inloggen(port(), "kassier@demo.example");
  ASSERT_EQ(s.get("/api/v1/organisaties").status, 200);
  database()->execute("UPDATE sessie SET verloopt_op = '2000-01-01T00:00:00.000000Z' WHERE medewerker_id ="
                     " (SELECT id FROM medewerker WHERE email = 'kassier@demo.example')");
  const auto r = s.get("/api/v1/organisaties");
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("verlopen"), std::string::npos);
  EXPECT_EQ(database()->query("SELECT COUNT(*) FROM auditregel WHERE actie = 'sessie_verlopen'")[0].get<std::int64_t>(0), 1);
}

TEST_F(Identiteit, LogoutEndsTheSessionOnTheServer) {
  const TestSessie s = test::inloggen(port(), "beheerder.amsterdam@demo.example");
  const auto r = s.send("DELETE", "/api/v1/sessie");
  EXPECT_EQ(r.status, 204);
  EXPECT_NE(r.header("set-cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(s.get("/api/v1/sessie").status, 401);
}

TEST_F(Identiteit, RegioBIsInvisibleToRegioA) {
  const TestSessie& a = als("beheerder@demo.example");
  const TestSessie& b = als("beheerder.amsterdam@demo.example");
  const std::string b_id = id_van(b);
  EXPECT_EQ(a.get("/api/v1/medewerkers/" + b_id).status, 404);
  EXPECT_EQ(b.get("/api/v1/medewerkers/" + b_id).status, 200);
  const std::string b_org = eerste(b.get("/api/v1/organisaties").body, "id");
  EXPECT_EQ(a.get("/api/v1/organisaties/" + b_org).status, 404);
  EXPECT_EQ(a.send("PUT", "/api/v1/organisaties/" + b_org, R"({"naam":"Overgenomen","type":"uwv","regioCodes":["AM13"]})",
                   {{"If-Match", "\"1\""}}).status, 404);
  EXPECT_EQ(a.get("/api/v1/medewerkers?regio=AM18").status, 403);
  EXPECT_EQ(a.send("POST", "/api/v1/organisaties", R"({"naam":"X","type":"uwv","regioCodes":["AM18"]})").status, 403);
  EXPECT_EQ(b.get("/api/v1/organisaties/" + b_org).header("etag"), "\"1\"") << "unchanged";
}

TEST_F(Identiteit, BeheerderReadsNoLogsAndPrivacyManagesNoUsers) {
  const TestSessie& beheer = als("beheerder@demo.example");
  EXPECT_EQ(beheer.get("/api/v1/auditregels").status, 403);
  EXPECT_EQ(beheer.send("POST", "/api/v1/verwerkingen/zoeken", R"({"soort":"medewerker","identificatie":"x"})").status, 403);
  const TestSessie& privacy = als("privacy@demo.example");
  EXPECT_EQ(privacy.get("/api/v1/medewerkers").status, 403);
  const auto log = privacy.get("/api/v1/auditregels?objectType=auditregel");
  EXPECT_EQ(log.status, 200);
  EXPECT_NE(privacy.get("/api/v1/auditregels?objectType=sessie&pageSize=100").body.find("\"inloggen\""), std::string::npos);
  EXPECT_NE(log.body.find("toegang_geweigerd"), std::string::npos) << "denials are audited";
}

TEST_F(Identiteit, OrganisatieCrudWithEveryBadFieldListedAndVersions) {
  const TestSessie& s = als("beheerder@demo.example");
  const auto fout = s.send("POST", "/api/v1/organisaties", R"({"naam":"","type":"club","kvkNummer":"1234","regioCodes":["AM1"]})");
  EXPECT_EQ(fout.status, 400);
  for (const char* veld : {"\"naam\"", "\"type\"", "\"kvkNummer\"", "\"regioCodes[0]\""}) EXPECT_NE(fout.body.find(veld), std::string::npos) << veld;
  const auto nieuw = s.send("POST", "/api/v1/organisaties", R"({"naam":"Leerwerkloket Utrecht","type":"leerwerkloket","kvkNummer":"12345678","regioCodes":["AM13"]})");
  ASSERT_EQ(nieuw.status, 201) << nieuw.body;
  const std::string id = test::json_text(nieuw.body, "id");
  const std::string body = R"({"naam":"Leerwerkloket Midden-Utrecht","type":"leerwerkloket","regioCodes":["AM13"]})";
  EXPECT_EQ(s.send("PUT", "/api/v1/organisaties/" + id, body).status, 428);
  EXPECT_EQ(s.send("PUT", "/api/v1/organisaties/" + id, body, {{"If-Match", "\"1\""}}).status, 200);
  EXPECT_EQ(s.send("PUT", "/api/v1/organisaties/" + id, body, {{"If-Match", "\"1\""}}).status, 412);
  EXPECT_EQ(test::json_text(s.get("/api/v1/organisaties/" + id).body, "naam"), "Leerwerkloket Midden-Utrecht");
  EXPECT_EQ(s.send("POST", "/api/v1/organisaties", "{", {}).status, 400);
  EXPECT_EQ(test::request(port(), "POST", "/api/v1/organisaties", "{}", {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}, {"Content-Type", "text/plain"}}).status, 415);
}

TEST_F(Identiteit, MedewerkerCreateAuditsRolesAndBlockingEndsSessions) {
  const TestSessie& s = als("beheerder@demo.example");
  const std::string org = eerste(s.get("/api/v1/organisaties").body, "id");
  const auto made = s.send("POST", "/api/v1/medewerkers",
                           R"({"naam":"Dirk Dienst","email":"Dirk@Demo.Example","organisatieId":")" + org +
                               R"(","rollen":[{"rol":"adviseur","regioCode":"AM13"}]})");
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string wachtwoord = test::json_text(made.body, "eenmaligWachtwoord");
  EXPECT_EQ(wachtwoord.size(), 20u);
  EXPECT_EQ(s.send("POST", "/api/v1/medewerkers", R"({"naam":"Dubbel","email":"dirk@demo.example","organisatieId":")" + org +
                                                      R"(","rollen":[]})").status, 409);
  EXPECT_EQ(s.send("POST", "/api/v1/medewerkers", R"({"naam":"Ander","email":"a@demo.example","organisatieId":")" + org +
                                                      R"(","rollen":[{"rol":"privacy","regioCode":"AM18"}]})").status, 403);
  auto db = database();
  const std::string id = db->query("SELECT id FROM medewerker WHERE email = 'dirk@demo.example'")[0].get<std::string>(0);
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM auditregel WHERE actie = 'rol_toegekend:adviseur@AM13' AND object_id = $id",
                      {{"id", id}})[0].get<std::int64_t>(0), 1);
  const TestSessie dirk = test::wachtwoord_stap(port(), "dirk@demo.example", wachtwoord);
  EXPECT_EQ(test::json_text(dirk.get("/api/v1/sessie").body, "stap"), "totp-registreren");
  const auto blok = s.send("PUT", "/api/v1/medewerkers/" + id,
                           R"({"naam":"Dirk Dienst","email":"dirk@demo.example","organisatieId":")" + org +
                               R"(","status":"geblokkeerd","rollen":[]})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(blok.status, 200) << blok.body;
  EXPECT_EQ(dirk.get("/api/v1/sessie").status, 401);
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM auditregel WHERE actie = 'rol_ingetrokken:adviseur@AM13' AND object_id = $id",
                      {{"id", id}})[0].get<std::int64_t>(0), 1);
  EXPECT_EQ(test::json_request(port(), "POST", "/api/v1/sessie", R"({"email":"dirk@demo.example","wachtwoord":")" + wachtwoord + R"("})").status, 401);
}

TEST_F(Identiteit, ApiTokensAreScopedExpireAndCanBeRevoked) {
  const TestSessie& s = als("beheerder@demo.example");
  EXPECT_EQ(s.send("POST", "/api/v1/api-tokens", R"({"naam":"x","regioCode":"AM13","rollen":["beheerder"],"verlooptOp":"2099-01-01T00:00:00Z"})").status, 400);
  EXPECT_EQ(s.send("POST", "/api/v1/api-tokens", R"({"naam":"x","regioCode":"AM18","rollen":["coordinator"],"verlooptOp":"2027-06-01T00:00:00Z"})").status, 403);
  const auto made = s.send("POST", "/api/v1/api-tokens", R"({"naam":"Gemeente-systeem","regioCode":"AM13","rollen":["coordinator"],"verlooptOp":"2027-06-01T00:00:00Z"})");
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string token = test::json_text(made.body, "token");
  const std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + token}};
  EXPECT_EQ(test::request(port(), "GET", "/api/v1/medewerkers", "", bearer).status, 200);
  EXPECT_EQ(test::json_request(port(), "POST", "/api/v1/api-tokens", R"({"naam":"y","regioCode":"AM13","rollen":["coordinator"],"verlooptOp":"2027-06-01T00:00:00Z"})", bearer).status, 403);
  auto db = database();
  EXPECT_TRUE(db->query("SELECT id FROM api_token WHERE token_hash = $t", {{"t", token}}).empty()) << "stored hashed";
  const std::string id = db->query("SELECT id FROM api_token WHERE naam = 'Gemeente-systeem'")[0].get<std::string>(0);
  db->execute("UPDATE api_token SET verloopt_op = '2000-01-01T00:00:00.000000Z' WHERE id = $id", {{"id", id}});
  EXPECT_EQ(test::request(port(), "GET", "/api/v1/medewerkers", "", bearer).status, 401);
  db->execute("UPDATE api_token SET verloopt_op = '2099-01-01T00:00:00.000000Z' WHERE id = $id", {{"id", id}});
  EXPECT_EQ(s.send("DELETE", "/api/v1/api-tokens/" + id).status, 204);
  EXPECT_EQ(test::request(port(), "GET", "/api/v1/medewerkers", "", bearer).status, 401);
  EXPECT_EQ(test::request(port(), "GET", "/api/v1/medewerkers", "", {{"Authorization", "Basic eDp5"}}).status, 401);
}

TEST_F(Identiteit, LogInjectionCharactersAreNeutralisedInTheAuditLog) {
  test::request(port(), "POST", "/api/v1/sessie", R"({"email":"x@demo.example","wachtwoord":"fout-fout-fout"})",
                {{"Content-Type", "application/json"}, {"User-Agent", "Mozilla\xE2\x80\xA8{\"actie\":\"nep\"}\xC2\x85\x85"}});
  const auto ua = database()->query("SELECT oorsprong_user_agent FROM auditregel WHERE oorsprong_user_agent LIKE 'Mozilla%'");
  ASSERT_FALSE(ua.empty());
  const std::string waarde = ua[0].get<std::string>(0);
  EXPECT_EQ(waarde.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_EQ(waarde.find("\xC2\x85"), std::string::npos);
  EXPECT_NE(waarde.find("\xEF\xBF\xBD"), std::string::npos);
  const TestSessie& s = als("beheerder@demo.example");
  const auto naam = s.send("POST", "/api/v1/organisaties", R"({"naam":"Nep\n{\"actie\":\"inloggen\"}","type":"uwv","regioCodes":["AM13"]})");
  EXPECT_EQ(naam.status, 400);
  EXPECT_NE(naam.body.find("characters"), std::string::npos);
}

TEST_F(Identiteit, VerwerkingenOfOnePersonAreFoundByTheIdInTheBody) {
  const TestSessie& beheer = als("beheerder@demo.example");
  const std::string id = id_van(als("analist@demo.example"));
  ASSERT_EQ(beheer.get("/api/v1/medewerkers/" + id).status, 200);
  const TestSessie& privacy = als("privacy@demo.example");
  const auto r = privacy.send("POST", "/api/v1/verwerkingen/zoeken", R"({"soort":"medewerker","identificatie":")" + id + R"("})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"medewerker_gelezen\""), std::string::npos);
  EXPECT_NE(r.body.find("\"va-toegang\""), std::string::npos);
  EXPECT_EQ(database()->query("SELECT COUNT(*) FROM verwerking WHERE betrokkene = $id", {{"id", id}})[0].get<std::int64_t>(0), 0)
      << "the subject is pseudonymised";
  EXPECT_EQ(privacy.send("POST", "/api/v1/verwerkingen/zoeken", R"({"soort":"klant"})").status, 400);
}

// Brute force: its own server, because the lock would disturb the other tests.
TEST(IdentiteitThrottling, AccountAndAddressAreLockedAfterRepeatedFailures) {
  test::ServerProcess server({"--demo"});
  const auto poging = [&](const std::string& email, const std::string& wachtwoord) {
    return test::json_request(server.port(), "POST", "/api/v1/sessie",
                              R"({"email":")" + email + R"(","wachtwoord":")" + wachtwoord + R"("})");
  };
  for (int i = 0; i < 5; ++i) EXPECT_EQ(poging("adviseur@demo.example", "geraden-wachtwoord").status, 401);
  const auto geblokkeerd = poging("adviseur@demo.example", test::demo_wachtwoord);
  EXPECT_EQ(geblokkeerd.status, 429) << "even the right password, while locked";
  EXPECT_GT(std::stoi(geblokkeerd.header("retry-after")), 800);
  for (int i = 0; i < 5; ++i) poging("bestaat-niet@demo.example", "geraden-wachtwoord");
  EXPECT_EQ(poging("bestaat-niet@demo.example", "geraden-wachtwoord").status, 429) << "unknown accounts lock alike";
  for (int i = 0; i < 10; ++i) poging("nummer" + std::to_string(i) + "@demo.example", "geraden-wachtwoord");
  EXPECT_EQ(poging("kassier@demo.example", test::demo_wachtwoord).status, 429) << "20 failures from one address";
}

// First login of a new account: TOTP enrolment, recovery codes, forced password change.
TEST(IdentiteitEersteLogin, EnrolmentRecoveryCodesAndPasswordChange) {
  test::ServerProcess server({"--demo"});
  const TestSessie s = test::wachtwoord_stap(server.port(), "nieuw@demo.example");
  EXPECT_EQ(s.send("POST", "/api/v1/sessie/totp", R"({"code":"123456"})").status, 403) << "not enrolled yet";
  const auto reg = s.send("POST", "/api/v1/sessie/totp-registratie");
  ASSERT_EQ(reg.status, 201) << reg.body;
  EXPECT_EQ(test::json_text(reg.body, "otpauthUri").rfind("otpauth://totp/", 0), 0u);
  const std::string geheim = test::json_text(reg.body, "geheim");
  const auto ok = s.send("POST", "/api/v1/sessie/totp-registratie/bevestiging",
                         R"({"code":")" + test::verse_totp("nieuw", geheim) + R"("})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_NE(ok.body.find("\"stap\":\"wachtwoord-wijzigen\""), std::string::npos);
  const auto codes_begin = ok.body.find("\"herstelcodes\":[\"") + 17;
  const std::string herstelcode = ok.body.substr(codes_begin, ok.body.find('"', codes_begin) - codes_begin);
  const auto csrf_at = ok.body.find("\"csrfToken\":\"") + 13;
  const TestSessie w{server.port(), test::cookie_van(ok), ok.body.substr(csrf_at, ok.body.find('"', csrf_at) - csrf_at)};
  EXPECT_EQ(w.get("/api/v1/medewerkers").status, 403) << "password change first";
  const auto zwak = w.send("PUT", "/api/v1/sessie/wachtwoord", R"({"huidigWachtwoord":"Werkcentrum-demo-2026","nieuwWachtwoord":"wachtwoord123"})");
  EXPECT_EQ(zwak.status, 400);
  EXPECT_NE(zwak.body.find("nieuwWachtwoord"), std::string::npos);
  EXPECT_EQ(w.send("PUT", "/api/v1/sessie/wachtwoord", R"({"huidigWachtwoord":"fout-fout-fout-fout","nieuwWachtwoord":"Een-lange-zin-voor-Nina-2026"})").status, 400);
  EXPECT_EQ(w.send("PUT", "/api/v1/sessie/wachtwoord", R"({"huidigWachtwoord":"Werkcentrum-demo-2026","nieuwWachtwoord":"Een-lange-zin-voor-Nina-2026"})").status, 204);
  EXPECT_EQ(w.get("/api/v1/organisaties").status, 200);
  // A recovery code works once instead of a TOTP code.
  const TestSessie later = test::wachtwoord_stap(server.port(), "nieuw@demo.example", "Een-lange-zin-voor-Nina-2026");
  EXPECT_EQ(later.send("POST", "/api/v1/sessie/totp", R"({"herstelcode":")" + herstelcode + R"("})").status, 200);
  const TestSessie nog = test::wachtwoord_stap(server.port(), "nieuw@demo.example", "Een-lange-zin-voor-Nina-2026");
  EXPECT_EQ(nog.send("POST", "/api/v1/sessie/totp", R"({"herstelcode":")" + herstelcode + R"("})").status, 401);
}

std::string run(const std::string& command, int& exit_code) {
  std::string out;
  FILE* p = ::popen((command + " 2>&1").c_str(), "r");
  char buf[512];
  while (p && std::fgets(buf, sizeof buf, p)) out += buf;
  const int status = p ? ::pclose(p) : -1;
  exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

TEST(IdentiteitCli, CreateUserAuditVerifyAndTamperDetection) {
  char tmpl[] = "/tmp/rmt-cli-test-XXXXXX";
  const std::string dir = ::mkdtemp(tmpl);
  const std::string common = " --database sqlite://" + dir + "/rmt.sqlite --mode development --key-file " + dir + "/keys";
  int code = 0;
  const std::string made = run(std::string(RMT_BINARY) + " admin create-user --naam 'Eerste Beheerder' --email eerste@demo.example --regio AM13" + common, code);
  EXPECT_EQ(code, 0) << made;
  EXPECT_NE(made.find("Eenmalig wachtwoord"), std::string::npos);
  EXPECT_NE(run(std::string(RMT_BINARY) + " audit verify" + common, code).find("in orde"), std::string::npos);
  EXPECT_EQ(code, 0);
  auto db = db::open_sqlite({dir + "/rmt.sqlite"});
  db->execute("UPDATE auditregel SET actor = 'iemand-anders' WHERE volgnummer = 2");
  const std::string broken = run(std::string(RMT_BINARY) + " audit verify" + common, code);
  EXPECT_EQ(code, 3) << broken;
  EXPECT_NE(broken.find("volgnummer 2"), std::string::npos) << broken;
  const std::string refused = run(std::string(RMT_BINARY) + " serve --listen 127.0.0.1:0 --mode production --key-file " + dir +
                                      "/bestaat-niet --database sqlite://" + dir + "/rmt.sqlite",
                                  code);
  EXPECT_EQ(code, 2) << refused;
  EXPECT_NE(refused.find("Geen sleutels"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rmt

namespace rmt {
namespace {

// Review findings: wrong TOTP codes count against the account; a beheerder cannot take over
// someone who also holds a role in another regio; another regio's roles are not shown.
TEST(IdentiteitReview, WrongTotpCodesLockTheAccountAcrossSessions) {
  test::ServerProcess server({"--demo"});
  for (int sessie = 0; sessie < 2; ++sessie) {
    const TestSessie s = test::wachtwoord_stap(server.port(), "coordinator@demo.example");
    for (int i = 0; i < 3 && sessie * 3 + i < 5; ++i) {
      const auto r = s.send("POST", "/api/v1/sessie/totp", R"({"code":"000000"})");
      EXPECT_TRUE(r.status == 401 || r.status == 429) << r.status;
    }
  }
  const auto r = test::json_request(server.port(), "POST", "/api/v1/sessie",
                                    R"({"email":"coordinator@demo.example","wachtwoord":"Werkcentrum-demo-2026"})");
  EXPECT_EQ(r.status, 429) << "five wrong codes over two sessions lock the account";
}

TEST(IdentiteitReview, NoTakeOverOfSomeoneWithARoleInAnotherRegio) {
  test::ServerProcess server({"--demo"});
  const TestSessie beheer = test::inloggen(server.port(), "beheerder@demo.example");
  auto db = db::open_sqlite({server.dir() + "/rmt.sqlite"});
  const std::string id = db->query("SELECT id FROM medewerker WHERE email = 'adviseur@demo.example'")[0].get<std::string>(0);
  db->execute("INSERT INTO medewerker_rol (medewerker_id, rol, regio_code) VALUES ($id, 'beheerder', 'AM18')", {{"id", id}});
  const auto gelezen = beheer.get("/api/v1/medewerkers/" + id);
  ASSERT_EQ(gelezen.status, 200);
  EXPECT_EQ(gelezen.body.find("AM18"), std::string::npos) << "another regio's roles are not shown";
  EXPECT_EQ(beheer.send("POST", "/api/v1/medewerkers/" + id + "/herstel").status, 403);
  const std::string org = db->query("SELECT organisatie_id FROM medewerker WHERE id = $id", {{"id", id}})[0].get<std::string>(0);
  const std::string body = R"({"naam":"Ahmed Advies","email":"adviseur@demo.example","organisatieId":")" + org + R"(","rollen":[{"rol":"adviseur","regioCode":"AM13"}]})";
  const auto blok = beheer.send("PUT", "/api/v1/medewerkers/" + id, std::string(body).insert(body.size() - 1, R"(,"status":"geblokkeerd")"),
                                {{"If-Match", gelezen.header("etag")}});
  EXPECT_EQ(blok.status, 403);
  const auto naam = beheer.send("PUT", "/api/v1/medewerkers/" + id, std::string(body).replace(body.find("Ahmed Advies"), 12, "Ahmed El Advies"),
                                {{"If-Match", gelezen.header("etag")}});
  EXPECT_EQ(naam.status, 200) << naam.body;
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM medewerker_rol WHERE medewerker_id = $id AND regio_code = 'AM18'", {{"id", id}})[0].get<std::int64_t>(0), 1)
      << "the hidden role stays";
}

}  // namespace
}  // namespace rmt

namespace rmt {
namespace {

TEST_F(Identiteit, PrivacyReadsOnlyTheLogsOfItsOwnRegios) {
  const TestSessie& bram = als("beheerder.amsterdam@demo.example");
  const std::string bram_id = id_van(bram);
  ASSERT_EQ(bram.get("/api/v1/medewerkers/" + bram_id).status, 200);
  const std::string bea_id = id_van(als("beheerder@demo.example"));
  ASSERT_EQ(als("beheerder@demo.example").get("/api/v1/medewerkers/" + bea_id).status, 200);
  const TestSessie& privacy = als("privacy@demo.example");
  EXPECT_EQ(privacy.get("/api/v1/auditregels?actor=" + bea_id).body.find("\"total\":0,"), std::string::npos);
  EXPECT_NE(privacy.get("/api/v1/auditregels?actor=" + bram_id).body.find("\"total\":0,"), std::string::npos) << "AM18's entries";
  const auto zoek = [&](const std::string& id) {
    return privacy.send("POST", "/api/v1/verwerkingen/zoeken", R"({"soort":"medewerker","identificatie":")" + id + R"("})").body;
  };
  EXPECT_EQ(zoek(bea_id).find("\"total\":0,"), std::string::npos);
  EXPECT_NE(zoek(bram_id).find("\"total\":0,"), std::string::npos) << "a person of AM18 has no entries for AM13's officer";
}

// Production mode: keys required, the __Host- cookie with Secure.
TEST(IdentiteitProductie, HostPrefixedSecureCookie) {
  char tmpl[] = "/tmp/rmt-prod-test-XXXXXX";
  const std::string dir = ::mkdtemp(tmpl);
  const std::string db = "sqlite://" + dir + "/rmt.sqlite";
  int code = 0;
  std::string out;
  {
    FILE* p = ::popen((std::string(RMT_BINARY) + " admin create-user --naam Prod --email prod@demo.example --regio AM13 --mode development --key-file " +
                       dir + "/keys --database " + db + " 2>&1").c_str(), "r");
    char buf[512];
    while (p && std::fgets(buf, sizeof buf, p)) out += buf;
    code = p ? ::pclose(p) : -1;
  }
  ASSERT_EQ(code, 0) << out;
  const std::string marker = "inloggen): ";
  const std::string wachtwoord = out.substr(out.find(marker) + marker.size(), 20);
  test::ServerProcess server({"--mode", "production", "--key-file", dir + "/keys", "--database", db});
  const auto r = test::json_request(server.port(), "POST", "/api/v1/sessie",
                                    R"({"email":"prod@demo.example","wachtwoord":")" + wachtwoord + R"("})");
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string c = r.header("set-cookie");
  EXPECT_EQ(c.rfind("__Host-rmt-sessie=", 0), 0u) << c;
  for (const char* flag : {"; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/"}) EXPECT_NE(c.find(flag), std::string::npos) << c;
  EXPECT_EQ(c.find("Domain="), std::string::npos);
  const std::string cookie = test::cookie_van(r);
  EXPECT_EQ(test::json_text(test::request(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", cookie}}).body, "stap"),
            "totp-registreren");
  EXPECT_EQ(test::request(server.port(), "GET", "/api/v1/sessie", "", {{"Cookie", "rmt-sessie" + cookie.substr(cookie.find('='))}}).status, 401)
      << "production reads only the __Host- cookie";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rmt
