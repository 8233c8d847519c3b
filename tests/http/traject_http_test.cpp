// Trajecten and samenwerking against the binary, one server for the suite: the flow from a klant
// to a closed traject with nametingen; involvement-based access (an uninvolved organisation does
// not see the traject, a receiver sees it after accepting and loses it when consent is
// withdrawn); every rejection named and nothing written; If-Match on every change. On both
// databases.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <map>
#include <memory>

#include "domain/tijd.hpp"
#include "domain/traject.hpp"
#include "support/login.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace rmt {
namespace {

using test::HttpResponse;
using test::TestSessie;

boost::json::value parse(const HttpResponse& r) { return boost::json::parse(r.body); }
std::string veld(const HttpResponse& r, const char* naam) { return std::string(parse(r).at(naam).as_string()); }
std::string versie(const HttpResponse& r) { return r.header("etag"); }

void expect_fields(const HttpResponse& r, std::initializer_list<const char*> velden) {
  EXPECT_EQ(r.status, 400) << r.body;
  for (const char* v : velden) {
    EXPECT_NE(r.body.find(std::string("\"name\":\"") + v + "\""), std::string::npos) << v << " in " << r.body;
  }
}

class TrajectHttp : public ::testing::TestWithParam<db::Dialect> {
 protected:
  // One server with the demo region per database, shared by the tests on it. ctest runs each
  // test in a process of its own; a run of the whole binary alternates between the databases and
  // keeps both servers (and their logins: a TOTP code counts once per account and 30 s step).
  void SetUp() override {
    if (GetParam() == db::Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    if (server && database_dialect == GetParam()) return;
    if (server) wissel(geparkeerd[database_dialect]);
    wissel(geparkeerd[GetParam()]);
    database_dialect = GetParam();
    if (!server) start(GetParam());
  }
  static void TearDownTestSuite() {
    server.reset();
    database.reset();
    geparkeerd.clear();
  }

  // What the tests on one database share, while the other database's tests run.
  struct Omgeving {
    std::unique_ptr<test::TestDatabase> database;
    std::unique_ptr<test::ServerProcess> server;
    TestSessie front, adviseur, uwv, gemeente, coordinator, kassier, beheerder, amsterdam;
    std::map<std::string, std::string> org, mens;
    std::string dienst_open, dienst_pauze, dienst_dicht;
  };
  static void wissel(Omgeving& o) {
    std::swap(o.database, database);
    std::swap(o.server, server);
    for (auto [a, b] : {std::pair{&o.front, &front}, {&o.adviseur, &adviseur}, {&o.uwv, &uwv}, {&o.gemeente, &gemeente},
                        {&o.coordinator, &coordinator}, {&o.kassier, &kassier}, {&o.beheerder, &beheerder},
                        {&o.amsterdam, &amsterdam}}) {
      std::swap(*a, *b);
    }
    std::swap(o.org, org);
    std::swap(o.mens, mens);
    std::swap(o.dienst_open, dienst_open);
    std::swap(o.dienst_pauze, dienst_pauze);
    std::swap(o.dienst_dicht, dienst_dicht);
  }

  static void start(db::Dialect dialect) {
    database = std::make_unique<test::TestDatabase>(dialect);
    server = std::make_unique<test::ServerProcess>(std::vector<std::string>{"--database", database->url(), "--demo"});
    const auto port = server->port();
    front = test::inloggen(port, "frontoffice@demo.example");
    adviseur = test::inloggen(port, "adviseur@demo.example");
    uwv = test::inloggen(port, "adviseur.uwv@demo.example");
    gemeente = test::inloggen(port, "adviseur.gemeente@demo.example");
    coordinator = test::inloggen(port, "coordinator@demo.example");
    kassier = test::inloggen(port, "kassier@demo.example");
    beheerder = test::inloggen(port, "beheerder@demo.example");
    amsterdam = test::inloggen(port, "frontoffice.amsterdam@demo.example");
    const auto orgs = parse(coordinator.get("/api/v1/organisaties?pageSize=100"));
    for (const auto& o : orgs.at("_embedded").at("organisaties").as_array()) {
      org[std::string(o.at("naam").as_string())] = std::string(o.at("id").as_string());
    }
    const auto regie = parse(front.get("/api/v1/regievoerders?regioCode=AM13"));
    for (const auto& m : regie.at("regievoerders").as_array()) {
      mens[std::string(m.at("naam").as_string())] = std::string(m.at("id").as_string());
    }
    dienst_open = dienst(R"("naam":"Omscholing zorg","type":"scholing","standaardkostenCent":250000,"maxPerKlant":1)");
    dienst_pauze = dienst(R"("naam":"Coaching","type":"begeleiding","standaardkostenCent":90000,"status":"gepauzeerd")");
    dienst_dicht = dienst(R"("naam":"Oude cursus","type":"scholing","standaardkostenCent":10000,"status":"gesloten")");
  }

  static std::string dienst(const std::string& velden) {
    const auto r = coordinator.send("POST", "/api/v1/diensten",
                                    R"({"regioCode":"AM13","aanbiederId":")" + org["UWV Utrecht"] + R"(",)" + velden + "}");
    EXPECT_EQ(r.status, 201) << r.body;
    return veld(r, "id");
  }

  static std::string klant(const std::string& naam) {
    const auto r = front.send("POST", "/api/v1/klanten",
                              R"({"naam":")" + naam + R"(","geboortedatum":"1968-04-02","woongemeenteCode":"GM0344"})");
    EXPECT_EQ(r.status, 201) << r.body;
    return veld(r, "id");
  }

  // A traject for a new klant with the demo adviseur (Werkcentrum) as regievoerder.
  static HttpResponse traject(const std::string& klant_id, const std::string& extra = "") {
    return front.send("POST", "/api/v1/trajecten",
                      R"({"klantId":")" + klant_id + R"(","categorie":"van_werk_naar_werk","klantvraag":"Ik wil de zorg in.",)"
                      R"("regievoerderId":")" + mens["Ahmed Advies"] + R"(")" + extra + "}");
  }

  // The coordinator approves the interventie's commitment (the demo region has this year's and
  // next year's budget): a service with a cost starts only then.
  static void keur_verplichting_goed(const std::string& interventie_id) {
    const auto lijst = parse(coordinator.get("/api/v1/verplichtingen?status=aangevraagd&pageSize=100"));
    for (const auto& v : lijst.at("_embedded").at("verplichtingen").as_array()) {
      if (v.at("interventieId") != interventie_id.c_str()) continue;
      const auto r = coordinator.send("POST", "/api/v1/verplichtingen/" + std::string(v.at("id").as_string()) + "/beoordeling",
                                      R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"1\""}});
      ASSERT_EQ(r.status, 200) << r.body;
      return;
    }
    FAIL() << "no requested verplichting for " << interventie_id;
  }

  std::int64_t tel(const std::string& tabel) {
    return database->connect()->query("SELECT COUNT(*) FROM " + tabel)[0].get<std::int64_t>(0);
  }

  static inline std::unique_ptr<test::TestDatabase> database;
  static inline db::Dialect database_dialect = db::Dialect::sqlite;
  static inline std::map<db::Dialect, Omgeving> geparkeerd;
  static inline std::unique_ptr<test::ServerProcess> server;
  static inline TestSessie front, adviseur, uwv, gemeente, coordinator, kassier, beheerder, amsterdam;
  static inline std::map<std::string, std::string> org, mens;
  static inline std::string dienst_open, dienst_pauze, dienst_dicht;
};

