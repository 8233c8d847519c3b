// The front door against the binary: the public aanmelding (every bad field, honeypot, rate
// limit, Idempotency-Key, body limits), the status page (same answer for unknown and wrong,
// throttled), the queue and triage per regio and role, contacten, werkgevers and intakes, and
// the logs each writes.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "db/sqlite_connection.hpp"
#include "support/login.hpp"
#include "support/server_process.hpp"

namespace rmt {
namespace {

using test::TestSessie;

std::string id_in(const std::string& body) {
  const auto at = body.find("\"id\":\"");
  return at == std::string::npos ? "" : body.substr(at + 6, body.find('"', at + 6) - at - 6);
}

const std::string persoon =
    R"({"soort":"persoon","naam":"Sanne de Vries","email":"sanne@example.org","telefoon":"06 1234 5678",)"
    R"("gemeenteCode":"GM0344","categorie":"van_werk_naar_werk","vraag":"Mijn baan verdwijnt; wat nu?",)"
    R"("kanaal":"web","toestemmingContact":true,"website":""})";

test::HttpResponse indienen(unsigned short port, const std::string& body, const std::string& sleutel = "") {
  std::map<std::string, std::string> headers;
  if (!sleutel.empty()) headers["Idempotency-Key"] = sleutel;
  return test::json_request(port, "POST", "/api/v1/aanmeldingen", body, headers);
}

test::HttpResponse status(unsigned short port, const std::string& ref, const std::string& code) {
  return test::json_request(port, "POST", "/api/v1/aanmeldingen/status",
                            R"({"referentienummer":")" + ref + R"(","code":")" + code + R"("})");
}

void expect_fields(const test::HttpResponse& r, std::initializer_list<const char*> velden) {
  EXPECT_EQ(r.status, 400) << r.body;
  for (const char* veld : velden) {
    EXPECT_NE(r.body.find(std::string("\"name\":\"") + veld + "\""), std::string::npos) << veld << " in " << r.body;
  }
}

class AanmeldingHttp : public testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new test::ServerProcess({"--demo", "--aanmeldingen-per-uur", "1000"}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static unsigned short port() { return server_->port(); }
  static std::int64_t tel(const std::string& sql) {
    return db::open_sqlite({server_->dir() + "/rmt.sqlite"})->query(sql)[0].get<std::int64_t>(0);
  }
  static std::string id_van(const std::string& ref) {
    return db::open_sqlite({server_->dir() + "/rmt.sqlite"})
        ->query("SELECT id FROM aanmelding WHERE referentienummer = $r", {{"r", ref}})[0]
        .get<std::string>(0);
  }
  static test::ServerProcess* server_;
};
test::ServerProcess* AanmeldingHttp::server_ = nullptr;

TEST_F(AanmeldingHttp, EveryBadFieldIsNamedAndNothingIsWritten) {
  const auto tellingen = [] {
    return std::vector<std::int64_t>{tel("SELECT COUNT(*) FROM aanmelding"), tel("SELECT COUNT(*) FROM wijziging"),
                                     tel("SELECT COUNT(*) FROM verwerking"), tel("SELECT COUNT(*) FROM inlogpoging")};
  };
  const auto voor = tellingen();
  expect_fields(indienen(port(), R"({"soort":"werkgever","naam":"","email":"geen-adres","telefoon":"12ab","kvkNummer":"1234",)"
                                 R"("gemeenteCode":"Utrecht","categorie":"iets","vraag":"","kanaal":"fax","toestemmingContact":false})"),
                {"naam", "email", "telefoon", "bedrijfsnaam", "kvkNummer", "gemeenteCode", "categorie", "vraag", "kanaal",
                 "toestemmingContact"});
  expect_fields(indienen(port(), "{}"), {"soort", "naam", "gemeenteCode", "categorie", "vraag", "kanaal"});
  expect_fields(indienen(port(), R"({"soort":"robot","naam":"A","gemeenteCode":"GM0344","categorie":"scholing","vraag":"x","kanaal":"web","toestemmingContact":true})"),
                {"soort", "contact"});
  std::string onbekend = persoon;
  onbekend.replace(onbekend.find("GM0344"), 6, "GM9999");
  onbekend.replace(onbekend.find("sanne@example.org"), 17, "geen-adres");
  expect_fields(indienen(port(), onbekend), {"gemeenteCode", "email"});  // in one answer
  std::string balie = persoon;
  balie.replace(balie.find("\"web\""), 5, "\"balie\"");
  expect_fields(indienen(port(), balie), {"kanaal"});  // the desk channel is for logged-in staff
  std::string honing = persoon;
  honing.replace(honing.find(R"("website":"")"), 12, R"("website":"http://spam.example")");
  expect_fields(indienen(port(), honing), {"website"});
  std::string lang = persoon;
  lang.replace(lang.find("Mijn baan"), 9, std::string(5000, 'x'));
  expect_fields(indienen(port(), lang), {"vraag"});
  EXPECT_EQ(indienen(port(), R"({"soort":"persoon",)").status, 400) << "malformed JSON";
  test::Socket groot(port());  // 3 MB announced: refused before it is read
  groot.send("POST /api/v1/aanmeldingen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3145728\r\n\r\n");
  const auto te_groot = groot.read_response();
  ASSERT_TRUE(te_groot);
  EXPECT_EQ(te_groot->status, 413);
  EXPECT_EQ(tellingen(), voor) << "nothing written: aanmelding, wijziging, Logboek, throttle";
}

TEST_F(AanmeldingHttp, SubmitOnceWithAnIdempotencyKeyAndFollowTheStatus) {
  const std::int64_t voor = tel("SELECT COUNT(*) FROM aanmelding");
  const auto eerste = indienen(port(), persoon, "formulier-1");
  ASSERT_EQ(eerste.status, 201) << eerste.body;
  const std::string ref = test::json_text(eerste.body, "referentienummer");
  const std::string code = test::json_text(eerste.body, "code");
  EXPECT_EQ(ref.size(), 13u);
  EXPECT_EQ(code.size(), 8u);
  EXPECT_EQ(test::json_text(eerste.body, "regioCode"), "AM13");
  EXPECT_EQ(test::json_text(eerste.body, "regioNaam"), "Midden-Utrecht");
  EXPECT_EQ(eerste.header("cache-control"), "no-store");

  const auto tweede = indienen(port(), persoon, "formulier-1");
  ASSERT_EQ(tweede.status, 201);
  EXPECT_EQ(tweede.body, eerste.body) << "the first result again";
  EXPECT_EQ(tweede.header("idempotent-replayed"), "true");
  std::string ander = persoon;
  ander.replace(ander.find("Sanne"), 5, "Sara");
  EXPECT_EQ(indienen(port(), ander, "formulier-1").status, 422) << "a key reused for another request";
  EXPECT_EQ(tel("SELECT COUNT(*) FROM aanmelding"), voor + 1);

  const auto s = status(port(), ref, code);
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(test::json_text(s.body, "status"), "ontvangen");
  for (const char* persoonlijk : {"Sanne", "sanne@example.org", "06 1234", "baan"}) {
    EXPECT_EQ(s.body.find(persoonlijk), std::string::npos) << "no personal data on the status page";
  }
  std::string klein = code;
  for (char& c : klein) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(status(port(), ref, klein).status, 200) << "codes are case-insensitive";

  std::string fout = code;
  fout[0] = fout[0] == 'A' ? 'B' : 'A';
  const auto verkeerd = status(port(), ref, fout);
  const auto onbekend = status(port(), "RMT-ZZZZ-ZZZZ", code);
  EXPECT_EQ(verkeerd.status, 404);
  EXPECT_EQ(onbekend.status, 404);
  EXPECT_EQ(test::json_text(verkeerd.body, "detail"), test::json_text(onbekend.body, "detail"))
      << "a wrong code and an unknown number get the same answer";
}

TEST_F(AanmeldingHttp, QueueAndTriagePerRegioAndRole) {
  const auto made = indienen(port(), persoon);
  ASSERT_EQ(made.status, 201);
  const std::string ref = test::json_text(made.body, "referentienummer");
  const std::string id = id_van(ref);
  const TestSessie front = test::inloggen(port(), "frontoffice@demo.example");
  const TestSessie amsterdam = test::inloggen(port(), "frontoffice.amsterdam@demo.example");
  const TestSessie adviseur = test::inloggen(port(), "adviseur@demo.example");
  const TestSessie beheer = test::inloggen(port(), "beheerder@demo.example");

  const auto rij = front.get("/api/v1/aanmeldingen?pageSize=100");
  ASSERT_EQ(rij.status, 200) << rij.body;
  EXPECT_NE(rij.body.find(ref), std::string::npos);
  EXPECT_NE(rij.body.find("\"wachtMinuten\":"), std::string::npos);
  EXPECT_EQ(rij.body.find("Sanne"), std::string::npos) << "no names in the queue";
  EXPECT_EQ(rij.body.find("baan"), std::string::npos) << "no question text in the queue";
  EXPECT_EQ(amsterdam.get("/api/v1/aanmeldingen?pageSize=100").body.find(ref), std::string::npos);
  EXPECT_EQ(adviseur.get("/api/v1/aanmeldingen").status, 403);
  EXPECT_EQ(beheer.get("/api/v1/aanmeldingen").status, 403);
  EXPECT_EQ(front.get("/api/v1/aanmeldingen?categorie=scholing&pageSize=100").body.find(ref), std::string::npos);
  EXPECT_NE(front.get("/api/v1/aanmeldingen?categorie=van_werk_naar_werk&pageSize=100").body.find(ref), std::string::npos);
  EXPECT_EQ(front.get("/api/v1/aanmeldingen?minWachtdagen=1&pageSize=100").body.find(ref), std::string::npos);
  expect_fields(front.get("/api/v1/aanmeldingen?status=weg&categorie=iets&minWachtdagen=-1"), {"status", "categorie", "minWachtdagen"});

  const auto detail = front.get("/api/v1/aanmeldingen/" + id);
  ASSERT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find("Sanne de Vries"), std::string::npos);
  EXPECT_EQ(detail.header("etag"), "\"1\"");
  EXPECT_EQ(amsterdam.get("/api/v1/aanmeldingen/" + id).status, 404);
  EXPECT_EQ(adviseur.get("/api/v1/aanmeldingen/" + id).status, 403);

  // Assign: to an organisation of the regio, with the current version.
  const std::string org = id_in(front.get("/api/v1/organisaties").body);
  const std::string org_amsterdam = id_in(amsterdam.get("/api/v1/organisaties").body);
  const std::string toewijzing = "/api/v1/aanmeldingen/" + id + "/toewijzing";
  EXPECT_EQ(front.send("POST", toewijzing, R"({"organisatieId":")" + org + R"("})").status, 428);
  expect_fields(front.send("POST", toewijzing, R"({"organisatieId":")" + org_amsterdam + R"("})", {{"If-Match", "\"1\""}}),
                {"organisatieId"});
  expect_fields(front.send("POST", toewijzing, "{}", {{"If-Match", "\"1\""}}), {"organisatieId"});
  const std::string femke = id_in(amsterdam.get("/api/v1/sessie").body);
  expect_fields(front.send("POST", toewijzing, R"({"medewerkerId":")" + femke + R"("})", {{"If-Match", "\"1\""}}),
                {"medewerkerId"});  // works in another regio
  const std::string ahmed = id_in(adviseur.get("/api/v1/sessie").body);
  std::string uwv;
  const auto organisaties = boost::json::parse(front.get("/api/v1/organisaties?pageSize=100").body);
  for (const auto& o : organisaties.at("_embedded").at("organisaties").as_array()) {
    if (o.at("naam") == "UWV Utrecht") uwv = std::string(o.at("id").as_string());
  }
  ASSERT_FALSE(uwv.empty());
  expect_fields(front.send("POST", toewijzing, R"({"organisatieId":")" + uwv + R"(","medewerkerId":")" + ahmed + R"("})",
                           {{"If-Match", "\"1\""}}),
                {"medewerkerId"});  // not of that organisation
  const auto toegewezen = front.send("POST", toewijzing, R"({"organisatieId":")" + org + R"("})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(toegewezen.status, 200) << toegewezen.body;
  EXPECT_EQ(test::json_text(toegewezen.body, "status"), "toegewezen");
  EXPECT_EQ(toegewezen.header("etag"), "\"2\"");
  EXPECT_EQ(front.send("POST", toewijzing, R"({"organisatieId":")" + org + R"("})", {{"If-Match", "\"1\""}}).status, 412);
  EXPECT_EQ(test::json_text(status(port(), ref, test::json_text(made.body, "code")).body, "status"), "in_behandeling");

  // Turn into a klant: the klant first, then the link.
  const auto klant = front.send("POST", "/api/v1/klanten",
                                R"({"naam":"Sanne de Vries","geboortedatum":"1985-03-14","woongemeenteCode":"GM0344"})");
  ASSERT_EQ(klant.status, 201);
  const std::string omzetting = "/api/v1/aanmeldingen/" + id + "/omzetting";
  expect_fields(front.send("POST", omzetting, R"({"werkgeverId":"x"})", {{"If-Match", "\"2\""}}), {"werkgeverId"});
  const auto klant_elders = amsterdam.send("POST", "/api/v1/klanten",
                                           R"({"naam":"Elders","geboortedatum":"1985-03-14","woongemeenteCode":"GM0363"})");
  expect_fields(front.send("POST", omzetting, R"({"klantId":")" + id_in(klant_elders.body) + R"("})", {{"If-Match", "\"2\""}}),
                {"klantId"});  // a klant of another regio
  const auto omgezet = front.send("POST", omzetting, R"({"klantId":")" + id_in(klant.body) + R"("})", {{"If-Match", "\"2\""}});
  ASSERT_EQ(omgezet.status, 200) << omgezet.body;
  EXPECT_EQ(test::json_text(omgezet.body, "status"), "klant");
  EXPECT_EQ(front.send("POST", "/api/v1/aanmeldingen/" + id + "/afsluiting", R"({"uitkomst":"anders"})", {{"If-Match", "\"3\""}}).status,
            409)
      << "already handled";
  EXPECT_EQ(test::json_text(status(port(), ref, test::json_text(made.body, "code")).body, "status"), "afgerond");
  EXPECT_EQ(tel("SELECT COUNT(*) FROM wijziging WHERE object_id = '" + id + "'"), 3);
  const TestSessie privacy = test::inloggen(port(), "privacy@demo.example");
  const auto logboek = privacy.send("POST", "/api/v1/verwerkingen/zoeken", R"({"soort":"aanmelding","identificatie":")" + id + R"("})");
  EXPECT_NE(logboek.body.find("aanmelding_gelezen"), std::string::npos) << logboek.body;
  EXPECT_NE(logboek.body.find("aanmelding_omgezet"), std::string::npos);
  const auto klant_logboek = privacy.send("POST", "/api/v1/verwerkingen/zoeken",
                                          R"({"soort":"klant","identificatie":")" + id_in(klant.body) + R"("})");
  EXPECT_NE(klant_logboek.body.find("aanmelding_omgezet"), std::string::npos) << "the klant's own history shows the link";
}

TEST_F(AanmeldingHttp, CloseAsContactAndTheContactList) {
  const std::string ref = test::json_text(indienen(port(), persoon).body, "referentienummer");
  const std::string id = id_van(ref);
  const TestSessie front = test::inloggen(port(), "frontoffice@demo.example");
  const std::string afsluiting = "/api/v1/aanmeldingen/" + id + "/afsluiting";
  expect_fields(front.send("POST", afsluiting, R"({"uitkomst":"doorverwezen"})", {{"If-Match", "\"1\""}}), {"doorverwezenNaar"});
  expect_fields(front.send("POST", afsluiting, R"({"uitkomst":"weg"})", {{"If-Match", "\"1\""}}), {"uitkomst"});
  const auto gesloten = front.send("POST", afsluiting, R"({"uitkomst":"doorverwezen","doorverwezenNaar":"Leerwerkloket Utrecht"})",
                                   {{"If-Match", "\"1\""}});
  ASSERT_EQ(gesloten.status, 200) << gesloten.body;
  const std::string contact = test::json_text(gesloten.body, "contactId");
  ASSERT_FALSE(contact.empty());
  const auto lijst = front.get("/api/v1/contacten");
  EXPECT_NE(lijst.body.find(contact), std::string::npos);
  EXPECT_NE(lijst.body.find("Leerwerkloket Utrecht"), std::string::npos);
  const TestSessie amsterdam = test::inloggen(port(), "frontoffice.amsterdam@demo.example");
  EXPECT_EQ(amsterdam.get("/api/v1/contacten").body.find(contact), std::string::npos);

  // A contact without an aanmelding (gidsfunctie at the desk).
  expect_fields(front.send("POST", "/api/v1/contacten", R"({"regioCode":"13","kanaal":"fax","onderwerp":"x","uitkomst":"y","toelichting":"a\u0001b"})"),
                {"regioCode", "kanaal", "onderwerp", "uitkomst", "toelichting"});
  EXPECT_EQ(front.send("POST", "/api/v1/contacten", R"({"regioCode":"AM18","kanaal":"balie","onderwerp":"loopbaan","uitkomst":"anders"})").status,
            403);
  EXPECT_EQ(front.send("POST", "/api/v1/contacten", R"({"regioCode":"AM13","kanaal":"balie","onderwerp":"loopbaan","uitkomst":"anders","klantId":"bestaat-niet"})").status,
            400);
  const auto balie = front.send("POST", "/api/v1/contacten", R"({"regioCode":"AM13","kanaal":"balie","onderwerp":"loopbaan","uitkomst":"informatie_gegeven","toelichting":"Folder meegegeven"})");
  EXPECT_EQ(balie.status, 201) << balie.body;
  EXPECT_EQ(test::inloggen(port(), "adviseur@demo.example").get("/api/v1/contacten").status, 200);
  EXPECT_EQ(test::inloggen(port(), "kassier@demo.example").get("/api/v1/contacten").status, 403);
}

TEST_F(AanmeldingHttp, WerkgeverAanmeldingBecomesAWerkgever) {
  const std::string werkgever =
      R"({"soort":"werkgever","naam":"Piet Bakker","telefoon":"030 123 4567","bedrijfsnaam":"Bakkerij Bakker","kvkNummer":"1234 5678",)"
      R"("gemeenteCode":"GM0344","categorie":"personeelsvraag","vraag":"Wij zoeken twee bakkers.","kanaal":"telefoon","toestemmingContact":true})";
  expect_fields(indienen(port(), werkgever), {"kanaal"});
  const TestSessie front = test::inloggen(port(), "frontoffice@demo.example");
  const auto made = front.send("POST", "/api/v1/aanmeldingen", werkgever);  // a phone call, registered by staff
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string id = id_van(test::json_text(made.body, "referentienummer"));
  EXPECT_EQ(tel("SELECT COUNT(*) FROM auditregel WHERE actie = 'aanmelding_ontvangen' AND actor <> 'publiek'"), 1);
  std::string elders = werkgever;
  elders.replace(elders.find("GM0344"), 6, "GM0363");
  EXPECT_EQ(front.send("POST", "/api/v1/aanmeldingen", elders).status, 403) << "staff register only in their own regio";
  EXPECT_NE(front.get("/api/v1/aanmeldingen/" + id).body.find("\"kvkNummer\":\"12345678\""), std::string::npos);

  expect_fields(front.send("POST", "/api/v1/werkgevers", R"({"bedrijfsnaam":"","kvkNummer":"12","sector":"ruimtevaart","contactpersoon":"","vestigingsgemeenteCode":"X"})"),
                {"bedrijfsnaam", "kvkNummer", "sector", "contactpersoon", "vestigingsgemeenteCode"});
  const std::string body = R"({"bedrijfsnaam":"Bakkerij Bakker","kvkNummer":"12345678","sector":"horeca","contactpersoon":"Piet Bakker","vestigingsgemeenteCode":"GM0344"})";
  const auto w = front.send("POST", "/api/v1/werkgevers", body);
  ASSERT_EQ(w.status, 201) << w.body;
  const std::string wid = id_in(w.body);
  const auto dubbel = front.send("POST", "/api/v1/werkgevers", body);
  EXPECT_EQ(dubbel.status, 409);
  EXPECT_NE(dubbel.body.find(wid), std::string::npos);
  EXPECT_NE(front.send("POST", "/api/v1/werkgevers/zoeken", R"({"kvkNummer":"12345678"})").body.find(wid), std::string::npos);
  EXPECT_NE(front.send("POST", "/api/v1/werkgevers/zoeken", R"({"bedrijfsnaam":"bakk"})").body.find(wid), std::string::npos);
  expect_fields(front.send("POST", "/api/v1/werkgevers/zoeken", R"({"kvkNummer":"12"})"), {"kvkNummer"});
  const TestSessie amsterdam = test::inloggen(port(), "frontoffice.amsterdam@demo.example");
  EXPECT_EQ(amsterdam.get("/api/v1/werkgevers/" + wid).status, 404);
  EXPECT_EQ(amsterdam.send("POST", "/api/v1/werkgevers/zoeken", R"({"kvkNummer":"12345678"})").body.find(wid), std::string::npos);

  const std::string omzetting = "/api/v1/aanmeldingen/" + id + "/omzetting";
  const auto klant = front.send("POST", "/api/v1/klanten", R"({"naam":"Piet Bakker","geboortedatum":"1970-01-01","woongemeenteCode":"GM0344"})");
  expect_fields(front.send("POST", omzetting, R"({"klantId":")" + id_in(klant.body) + R"("})", {{"If-Match", "\"1\""}}), {"klantId"});
  const auto omgezet = front.send("POST", omzetting, R"({"werkgeverId":")" + wid + R"("})", {{"If-Match", "\"1\""}});
  EXPECT_EQ(omgezet.status, 200) << omgezet.body;
  EXPECT_EQ(test::json_text(omgezet.body, "werkgeverId"), wid);
}

TEST_F(AanmeldingHttp, IntakesRecordTheDoelgroepWithADerivedAgeClass) {
  const TestSessie front = test::inloggen(port(), "frontoffice@demo.example");
  const auto klant = front.send("POST", "/api/v1/klanten",
                                R"({"naam":"Intake Persoon","geboortedatum":"2000-06-15","woongemeenteCode":"GM0344","dubbelBevestigd":true})");
  const std::string id = id_in(klant.body);
  const std::string pad = "/api/v1/klanten/" + id + "/intakes";
  expect_fields(front.send("POST", pad, R"({"datum":"2999-01-01","arbeidsmarktpositie":"x","uitkeringssituatie":"y","opleidingsniveau":"z","sector":"q"})"),
                {"datum", "arbeidsmarktpositie", "uitkeringssituatie", "opleidingsniveau", "sector"});
  expect_fields(front.send("POST", pad, R"({"datum":"1999-01-01","arbeidsmarktpositie":"werkzoekend","uitkeringssituatie":"ww","opleidingsniveau":"hoog"})"),
                {"datum"});
  const auto intake = front.send("POST", pad,
                                 R"({"datum":"2026-06-14","arbeidsmarktpositie":"werkend_risico","uitkeringssituatie":"geen","opleidingsniveau":"middelbaar","banenafspraak":false,"statushouder":true,"sector":"zorg"})");
  ASSERT_EQ(intake.status, 201) << intake.body;
  EXPECT_EQ(test::json_text(intake.body, "leeftijdsklasse"), "tot_27") << "25 the day before the 26th birthday";
  EXPECT_EQ(test::json_text(intake.body, "codelijstVersie"), "2026-3");
  EXPECT_NE(front.get(pad).body.find(id_in(intake.body)), std::string::npos);
  const TestSessie amsterdam = test::inloggen(port(), "frontoffice.amsterdam@demo.example");
  EXPECT_EQ(amsterdam.get(pad).status, 404);
  EXPECT_EQ(test::inloggen(port(), "analist@demo.example").get(pad).status, 403);

  const auto lijsten = test::json_request(port(), "GET", "/api/v1/codelijsten", "");
  EXPECT_EQ(lijsten.status, 200);
  EXPECT_NE(lijsten.body.find("\"werkend_risico\""), std::string::npos);
}

TEST(AanmeldingLimiet, OverTheRateLimitPerAddressIsRefusedAndNothingWritten) {
  test::ServerProcess server({"--aanmeldingen-per-uur", "3"});
  for (int i = 0; i < 3; ++i) EXPECT_EQ(indienen(server.port(), persoon).status, 201);
  const auto te_veel = indienen(server.port(), persoon);
  EXPECT_EQ(te_veel.status, 429) << te_veel.body;
  EXPECT_FALSE(te_veel.header("retry-after").empty());
  EXPECT_EQ(db::open_sqlite({server.dir() + "/rmt.sqlite"})->query("SELECT COUNT(*) FROM aanmelding")[0].get<std::int64_t>(0), 3);
}

TEST(AanmeldingLimiet, StatusGuessingIsThrottledPerAddress) {
  test::ServerProcess server;
  const auto tel = [&](const std::string& sql) {
    return db::open_sqlite({server.dir() + "/rmt.sqlite"})->query(sql)[0].get<std::int64_t>(0);
  };
  int gezien_429 = 0;
  for (int i = 0; i < 12; ++i) {
    const auto r = status(server.port(), "RMT-0000-000" + std::to_string(i % 10), "00000000");
    if (r.status == 429) {
      ++gezien_429;
      EXPECT_FALSE(r.header("retry-after").empty());
    } else {
      EXPECT_EQ(r.status, 404);
    }
  }
  EXPECT_GE(gezien_429, 1) << "after 10 failures within 15 minutes the address waits";
  EXPECT_GE(tel("SELECT COUNT(*) FROM inlogpoging WHERE sleutel LIKE 'aanmeldstatus:%'"), 1);
}

}  // namespace
}  // namespace rmt