TEST_P(TrajectHttp, CreatingRefusesEveryBadFieldAndWritesNothing) {
  const auto voor = tel("traject");
  expect_fields(front.send("POST", "/api/v1/trajecten", R"({"categorie":"ruimtevaart","klantvraag":"","regievoerderId":"","startdatum":"2999-01-01"})"),
                {"klantId", "categorie", "klantvraag", "regievoerderId", "startdatum"});
  expect_fields(front.send("POST", "/api/v1/trajecten", R"({"klantId":"nee","categorie":"scholing","klantvraag":"x","regievoerderId":"y"})"),
                {"klantId"});
  const std::string k = klant("Henk de Vries");
  expect_fields(front.send("POST", "/api/v1/trajecten", R"({"klantId":")" + k + R"(","categorie":"scholing","klantvraag":"x","regievoerderId":")" +
                                                           mens["Fenna Front"].substr(0, 3) + R"("})"),
                {"regievoerderId"});
  expect_fields(traject(k, R"(,"werkgeverTrajectId":"onbekend")"), {"werkgeverTrajectId"});
  // Another regio's klant is answered as an unknown one: the id's existence does not leak.
  expect_fields(amsterdam.send("POST", "/api/v1/trajecten", R"({"klantId":")" + k + R"(","categorie":"scholing","klantvraag":"x","regievoerderId":")" +
                                                               mens["Ahmed Advies"] + R"("})"),
                {"klantId"});
  EXPECT_EQ(kassier.send("POST", "/api/v1/trajecten", R"({"klantId":")" + k + R"(","categorie":"scholing","klantvraag":"x","regievoerderId":")" +
                                                         mens["Ahmed Advies"] + R"("})").status,
            403);
  EXPECT_EQ(tel("traject"), voor);
}

TEST_P(TrajectHttp, OnlyInvolvedOrganisationsReadATraject) {
  const auto made = traject(klant("Ria Jansen"));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string pad = "/api/v1/trajecten/" + veld(made, "id");
  EXPECT_EQ(parse(made).at("status"), "aangemeld");
  EXPECT_EQ(adviseur.get(pad).status, 200) << "the regievoerder's organisation holds the regie";
  EXPECT_EQ(front.get(pad).status, 200) << "frontoffice of the same organisation";
  EXPECT_EQ(coordinator.get(pad).status, 200) << "the coordinator sees all trajecten of the regio";
  EXPECT_EQ(uwv.get(pad).status, 404) << "UWV is not involved";
  EXPECT_EQ(gemeente.get(pad).status, 404);
  EXPECT_EQ(gemeente.get(pad + "/tijdlijn").status, 404);
  EXPECT_EQ(gemeente.send("POST", pad + "/notities", R"({"tekst":"hallo"})").status, 404);
  EXPECT_EQ(amsterdam.get(pad).status, 404);
  EXPECT_EQ(kassier.get(pad).status, 403);
  EXPECT_EQ(beheerder.get(pad).status, 403);
  const auto eigen = parse(adviseur.get("/api/v1/trajecten"));
  EXPECT_GE(eigen.at("paginering").at("total").as_int64(), 1) << "the regievoerder's own list";
  for (const auto& t : eigen.at("_embedded").at("trajecten").as_array()) {
    EXPECT_TRUE(t.at("klantvraag").is_null() && t.at("doelen").is_null()) << "the client's words only on the traject itself";
  }
  EXPECT_EQ(parse(uwv.get("/api/v1/trajecten?selectie=organisatie")).at("paginering").at("total").as_int64(), 0);
  EXPECT_EQ(adviseur.get("/api/v1/trajecten?selectie=regio").status, 403) << "the whole regio is the coordinator's";
  expect_fields(adviseur.get("/api/v1/trajecten?selectie=alles&status=klaar&sluitenAanbevolen=ja"),
                {"selectie", "status", "sluitenAanbevolen"});
}

TEST_P(TrajectHttp, AKlantsRecordFollowsItsTrajectenAndTheConsent) {
  const std::string k = klant("Saskia Mulder");
  const std::string kpad = "/api/v1/klanten/" + k;
  const std::string zoek = R"({"naam":"Saskia Mulder","geboortedatum":"1968-04-02"})";
  const auto gevonden = [&](TestSessie& s) {
    const auto r = s.send("POST", "/api/v1/klanten/zoeken", zoek);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.body.find(k) != std::string::npos;
  };
  EXPECT_EQ(uwv.get(kpad).status, 200) << "a klant in no traject yet is being taken in: the regio's";
  const auto made = traject(k);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string pad = "/api/v1/trajecten/" + veld(made, "id");
  for (TestSessie* s : {&adviseur, &front, &coordinator}) EXPECT_EQ(s->get(kpad).status, 200);
  for (TestSessie* s : {&uwv, &gemeente}) {
    EXPECT_EQ(s->get(kpad).status, 404) << "not involved in the klant's traject";
    EXPECT_EQ(s->get(kpad + "/intakes").status, 404);
    EXPECT_EQ(s->send("POST", kpad + "/bsn-onthulling").status, 404);
    EXPECT_EQ(s->send("POST", kpad + "/intakes", R"({"arbeidsmarktpositie":"werkzoekend","uitkeringssituatie":"geen","opleidingsniveau":"hoog"})").status, 404);
    EXPECT_FALSE(gevonden(*s)) << "nor found by searching";
  }
  EXPECT_TRUE(gevonden(adviseur));
  // Contacts about the klant (gidsfunctie) follow the klant.
  const auto contact = front.send("POST", "/api/v1/contacten", R"({"regioCode":"AM13","kanaal":"telefoon","onderwerp":"loopbaan",)"
                                                              R"("uitkomst":"informatie_gegeven","klantId":")" + k + R"("})");
  ASSERT_EQ(contact.status, 201) << contact.body;
  EXPECT_EQ(uwv.get("/api/v1/contacten?klantId=" + k).status, 404);
  EXPECT_EQ(uwv.get("/api/v1/contacten?pageSize=100").body.find(veld(contact, "id")), std::string::npos);
  EXPECT_NE(front.get("/api/v1/contacten?pageSize=100").body.find(veld(contact, "id")), std::string::npos);
  expect_fields(uwv.send("POST", "/api/v1/contacten", R"({"regioCode":"AM13","kanaal":"telefoon","onderwerp":"loopbaan",)"
                                                       R"("uitkomst":"informatie_gegeven","klantId":")" + k + R"("})"),
                {"klantId"});
  const auto dubbel = uwv.send("POST", "/api/v1/klanten", R"({"naam":"Saskia Mulder","geboortedatum":"1968-04-02","woongemeenteCode":"GM0344"})");
  EXPECT_EQ(dubbel.status, 409) << "the same person is not taken in twice";
  EXPECT_EQ(dubbel.body.find(k), std::string::npos) << "but UWV does not learn the klant's id: " << dubbel.body;
  EXPECT_NE(front.send("POST", "/api/v1/klanten", R"({"naam":"Saskia Mulder","geboortedatum":"1968-04-02","woongemeenteCode":"GM0344"})")
                .body.find(k),
            std::string::npos)
      << "the frontoffice does";
  const auto voor = tel("traject");
  expect_fields(uwv.send("POST", "/api/v1/trajecten", R"({"klantId":")" + k + R"(","categorie":"scholing","klantvraag":"x","regievoerderId":")" +
                                                          mens["Umar Uitvoering"] + R"("})"),
                {"klantId"});  // no traject of one's own for another organisation's klant, which stays unknown
  EXPECT_EQ(tel("traject"), voor);
  // Accepted referrals: UWV's toestemming covers the interventies only, the gemeente's the contact details and doelgroep.
  const auto verwijs = [&](TestSessie& naar, const std::string& org_naam, const char* scope) {
    const auto t = adviseur.send("POST", pad + "/toestemmingen", R"({"organisatieId":")" + org[org_naam] + R"(","scope":)" + scope +
                                                                    R"(,"geldigTot":")" + dagen_terug(vandaag(), -90) + R"(","vastgelegdVia":"mondeling"})");
    EXPECT_EQ(t.status, 201) << t.body;
    const auto d = adviseur.send("POST", pad + "/doorverwijzingen", R"({"naarOrganisatieId":")" + org[org_naam] + R"(","toestemmingId":")" +
                                                                        veld(t, "id") + R"(","vraag":"Graag."})");
    EXPECT_EQ(d.status, 201) << d.body;
    EXPECT_EQ(naar.send("POST", "/api/v1/doorverwijzingen/" + veld(d, "id") + "/statuswijzigingen", R"({"status":"geaccepteerd"})",
                        {{"If-Match", "\"1\""}}).status,
              200);
    return veld(t, "id");
  };
  verwijs(uwv, "UWV Utrecht", R"(["interventies"])");
  EXPECT_EQ(uwv.get(pad).status, 200) << "UWV works in the traject";
  EXPECT_EQ(uwv.get(kpad).status, 404) << "but its toestemming does not cover the contact details";
  const std::string toestemming = verwijs(gemeente, "Gemeente Utrecht", R"(["contactgegevens","doelgroep"])");
  EXPECT_EQ(gemeente.get(kpad).status, 200);
  EXPECT_EQ(gemeente.get(kpad + "/intakes").status, 200);
  EXPECT_TRUE(gevonden(gemeente));
  EXPECT_EQ(gemeente.get("/api/v1/contacten?klantId=" + k).status, 200);
  // Working under a toestemming is not holding the regie: no intake, no traject of its own (which
  // would keep the gemeente's access after the consent ends).
  EXPECT_EQ(gemeente.send("POST", kpad + "/intakes", R"({"arbeidsmarktpositie":"werkzoekend","uitkeringssituatie":"geen","opleidingsniveau":"hoog"})").status,
            403);
  EXPECT_EQ(gemeente.send("POST", "/api/v1/trajecten", R"({"klantId":")" + k + R"(","categorie":"scholing","klantvraag":"x","regievoerderId":")" +
                                                           mens["Gijs Gemeente"] + R"("})").status,
            403) << "the gemeente sees the klant, so it is told why";
  EXPECT_EQ(tel("traject"), voor);
  ASSERT_EQ(adviseur.send("POST", "/api/v1/toestemmingen/" + toestemming + "/intrekking").status, 200);
  EXPECT_EQ(gemeente.get(kpad).status, 404) << "consent withdrawn";
}

TEST_P(TrajectHttp, ReferralsToAnInactiveOrganisationRejectedOrWithdrawnGiveNoAccess) {
  const auto made = traject(klant("Daan Verhoef"));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string pad = "/api/v1/trajecten/" + veld(made, "id");
  const auto toestemming = [&](const std::string& org_id) {
    const auto t = adviseur.send("POST", pad + "/toestemmingen", R"({"organisatieId":")" + org_id + R"(","scope":["klantvraag"],"geldigTot":")" +
                                                                    dagen_terug(vandaag(), -90) + R"(","vastgelegdVia":"schriftelijk"})");
    EXPECT_EQ(t.status, 201) << t.body;
    return veld(t, "id");
  };
  const auto verwijs = [&](const std::string& org_id, const std::string& toestemming_id) {
    return adviseur.send("POST", pad + "/doorverwijzingen", R"({"naarOrganisatieId":")" + org_id + R"(","toestemmingId":")" +
                                                                toestemming_id + R"(","vraag":"Kunt u helpen?"})");
  };
  // An organisation that stopped after the klant's consent: no referral to it.
  const std::string body = R"({"naam":"Stopt B.V.","type":"aanbieder","regioCodes":["AM13"]})";
  const auto nieuw = beheerder.send("POST", "/api/v1/organisaties", body);
  ASSERT_EQ(nieuw.status, 201) << nieuw.body;
  const std::string stopt = veld(nieuw, "id");
  const std::string voor_stopt = toestemming(stopt);
  ASSERT_EQ(beheerder.send("PUT", "/api/v1/organisaties/" + stopt, std::string(body).insert(body.size() - 1, R"(,"actief":false)"),
                           {{"If-Match", versie(nieuw)}}).status,
            200);
  const auto verwijzingen = tel("doorverwijzing");
  expect_fields(verwijs(stopt, voor_stopt), {"naarOrganisatieId"});
  EXPECT_EQ(tel("doorverwijzing"), verwijzingen);
  // UWV rejects with a reason: no access.
  const std::string voor_uwv = toestemming(org["UWV Utrecht"]);
  const auto eerste = verwijs(org["UWV Utrecht"], voor_uwv);
  ASSERT_EQ(eerste.status, 201) << eerste.body;
  const auto nee = uwv.send("POST", "/api/v1/doorverwijzingen/" + veld(eerste, "id") + "/statuswijzigingen",
                            R"({"status":"afgewezen","reden":"Geen plek dit kwartaal."})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(nee.status, 200) << nee.body;
  EXPECT_EQ(parse(nee).at("status"), "afgewezen");
  EXPECT_EQ(uwv.get(pad).status, 404);
  // A second referral, accepted, then withdrawn by the sender: access ends with it.
  const auto tweede = verwijs(org["UWV Utrecht"], voor_uwv);
  ASSERT_EQ(tweede.status, 201) << tweede.body;
  const std::string dpad = "/api/v1/doorverwijzingen/" + veld(tweede, "id") + "/statuswijzigingen";
  ASSERT_EQ(uwv.send("POST", dpad, R"({"status":"geaccepteerd"})", {{"If-Match", "\"1\""}}).status, 200);
  EXPECT_EQ(uwv.get(pad).status, 200);
  EXPECT_EQ(uwv.send("POST", dpad, R"({"status":"ingetrokken","reden":"Zelf opgelost."})", {{"If-Match", "\"2\""}}).status, 403)
      << "only the sender withdraws";
  const auto terug = adviseur.send("POST", dpad, R"({"status":"ingetrokken","reden":"De klant heeft zelf werk gevonden."})",
                                   {{"If-Match", "\"2\""}});
  ASSERT_EQ(terug.status, 200) << terug.body;
  EXPECT_EQ(uwv.get(pad).status, 404) << "the referral was withdrawn";
}

TEST_P(TrajectHttp, StatusMachineAndIfMatch) {
  const auto made = traject(klant("Kees Bos"));
  const std::string pad = "/api/v1/trajecten/" + veld(made, "id");
  const std::string status = pad + "/statuswijzigingen";
  EXPECT_EQ(adviseur.send("POST", status, R"({"status":"intake"})").status, 428);
  EXPECT_EQ(adviseur.send("POST", status, R"({"status":"actief"})", {{"If-Match", "\"1\""}}).status, 409)
      << "aangemeld → actief skips the intake";
  expect_fields(adviseur.send("POST", status, R"({"status":"klaar"})", {{"If-Match", "\"1\""}}), {"status"});
  const auto intake = adviseur.send("POST", status, R"({"status":"intake"})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(intake.status, 200) << intake.body;
  EXPECT_EQ(versie(intake), "\"2\"");
  // An intake recorded now is the doelgroep snapshot the traject keeps from actief on.
  const auto vastgelegd = front.send("POST", "/api/v1/klanten/" + std::string(parse(made).at("klantId").as_string()) + "/intakes",
                                     R"({"arbeidsmarktpositie":"werkzoekend","uitkeringssituatie":"geen","opleidingsniveau":"hoog"})");
  ASSERT_EQ(vastgelegd.status, 201) << vastgelegd.body;
  // Two changes with the same version: one wins, the other gets 412.
  const auto a = adviseur.send("POST", status, R"({"status":"actief"})", {{"If-Match", "\"2\""}});
  const auto b = adviseur.send("PUT", pad, R"({"klantId":")" + std::string(parse(made).at("klantId").as_string()) +
                                               R"(","categorie":"scholing","klantvraag":"Anders","regievoerderId":")" +
                                               mens["Ahmed Advies"] + R"("})",
                               {{"If-Match", "\"2\""}});
  EXPECT_EQ(a.status, 200) << a.body;
  EXPECT_EQ(b.status, 412) << b.body;
  ASSERT_TRUE(parse(adviseur.get(pad)).at("intake").is_object());
  EXPECT_EQ(parse(adviseur.get(pad)).at("intake").at("id"), parse(vastgelegd).at("id")) << "kept after a fresh read";
  EXPECT_EQ(parse(adviseur.get(pad)).at("klantvraag"), "Ik wil de zorg in.") << "no silent overwrite";
  // Closing needs a resultaat; werk gevonden needs contractvorm and uren.
  expect_fields(adviseur.send("POST", status, R"({"status":"afgesloten"})", {{"If-Match", "\"3\""}}), {"resultaat"});
  expect_fields(adviseur.send("POST", status, R"({"status":"afgesloten","resultaat":{"uitkomst":"werk_gevonden","datum":")" +
                                                  vandaag() + R"("}})",
                              {{"If-Match", "\"3\""}}),
                {"resultaat.contractvorm", "resultaat.urenPerWeek"});
  expect_fields(adviseur.send("POST", status, R"({"status":"afgesloten","resultaat":{"uitkomst":"uitgevallen","datum":"2001-01-01","urenPerWeek":12}})",
                              {{"If-Match", "\"3\""}}),
                {"resultaat.datum", "resultaat.urenPerWeek"});
  const auto dicht = adviseur.send("POST", status, R"({"status":"afgesloten","resultaat":{"uitkomst":"werk_gevonden","datum":")" +
                                                       vandaag() + R"(","contractvorm":"vast","urenPerWeek":32}})",
                                   {{"If-Match", "\"3\""}});
  ASSERT_EQ(dicht.status, 200) << dicht.body;
  const auto nametingen = parse(dicht).at("nametingen").as_array();
  ASSERT_EQ(nametingen.size(), 3u);
  EXPECT_EQ(nametingen[0].at("geplandOp"), nametingdata(vandaag())[0].c_str());
  EXPECT_EQ(adviseur.send("PUT", "/api/v1/nametingen/" + std::string(nametingen[0].at("id").as_string()),
                          R"({"situatie":"werkend","contractvorm":"vast"})", {{"If-Match", "\"1\""}}).status,
            409) << "not due yet";
  EXPECT_EQ(adviseur.send("POST", pad + "/notities", R"({"tekst":"Nog even gebeld."})").status, 201)
      << "notes on a closed traject are allowed";
  expect_fields(adviseur.send("POST", status, R"({"status":"actief"})", {{"If-Match", "\"4\""}}), {"reden"});
  const auto heropend = adviseur.send("POST", status, R"({"status":"actief","reden":"Baan verloren in proeftijd."})",
                                      {{"If-Match", "\"4\""}});
  ASSERT_EQ(heropend.status, 200) << heropend.body;
  EXPECT_TRUE(parse(heropend).at("nametingen").as_array().empty()) << "open nametingen are dropped on reopening";
  EXPECT_TRUE(parse(heropend).at("resultaat").is_null());
  const auto tijdlijn = parse(adviseur.get(pad + "/tijdlijn")).at("gebeurtenissen").as_array();
  std::vector<std::string> soorten;
  std::vector<std::string> codes;
  for (const auto& g : tijdlijn) {
    soorten.emplace_back(g.at("soort").as_string());
    codes.emplace_back(g.at("code").as_string());
    if (g.at("soort") == "status") {
      EXPECT_EQ(g.at("medewerkerNaam"), "Ahmed Advies") << "who changed the status";
    }
  }
  EXPECT_EQ(std::count(soorten.begin(), soorten.end(), "status"), 4) << "intake, actief, afgesloten, heropend";
  EXPECT_EQ(codes, (std::vector<std::string>{"traject.aangemaakt", "traject.status", "traject.status",
                                             "traject.afgesloten", "notitie.betrokkenen", "traject.heropend"}));
  const auto& aangemaakt = tijdlijn.at(0).at("parameters").as_object();
  EXPECT_EQ(aangemaakt.at("regievoerder"), "Ahmed Advies");
  const auto& afgesloten = tijdlijn.at(3).as_object();
  EXPECT_EQ(afgesloten.at("parameters").at("uitkomst"), "werk_gevonden");
  EXPECT_EQ(afgesloten.at("parameters").at("van"), "actief");
  EXPECT_TRUE(tijdlijn.at(4).at("parameters").as_object().empty()) << "a note has none";
}

TEST_P(TrajectHttp, OpenNametingenGoWithTheRegie) {
  const auto made = traject(klant("Lotte Dekker"));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string pad = "/api/v1/trajecten/" + veld(made, "id");
  const std::string status = pad + "/statuswijzigingen";
  ASSERT_EQ(adviseur.send("POST", status, R"({"status":"intake"})", {{"If-Match", "\"1\""}}).status, 200);
  ASSERT_EQ(adviseur.send("POST", status, R"({"status":"actief"})", {{"If-Match", "\"2\""}}).status, 200);
  const auto dicht = adviseur.send("POST", status, R"({"status":"afgesloten","resultaat":{"uitkomst":"werk_gevonden","datum":")" +
                                                   vandaag() + R"(","contractvorm":"vast","urenPerWeek":32}})",
                                   {{"If-Match", "\"3\""}});
  ASSERT_EQ(dicht.status, 200) << dicht.body;
  const auto gesloten = parse(dicht);
  ASSERT_EQ(gesloten.at("nametingen").as_array().size(), 3u);
  for (const auto& n : gesloten.at("nametingen").as_array()) {
    EXPECT_EQ(n.at("verantwoordelijkeId"), mens["Ahmed Advies"].c_str());
  }
  // The regie passes to a colleague after closing: the open nametingen go with it.
  ASSERT_EQ(mens.count("Nina Nieuw"), 1u);
  const auto over = adviseur.send("PUT", pad, R"({"klantId":")" + std::string(parse(made).at("klantId").as_string()) +
                                                R"(","categorie":"van_werk_naar_werk","klantvraag":"Ik wil de zorg in.","regievoerderId":")" +
                                                mens["Nina Nieuw"] + R"("})",
                                  {{"If-Match", "\"4\""}});
  ASSERT_EQ(over.status, 200) << over.body;
  const auto overgedragen = parse(over);
  ASSERT_EQ(overgedragen.at("nametingen").as_array().size(), 3u);
  for (const auto& n : overgedragen.at("nametingen").as_array()) {
    EXPECT_EQ(n.at("verantwoordelijkeId"), mens["Nina Nieuw"].c_str());
  }
}

TEST_P(TrajectHttp, InterventiesFromTheCatalogue) {
  const auto made = traject(klant("Ans Smit"));
  const std::string id = veld(made, "id");
  const std::string pad = "/api/v1/trajecten/" + id + "/interventies";
  const auto voor = tel("interventie");
  expect_fields(adviseur.send("POST", pad, R"({"dienstId":"x","geplandBegin":"2027-02-01","geplandEinde":"2027-01-01","kostenCent":-5})"),
                {"geplandEinde", "kostenCent"});
  expect_fields(adviseur.send("POST", pad, R"({"dienstId":"onbekend","geplandBegin":"2027-01-01","geplandEinde":"2027-02-01"})"),
                {"dienstId"});
  for (const auto& dicht : {dienst_pauze, dienst_dicht}) {
    expect_fields(adviseur.send("POST", pad, R"({"dienstId":")" + dicht + R"(","geplandBegin":"2027-01-01","geplandEinde":"2027-02-01"})"),
                  {"dienstId"});
  }
  const std::string body = R"({"dienstId":")" + dienst_open + R"(","geplandBegin":"2027-01-04","geplandEinde":"2027-06-30"})";
  EXPECT_EQ(gemeente.send("POST", pad, body).status, 404) << "not involved";
  EXPECT_EQ(tel("interventie"), voor);
  const auto plan = adviseur.send("POST", pad, body);
  ASSERT_EQ(plan.status, 201) << plan.body;
  EXPECT_EQ(parse(plan).at("kostenCent"), 250000) << "the standard cost unless agreed otherwise";
  EXPECT_EQ(parse(plan).at("verplichting"), (boost::json::value{{"status", "aangevraagd"}, {"reden", nullptr}}));
  const auto gepland = tel("interventie"), verplichtingen = tel("verplichting"), gebeurtenissen = tel("traject_gebeurtenis");
  EXPECT_EQ(adviseur.send("POST", pad, body).status, 409) << "over the dienst's maximum for this klant";
  EXPECT_EQ(tel("interventie"), gepland);
  EXPECT_EQ(tel("verplichting"), verplichtingen);
  EXPECT_EQ(tel("traject_gebeurtenis"), gebeurtenissen);
  const std::string ipad = "/api/v1/interventies/" + veld(plan, "id");
  EXPECT_EQ(adviseur.send("PUT", ipad, R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-06-30","status":"afgerond","werkelijkBegin":")" +
                                           vandaag() + R"(","werkelijkEinde":")" + vandaag() + R"(","resultaat":"diploma"})",
                          {{"If-Match", "\"1\""}}).status,
            409) << "gepland → afgerond skips gestart";
  expect_fields(adviseur.send("PUT", ipad, R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-06-30","status":"gestart","werkelijkBegin":"2999-01-01"})",
                              {{"If-Match", "\"1\""}}),
                {"werkelijkBegin"});
  const std::string start = R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-06-30","status":"gestart","werkelijkBegin":")" + vandaag() + R"("})";
  EXPECT_EQ(adviseur.send("PUT", ipad, start, {{"If-Match", "\"1\""}}).status, 409) << "a service with a cost waits for its commitment";
  keur_verplichting_goed(veld(plan, "id"));
  const auto gestart = adviseur.send("PUT", ipad, start, {{"If-Match", "\"1\""}});
  ASSERT_EQ(gestart.status, 200) << gestart.body;
  EXPECT_EQ(parse(gestart).at("verplichting").at("status"), "goedgekeurd");
  EXPECT_EQ(adviseur.send("PUT", ipad, R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-06-30","status":"gestart","werkelijkBegin":")" +
                                           vandaag() + R"("})",
                          {{"If-Match", "\"1\""}}).status,
            412);
  const auto traject_nu = adviseur.get("/api/v1/trajecten/" + id);
  EXPECT_EQ(parse(traject_nu).at("laatsteDienstOp"), "2027-06-30") << "a running service counts until its planned end";
  EXPECT_EQ(adviseur.send("POST", "/api/v1/trajecten/" + id + "/statuswijzigingen",
                          R"({"status":"afgesloten","resultaat":{"uitkomst":"uitgevallen","datum":")" + vandaag() + R"("}})",
                          {{"If-Match", versie(traject_nu)}}).status,
            409) << "closing waits for running interventies";
}

// The adviser sees on the traject whether an interventie's cost is approved, and why not.
TEST_P(TrajectHttp, AnInterventieShowsWhereItsVerplichtingStands) {
  const std::string id = veld(traject(klant("Rik Bos")), "id");
  const auto gratis = dienst(R"("naam":"Sollicitatietraining","type":"sollicitatietraining","standaardkostenCent":0)");
  const auto zonder = adviseur.send("POST", "/api/v1/trajecten/" + id + "/interventies",
                                    R"({"dienstId":")" + gratis + R"(","geplandBegin":"2027-01-04","geplandEinde":"2027-02-01"})");
  ASSERT_EQ(zonder.status, 201) << zonder.body;
  EXPECT_TRUE(parse(zonder).at("verplichting").is_null()) << "no cost, no verplichting";
  const auto plan = adviseur.send("POST", "/api/v1/trajecten/" + id + "/interventies",
                                  R"({"dienstId":")" + dienst_open + R"(","geplandBegin":"2027-01-04","geplandEinde":"2027-06-30"})");
  ASSERT_EQ(plan.status, 201) << plan.body;
  const std::string iid = veld(plan, "id");
  const auto lijst = parse(coordinator.get("/api/v1/verplichtingen?status=aangevraagd&pageSize=100"));
  std::string vid;
  for (const auto& v : lijst.at("_embedded").at("verplichtingen").as_array()) {
    if (v.at("interventieId") == iid.c_str()) vid = std::string(v.at("id").as_string());
  }
  ASSERT_FALSE(vid.empty());
  ASSERT_EQ(coordinator.send("POST", "/api/v1/verplichtingen/" + vid + "/beoordeling",
                             R"({"besluit":"afgewezen","reden":"Eerst een goedkopere opleiding zoeken."})", {{"If-Match", "\"1\""}}).status,
            200);
  const auto stand = [&] {
    const auto t = parse(adviseur.get("/api/v1/trajecten/" + id));
    for (const auto& i : t.at("interventies").as_array()) {
      if (i.at("id") == iid.c_str()) return i.at("verplichting");
    }
    return boost::json::value();
  };
  EXPECT_EQ(stand(), (boost::json::value{{"status", "afgewezen"}, {"reden", "Eerst een goedkopere opleiding zoeken."}}));
  const std::string ipad = "/api/v1/interventies/" + iid;
  const auto lager = adviseur.send("PUT", ipad, R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-06-30","status":"gepland","kostenCent":180000})",
                                   {{"If-Match", "\"1\""}});
  ASSERT_EQ(lager.status, 200) << lager.body;
  EXPECT_EQ(parse(lager).at("verplichting"), (boost::json::value{{"status", "aangevraagd"}, {"reden", nullptr}}))
      << "another cost is asked again";
  const auto af = adviseur.send("PUT", ipad, R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-06-30","status":"afgebroken","reden":"Werk gevonden."})",
                                {{"If-Match", "\"2\""}});
  ASSERT_EQ(af.status, 200) << af.body;
  EXPECT_EQ(parse(af).at("verplichting").at("status"), "vervallen");
  EXPECT_EQ(stand().at("status"), "vervallen");
}

TEST_P(TrajectHttp, ReferralWithConsentGivesAndTakesAccess) {
  const auto made = traject(klant("Mo Yilmaz"));
  const std::string id = veld(made, "id");
  const std::string pad = "/api/v1/trajecten/" + id;
  const auto plan = adviseur.send("POST", pad + "/interventies",
                                  R"({"dienstId":")" + dienst_open + R"(","geplandBegin":")" + vandaag() + R"(","geplandEinde":")" + vandaag() + R"("})");
  ASSERT_EQ(plan.status, 201) << plan.body;
  keur_verplichting_goed(veld(plan, "id"));
  const auto verwijzingen = tel("doorverwijzing");
  expect_fields(adviseur.send("POST", pad + "/doorverwijzingen", R"({"naarOrganisatieId":")" + org["UWV Utrecht"] +
                                                                      R"(","toestemmingId":"geen","vraag":"Graag scholing."})"),
                {"toestemmingId"});
  expect_fields(adviseur.send("POST", pad + "/toestemmingen", R"({"organisatieId":")" + org["UWV Utrecht"] +
                                                                    R"(","scope":["alles"],"geldigTot":"2001-01-01","vastgelegdVia":"duif"})"),
                {"scope", "geldigTot", "vastgelegdVia"});
  const auto toestemming = adviseur.send("POST", pad + "/toestemmingen",
                                         R"({"organisatieId":")" + org["UWV Utrecht"] + R"(","scope":["klantvraag","interventies"],"geldigTot":")" +
                                             dagen_terug(vandaag(), -90) + R"(","vastgelegdVia":"mondeling"})");
  ASSERT_EQ(toestemming.status, 201) << toestemming.body;
  const std::string tid = veld(toestemming, "id");
  expect_fields(adviseur.send("POST", pad + "/doorverwijzingen", R"({"naarOrganisatieId":")" + org["Gemeente Utrecht"] +
                                                                      R"(","toestemmingId":")" + tid + R"(","vraag":"x"})"),
                {"toestemmingId"});
  expect_fields(adviseur.send("POST", pad + "/doorverwijzingen", R"({"naarOrganisatieId":")" + org["Werkcentrum Groot Amsterdam"] +
                                                                      R"(","toestemmingId":")" + tid + R"(","vraag":"x"})"),
                {"naarOrganisatieId"});
  EXPECT_EQ(tel("doorverwijzing"), verwijzingen);
  const auto verwezen = adviseur.send("POST", pad + "/doorverwijzingen", R"({"naarOrganisatieId":")" + org["UWV Utrecht"] +
                                                                              R"(","toestemmingId":")" + tid + R"(","vraag":"Graag scholing."})");
  ASSERT_EQ(verwezen.status, 201) << verwezen.body;
  const std::string dpad = "/api/v1/doorverwijzingen/" + veld(verwezen, "id") + "/statuswijzigingen";
  EXPECT_EQ(uwv.get(pad).status, 404) << "no access before accepting";
  const auto inbox = parse(uwv.get("/api/v1/doorverwijzingen?map=inbox&status=verstuurd"));
  EXPECT_GE(inbox.at("paginering").at("total").as_int64(), 1);
  EXPECT_NE(uwv.get("/api/v1/doorverwijzingen?map=inbox&status=verstuurd&pageSize=100").body.find("Graag scholing."), std::string::npos)
      << "the question, under a valid toestemming";
  EXPECT_EQ(parse(adviseur.get("/api/v1/doorverwijzingen?map=outbox")).at("paginering").at("total").as_int64() >= 1, true);
  EXPECT_EQ(gemeente.send("POST", dpad, R"({"status":"geaccepteerd"})", {{"If-Match", "\"1\""}}).status, 404)
      << "addressed to another organisation";
  const auto zelf = adviseur.send("POST", dpad, R"({"status":"geaccepteerd"})", {{"If-Match", "\"1\""}});
  EXPECT_EQ(zelf.status, 403) << "the sender cannot accept its own referral: " << zelf.body;
  expect_fields(uwv.send("POST", dpad, R"({"status":"afgewezen"})", {{"If-Match", "\"1\""}}), {"reden"});
  const auto ja = uwv.send("POST", dpad, R"({"status":"geaccepteerd"})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(ja.status, 200) << ja.body;

  const auto gezien = uwv.get(pad);
  ASSERT_EQ(gezien.status, 200) << "accepted: UWV works in the traject";
  EXPECT_EQ(parse(gezien).at("klantvraag"), "Ik wil de zorg in.");
  EXPECT_TRUE(parse(gezien).at("intake").is_null()) << "the doelgroep is outside the consent's scope";
  EXPECT_EQ(gemeente.get(pad).status, 404) << "still not the gemeente";
  EXPECT_EQ(uwv.send("POST", pad + "/statuswijzigingen", R"({"status":"intake"})", {{"If-Match", versie(gezien)}}).status, 403)
      << "a partner works in the traject; the regie changes it";
  EXPECT_EQ(uwv.send("PUT", pad, R"({"klantId":")" + std::string(parse(gezien).at("klantId").as_string()) +
                                     R"(","categorie":"scholing","klantvraag":"Anders","regievoerderId":")" + mens["Umar Uitvoering"] + R"("})",
                     {{"If-Match", versie(gezien)}}).status,
            403);
  // UWV records the interventie's result; the regie sees it.
  const std::string ipad = "/api/v1/interventies/" + veld(plan, "id");
  const std::string datum = vandaag();
  ASSERT_EQ(uwv.send("PUT", ipad, R"({"geplandBegin":")" + datum + R"(","geplandEinde":")" + datum + R"(","status":"gestart","werkelijkBegin":")" + datum + R"("})",
                     {{"If-Match", "\"1\""}}).status,
            200);
  ASSERT_EQ(uwv.send("PUT", ipad, R"({"geplandBegin":")" + datum + R"(","geplandEinde":")" + datum + R"(","status":"afgerond","werkelijkBegin":")" + datum +
                                      R"(","werkelijkEinde":")" + datum + R"(","resultaat":"diploma"})",
                     {{"If-Match", "\"2\""}}).status,
            200);
  EXPECT_EQ(parse(adviseur.get(pad)).at("interventies").at(0).at("resultaat"), "diploma");
  {
    const auto tijdlijn = parse(adviseur.get(pad + "/tijdlijn")).at("gebeurtenissen").as_array();
    std::map<std::string, boost::json::object> per_code;
    for (const auto& g : tijdlijn) {
      if (!g.at("code").is_null()) per_code[std::string(g.at("code").as_string())] = g.at("parameters").as_object();
    }
    ASSERT_TRUE(per_code.count("interventie.afgerond"));
    EXPECT_EQ(per_code["interventie.afgerond"].at("resultaat"), "diploma");
    EXPECT_FALSE(per_code["interventie.afgerond"].at("dienst").as_string().empty());
    ASSERT_TRUE(per_code.count("toestemming.vastgelegd"));
    EXPECT_EQ(per_code["toestemming.vastgelegd"].at("organisatie"), "UWV Utrecht");
    ASSERT_TRUE(per_code.count("doorverwijzing.geaccepteerd"));
    EXPECT_EQ(per_code["doorverwijzing.geaccepteerd"].at("organisatie"), "UWV Utrecht");
    EXPECT_TRUE(per_code.count("doorverwijzing.verstuurd") && per_code.count("interventie.gestart"));
  }
  // Notes: an organisation-only note stays there; UWV's consent has no notes for everyone.
  ASSERT_EQ(adviseur.send("POST", pad + "/notities", R"({"tekst":"Intern: schulden.","zichtbaarheid":"organisatie"})").status, 201);
  EXPECT_EQ(uwv.send("POST", pad + "/notities", R"({"tekst":"Voor iedereen"})").status, 403);
  ASSERT_EQ(uwv.send("POST", pad + "/notities", R"({"tekst":"Intern UWV","zichtbaarheid":"organisatie"})").status, 201);
  const auto tijdlijn_uwv = uwv.get(pad + "/tijdlijn");
  EXPECT_EQ(tijdlijn_uwv.body.find("schulden"), std::string::npos);
  EXPECT_NE(tijdlijn_uwv.body.find("Intern UWV"), std::string::npos);
  EXPECT_EQ(adviseur.get(pad + "/tijdlijn").body.find("Intern UWV"), std::string::npos);

  // The klant withdraws consent: the referral ends and UWV is out.
  const auto in = adviseur.send("POST", "/api/v1/toestemmingen/" + tid + "/intrekking");
  ASSERT_EQ(in.status, 200) << in.body;
  EXPECT_FALSE(parse(in).at("ingetrokkenOp").is_null());
  EXPECT_EQ(adviseur.send("POST", "/api/v1/toestemmingen/" + tid + "/intrekking").status, 409);
  EXPECT_EQ(uwv.get(pad).status, 404);
  const auto na_intrekking = tel("traject_gebeurtenis");
  EXPECT_EQ(uwv.send("PUT", ipad, R"({"geplandBegin":")" + datum + R"(","geplandEinde":")" + datum + R"(","status":"afgebroken","reden":"x"})",
                     {{"If-Match", "\"3\""}}).status,
            404) << "acting after consent was withdrawn";
  EXPECT_EQ(uwv.send("POST", pad + "/notities", R"({"tekst":"Nog één ding."})").status, 404);
  EXPECT_EQ(tel("traject_gebeurtenis"), na_intrekking) << "nothing written";
  EXPECT_EQ(parse(adviseur.get(pad)).at("interventies").at(0).at("status"), "afgerond") << "as UWV left it";
  EXPECT_EQ(uwv.send("POST", dpad, R"({"status":"afgerond"})", {{"If-Match", "\"2\""}}).status, 412)
      << "withdrawing the consent changed the referral";
  EXPECT_EQ(uwv.send("POST", dpad, R"({"status":"afgerond"})", {{"If-Match", "\"3\""}}).status, 409)
      << "an ingetrokken referral cannot be finished";
  const auto d = parse(adviseur.get(pad)).at("doorverwijzingen").at(0);
  EXPECT_EQ(d.at("status"), "ingetrokken");
  // The referral that ended with the consent is accounted for like any other change, and its
  // question, shared under that consent, is no longer in the receiver's inbox.
  const std::string did = veld(verwezen, "id");
  const auto vraag_in_inbox = [&](TestSessie& s) {
    const auto postbus = parse(s.get("/api/v1/doorverwijzingen?map=inbox&pageSize=100"));
    for (const auto& item : postbus.at("_embedded").at("doorverwijzingen").as_array()) {
      if (item.at("id") == did.c_str()) return item.at("vraag");
    }
    return boost::json::value("niet in de inbox");
  };
  EXPECT_TRUE(vraag_in_inbox(uwv).is_null());
  auto db = database->connect();
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM auditregel WHERE actie = 'doorverwijzing_ingetrokken' AND object_id = '" + did + "'")[0]
                .get<std::int64_t>(0),
            1);
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM wijziging WHERE object_type = 'doorverwijzing' AND object_id = '" + did + "'")[0]
                .get<std::int64_t>(0),
            3) << "sent, accepted, and ended with the consent";
}

TEST_P(TrajectHttp, NametingenFallDueAndAreRecordedOnce) {
  const auto made = traject(klant("Lies Visser"), R"(,"startdatum":")" + dagen_terug(vandaag(), 500) + R"(")");
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string pad = "/api/v1/trajecten/" + veld(made, "id");
  EXPECT_TRUE(parse(made).at("sluitenAanbevolen").as_bool()) << "no service for more than 90 days";
  const auto dicht = adviseur.send("POST", pad + "/statuswijzigingen",
                                   R"({"status":"afgesloten","resultaat":{"uitkomst":"werk_behouden","datum":")" + dagen_terug(vandaag(), 200) + R"("}})",
                                   {{"If-Match", "\"1\""}});
  ASSERT_EQ(dicht.status, 200) << dicht.body;
  const std::int64_t getoond = tel("verwerking WHERE naam = 'nameting_getoond'");
  const std::int64_t gelezen = tel("auditregel WHERE actie = 'nametingen_gelezen'");
  const auto te_doen = parse(adviseur.get("/api/v1/nametingen?pageSize=100"));
  std::string nameting;
  for (const auto& n : te_doen.at("_embedded").at("nametingen").as_array()) {
    if (n.at("trajectId") != veld(made, "id").c_str()) continue;
    nameting = std::string(n.at("id").as_string());
    EXPECT_EQ(n.at("naam"), "Lies Visser") << "whom the adviser has to reach";
  }
  ASSERT_FALSE(nameting.empty()) << "the 3-month nameting is due: " << te_doen;
  // Showing the names is logged: one audit entry, a Logboek entry per person shown.
  EXPECT_EQ(tel("auditregel WHERE actie = 'nametingen_gelezen'"), gelezen + 1);
  EXPECT_GE(tel("verwerking WHERE naam = 'nameting_getoond'"), getoond + 1);
  EXPECT_EQ(parse(uwv.get("/api/v1/nametingen")).at("paginering").at("total").as_int64(), 0) << "per adviser";
  EXPECT_EQ(tel("auditregel WHERE actie = 'nametingen_gelezen'"), gelezen + 1) << "nothing shown, nothing logged";
  EXPECT_EQ(adviseur.get("/api/v1/nametingen?medewerkerId=" + mens["Umar Uitvoering"]).status, 403);
  EXPECT_EQ(coordinator.get("/api/v1/nametingen?medewerkerId=" + mens["Ahmed Advies"]).status, 200);
  // The coordinator's overview counts the same nametingen per medewerker, and names no klant.
  const auto overzicht = coordinator.get("/api/v1/nametingen-per-medewerker");
  ASSERT_EQ(overzicht.status, 200) << overzicht.body;
  std::string ahmed;  // his row as the job below prints it
  const auto per_medewerker = parse(overzicht);
  for (const auto& m : per_medewerker.at("_embedded").at("medewerkers").as_array()) {
    const std::string wie(m.at("medewerkerId").as_string());
    if (wie == mens["Ahmed Advies"]) {
      ahmed = "\nAhmed Advies\tadviseur@demo.example\t" + std::to_string(m.at("aantal").as_int64()) + "\t" +
              std::string(m.at("oudste").as_string()) + "\n";
    }
    EXPECT_EQ(m.at("aantal"), parse(coordinator.get("/api/v1/nametingen?medewerkerId=" + wie)).at("paginering").at("total"));
    EXPECT_LE(std::string(m.at("oudste").as_string()), vandaag());
  }
  ASSERT_FALSE(ahmed.empty()) << overzicht.body;
  // The same counts from the job for a scheduler (`rmt nametingen`), in another process.
  const std::string job = std::string(RMT_BINARY) + " nametingen --log-level=error --regio AM13 --database '" + database->url() + "'";
  std::string uit;
  if (FILE* pipe = popen(job.c_str(), "r")) {
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) uit.append(buf, n);
    EXPECT_EQ(pclose(pipe), 0) << uit;
  }
  EXPECT_NE(uit.find(ahmed), std::string::npos) << uit;
  EXPECT_EQ(uit.find("Lies Visser"), std::string::npos);
  EXPECT_EQ(overzicht.body.find("Lies Visser"), std::string::npos);
  EXPECT_EQ(parse(coordinator.get("/api/v1/nametingen-per-medewerker?tot=2000-01-01")).at("_embedded").at("medewerkers").as_array().size(), 0U);
  expect_fields(coordinator.get("/api/v1/nametingen-per-medewerker?tot=morgen"), {"tot"});
  for (TestSessie* geen : {&adviseur, &front, &kassier, &amsterdam}) {
    EXPECT_EQ(geen->get("/api/v1/nametingen-per-medewerker").status, 403);
  }
  // A coordinator of another regio (an API token with that role in AM18) sees none of AM13's.
  const auto token = test::inloggen(server->port(), "beheerder.amsterdam@demo.example")
                         .send("POST", "/api/v1/api-tokens",
                               R"({"naam":"Planning Amsterdam","regioCode":"AM18","rollen":["coordinator"],"verlooptOp":")" +
                                   dagen_terug(vandaag(), -90) + R"(T00:00:00Z"})");
  ASSERT_EQ(token.status, 201) << token.body;
  const std::map<std::string, std::string> am18{{"Authorization", "Bearer " + test::json_text(token.body, "token")}};
  const auto elders = test::request(server->port(), "GET", "/api/v1/nametingen-per-medewerker", "", am18);
  ASSERT_EQ(elders.status, 200) << elders.body;
  EXPECT_EQ(parse(elders).at("_embedded").at("medewerkers").as_array().size(), 0U) << elders.body;
  const auto lijst = test::request(server->port(), "GET", "/api/v1/nametingen?medewerkerId=" + mens["Ahmed Advies"], "", am18);
  ASSERT_EQ(lijst.status, 200) << lijst.body;
  EXPECT_EQ(parse(lijst).at("paginering").at("total").as_int64(), 0) << "AM13's nametingen stay in AM13";
  const std::string npad = "/api/v1/nametingen/" + nameting;
  expect_fields(adviseur.send("PUT", npad, R"({"situatie":"werkend","urenPerWeek":99})", {{"If-Match", "\"1\""}}),
                {"contractvorm", "urenPerWeek"});
  EXPECT_EQ(gemeente.send("PUT", npad, R"({"situatie":"niet_werkend"})", {{"If-Match", "\"1\""}}).status, 404);
  const auto ok = adviseur.send("PUT", npad, R"({"situatie":"werkend","contractvorm":"tijdelijk","urenPerWeek":24})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(adviseur.send("PUT", npad, R"({"situatie":"werkend","contractvorm":"vast"})", {{"If-Match", "\"2\""}}).status, 409);
}

TEST_P(TrajectHttp, AnEmployerTrajectFollowsItsEmployees) {
  const auto w = front.send("POST", "/api/v1/werkgevers",
                            R"({"bedrijfsnaam":"Fabriek Utrecht","kvkNummer":"87654321","sector":"industrie","contactpersoon":"Joke Baas","vestigingsgemeenteCode":"GM0344"})");
  ASSERT_EQ(w.status, 201) << w.body;
  expect_fields(front.send("POST", "/api/v1/trajecten", R"({"werkgeverId":")" + veld(w, "id") +
                                                           R"(","categorie":"werk_vinden","klantvraag":"Reorganisatie","regievoerderId":")" + mens["Ahmed Advies"] + R"("})"),
                {"categorie"});
  const auto voor = tel("traject");
  expect_fields(amsterdam.send("POST", "/api/v1/trajecten", R"({"werkgeverId":")" + veld(w, "id") +
                                                               R"(","categorie":"boventalligheid","klantvraag":"x","regievoerderId":")" + mens["Ahmed Advies"] + R"("})"),
                {"werkgeverId"});  // another regio's werkgever, answered as an unknown one
  EXPECT_EQ(tel("traject"), voor);
  const auto wt = front.send("POST", "/api/v1/trajecten", R"({"werkgeverId":")" + veld(w, "id") +
                                                             R"(","categorie":"boventalligheid","klantvraag":"40 banen vervallen.","regievoerderId":")" + mens["Ahmed Advies"] + R"("})");
  ASSERT_EQ(wt.status, 201) << wt.body;
  EXPECT_EQ(parse(wt).at("soort"), "werkgever");
  const std::string wid = veld(wt, "id");
  for (const char* naam : {"Piet Poort", "Sara Stam"}) {
    ASSERT_EQ(traject(klant(naam), R"(,"werkgeverTrajectId":")" + wid + R"(")").status, 201);
  }
  const auto beeld = parse(adviseur.get("/api/v1/trajecten/" + wid));
  EXPECT_EQ(beeld.at("gekoppeldeTrajecten").at("perStatus").at(0).at("aantal"), 2);
  EXPECT_EQ(parse(adviseur.get("/api/v1/trajecten?selectie=organisatie&werkgeverTrajectId=" + wid)).at("paginering").at("total"), 2);
  // The werkgever's page lists its own trajecten.
  const auto eigen = parse(adviseur.get("/api/v1/trajecten?selectie=organisatie&werkgeverId=" + veld(w, "id")));
  EXPECT_EQ(eigen.at("paginering").at("total"), 1);
  EXPECT_EQ(eigen.at("_embedded").at("trajecten").at(0).at("id"), wid.c_str());
  EXPECT_EQ(parse(uwv.get("/api/v1/trajecten?selectie=organisatie&werkgeverId=" + veld(w, "id"))).at("paginering").at("total"), 0)
      << "not UWV's";
}

TEST_P(TrajectHttp, EveryReadAndChangeIsLogged) {
  const auto made = traject(klant("Bert Logboek"));
  const std::string id = veld(made, "id");
  ASSERT_EQ(adviseur.get("/api/v1/trajecten/" + id).status, 200);
  auto db = database->connect();
  const auto tel_waar = [&](const std::string& sql) { return db->query(sql)[0].get<std::int64_t>(0); };
  EXPECT_EQ(tel_waar("SELECT COUNT(*) FROM auditregel WHERE actie = 'traject_gelezen' AND object_id = '" + id + "'"), 1);
  EXPECT_EQ(tel_waar("SELECT COUNT(*) FROM auditregel WHERE actie = 'traject_aangemaakt' AND object_id = '" + id + "'"), 1);
  EXPECT_EQ(tel_waar("SELECT COUNT(*) FROM wijziging WHERE object_type = 'traject' AND object_id = '" + id + "'"), 1);
  EXPECT_GE(tel_waar("SELECT COUNT(*) FROM verwerking WHERE verwerkingsactiviteit_id = 'va-trajecten'"), 2);
  ASSERT_EQ(gemeente.get("/api/v1/trajecten/" + id).status, 404);
  EXPECT_EQ(tel_waar("SELECT COUNT(*) FROM auditregel WHERE actie = 'toegang_geweigerd:casus_lezen' AND object_id = '" + id + "'"), 1)
      << "the refusal is audited";
}

TEST_P(TrajectHttp, AReadWhoseLogCannotBeCommittedIsNotAnswered) {
  const std::string id = veld(traject(klant("Lot Zonderlog")), "id");
  auto db = database->connect();
  const auto gelezen = [&] {
    return db->query("SELECT COUNT(*) FROM auditregel WHERE actie = 'traject_gelezen' AND object_id = '" + id + "'")[0]
        .get<std::int64_t>(0);
  };
  db->execute("ALTER TABLE verwerking RENAME TO verwerking_weg");  // the log writer's commit fails
  const auto r = adviseur.get("/api/v1/trajecten/" + id);
  db->execute("ALTER TABLE verwerking_weg RENAME TO verwerking");
  EXPECT_EQ(r.status, 500) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  EXPECT_EQ(r.body.find("zorg"), std::string::npos) << "the traject's data did not leave unlogged";
  EXPECT_EQ(gelezen(), 0);
  ASSERT_EQ(adviseur.get("/api/v1/trajecten/" + id).status, 200) << "the next read is logged and answered";
  EXPECT_EQ(gelezen(), 1);
}

INSTANTIATE_TEST_SUITE_P(Db, TrajectHttp, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt
