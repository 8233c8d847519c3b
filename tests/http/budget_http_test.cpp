// The ontschot budget against the binary, one server for the suite: a budget proposed by the
// coordinator and approved by a kassier; an interventie's commitment (one approver, or two from
// the threshold on) that never overspends a line without an approved overschrijding; invoices
// from the aanbieder with every refusal named and nothing written; the kassier's approval (never
// their own), a frozen payment run with its SEPA file, marked paid; releases; a correctie; the
// reports and year-end export; who may not see or do it; and `rmt budget verify` at the end.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <memory>

#include "db/sqlite_connection.hpp"
#include "domain/tijd.hpp"
#include "support/login.hpp"
#include "support/server_process.hpp"

namespace rmt {
namespace {

using test::HttpResponse;
using test::TestSessie;

boost::json::value parse(const HttpResponse& r) { return boost::json::parse(r.body); }
std::string veld(const HttpResponse& r, const char* naam) { return std::string(parse(r).at(naam).as_string()); }

void expect_fields(const HttpResponse& r, std::initializer_list<const char*> velden, int status = 400) {
  EXPECT_EQ(r.status, status) << r.body;
  for (const char* v : velden) {
    EXPECT_NE(r.body.find(std::string("\"name\":\"") + v + "\""), std::string::npos) << v << " in " << r.body;
  }
}

std::string run(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int status = pclose(p);
  return out + "\nexit=" + std::to_string(WEXITSTATUS(status));
}

const std::string jaar = std::to_string(static_cast<int>(std::chrono::year_month_day(
    std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())).year()));

class BudgetHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = std::make_unique<test::ServerProcess>(std::vector<std::string>{"--demo"});
    const auto port = server->port();
    front = test::inloggen(port, "frontoffice@demo.example");
    adviseur = test::inloggen(port, "adviseur@demo.example");
    coordinator = test::inloggen(port, "coordinator@demo.example");
    coordinator2 = test::inloggen(port, "coordinator2@demo.example");
    kassier = test::inloggen(port, "kassier@demo.example");
    kassier2 = test::inloggen(port, "kassier2@demo.example");
    aanbieder = test::inloggen(port, "aanbieder@demo.example");
    uwv = test::inloggen(port, "adviseur.uwv@demo.example");
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
    const auto d = coordinator.send("POST", "/api/v1/diensten",
                                    R"({"regioCode":"AM13","aanbiederId":")" + org["Opleidingen Utrecht"] +
                                        R"(","naam":"Omscholing techniek","type":"scholing","standaardkostenCent":250000})");
    ASSERT_EQ(d.status, 201) << d.body;
    dienst = veld(d, "id");
    const auto budgetten = parse(kassier.get("/api/v1/budgetten"));
    for (const auto& b : budgetten.at("_embedded").at("budgetten").as_array()) {
      if (b.at("jaar").as_int64() == std::stoi(jaar)) budget = std::string(b.at("id").as_string());
    }
    ASSERT_FALSE(budget.empty()) << "the demo region has this year's budget";
  }
  static void TearDownTestSuite() { server.reset(); }

  std::int64_t tel(const std::string& tabel) {
    auto db = db::open_sqlite({server->dir() + "/rmt.sqlite"});
    return db->query("SELECT COUNT(*) FROM " + tabel)[0].get<std::int64_t>(0);
  }

  // A planned interventie (this year) for a new klant's traject, at `kosten` cents; returns its id.
  static std::string interventie(std::int64_t kosten) {
    const auto k = front.send("POST", "/api/v1/klanten", R"({"naam":"Budget Klant )" + std::to_string(++volgnummer) +
                                                             R"(","geboortedatum":"1975-03-02","woongemeenteCode":"GM0344"})");
    const auto t = front.send("POST", "/api/v1/trajecten", R"({"klantId":")" + veld(k, "id") + R"(","categorie":"scholing",)"
                                                            R"("klantvraag":"Omscholen.","regievoerderId":")" + mens["Ahmed Advies"] + R"("})");
    const auto i = adviseur.send("POST", "/api/v1/trajecten/" + veld(t, "id") + "/interventies",
                                 R"({"dienstId":")" + dienst + R"(","geplandBegin":")" + vandaag() + R"(","geplandEinde":")" +
                                     vandaag() + R"(","kostenCent":)" + std::to_string(kosten) + "}");
    EXPECT_EQ(i.status, 201) << i.body;
    return veld(i, "id");
  }
  static boost::json::value verplichting_van(const std::string& interventie_id) {
    const auto lijst = parse(coordinator.get("/api/v1/verplichtingen?pageSize=100"));
    for (const auto& v : lijst.at("_embedded").at("verplichtingen").as_array()) {
      if (v.at("interventieId") == interventie_id.c_str()) return v;
    }
    ADD_FAILURE() << "no verplichting for " << interventie_id;
    return nullptr;
  }
  static HttpResponse beoordeel(const TestSessie& s, const boost::json::value& v, const std::string& body = R"({"besluit":"goedgekeurd"})") {
    return s.send("POST", "/api/v1/verplichtingen/" + std::string(v.at("id").as_string()) + "/beoordeling", body,
                  {{"If-Match", "\"" + std::to_string(v.at("versie").as_int64()) + "\""}});
  }
  static HttpResponse start(const std::string& interventie_id, const std::string& status = "gestart", const std::string& extra = "") {
    return adviseur.send("PUT", "/api/v1/interventies/" + interventie_id,
                         R"({"geplandBegin":")" + vandaag() + R"(","geplandEinde":")" + vandaag() + R"(","status":")" + status +
                             R"(","werkelijkBegin":")" + vandaag() + R"(")" + extra + "}",
                         {{"If-Match", "\"" + std::to_string(versie_van(interventie_id)) + "\""}});
  }
  // The interventie's version, from the database (there is no GET for one interventie).
  static std::int64_t versie_van(const std::string& interventie_id) {
    auto db = db::open_sqlite({server->dir() + "/rmt.sqlite"});
    return db->query("SELECT versie FROM interventie WHERE id = $id", {{"id", interventie_id}})[0].get<std::int64_t>(0);
  }
  static boost::json::value regel(const std::string& soort) {
    const auto b = parse(kassier.get("/api/v1/budgetten/" + budget));
    for (const auto& r : b.at("regels").as_array()) {
      if (r.at("soort") == soort.c_str()) return r;
    }
    return nullptr;
  }
  static std::int64_t saldo(const std::string& soort, const char* wat) { return regel(soort).at("saldo").at(wat).as_int64(); }
  static std::string declaratie(const std::string& nummer, const std::string& regels, const std::string& extra = "") {
    return R"({"aanbiederId":")" + org["Opleidingen Utrecht"] + R"(","factuurnummer":")" + nummer + R"(","factuurdatum":")" + vandaag() +
           R"(","periodeVan":")" + vandaag() + R"(","periodeTot":")" + vandaag() +
           R"(","iban":"NL91 ABNA 0417 1643 00","bijlage":"dms://facturen/)" + nummer + R"(","regels":)" + regels + extra + "}";
  }

  static inline std::unique_ptr<test::ServerProcess> server;
  static inline TestSessie front, adviseur, coordinator, coordinator2, kassier, kassier2, aanbieder, uwv, beheerder, amsterdam;
  static inline std::map<std::string, std::string> org, mens;
  static inline std::string dienst, budget;
  static inline int volgnummer = 0;
};

TEST_F(BudgetHttp, ABudgetIsProposedByTheCoordinatorAndApprovedByAKassier) {
  const std::string body = R"({"regioCode":"AM13","jaar":2030,"regeling":"Regeling werkcentra 2030","vierOgenVanafCent":500000,)"
                           R"("regels":[{"soort":"personele_inzet","naam":"Personele inzet","bedragCent":10000000},)"
                           R"({"soort":"interventies","naam":"Interventies","bedragCent":25000000}]})";
  const auto voor = tel("budget");
  expect_fields(coordinator.send("POST", "/api/v1/budgetten", R"({"regioCode":"AM13","jaar":1999,"regeling":"","vierOgenVanafCent":-1,"regels":[]})"),
                {"jaar", "regeling", "vierOgenVanafCent", "regels"});
  expect_fields(coordinator.send("POST", "/api/v1/budgetten",
                                 R"({"regioCode":"AM13","jaar":2030,"regeling":"R","vierOgenVanafCent":1,"regels":[{"soort":"feest","naam":"X","bedragCent":1.5},)"
                                 R"({"soort":"overig","naam":"Y","bedragCent":-5}]})"),
                {"regels[0]", "regels[0].soort", "regels[1].bedragCent"});
  expect_fields(coordinator.send("POST", "/api/v1/budgetten",
                                 R"({"regioCode":"AM13","jaar":2030,"regeling":"R","vierOgenVanafCent":1,"regels":[{"soort":"overig","naam":"Y"}]})"),
                {"regels"});
  EXPECT_EQ(kassier.send("POST", "/api/v1/budgetten", body).status, 403) << "the kassier approves, the coordinator proposes";
  EXPECT_EQ(adviseur.send("POST", "/api/v1/budgetten", body).status, 403);
  EXPECT_EQ(coordinator.send("POST", "/api/v1/budgetten", std::string(body).replace(body.find("AM13"), 4, "AM18")).status, 403)
      << "not the coordinator of that regio";
  EXPECT_EQ(tel("budget"), voor);

  const auto made = coordinator.send("POST", "/api/v1/budgetten", body);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(parse(made).at("totaal").at("toegekendCent"), 0) << "nothing is allocated before the kassier approves";
  EXPECT_EQ(coordinator.send("POST", "/api/v1/budgetten", body).status, 409) << "one budget per regio and year";
  const auto wijzigingen = parse(made).at("wijzigingen").as_array();
  ASSERT_EQ(wijzigingen.size(), 2u);
  const std::string w0 = std::string(wijzigingen[0].at("id").as_string());
  const std::string pad = "/api/v1/budgetwijzigingen/" + w0 + "/beoordeling";
  EXPECT_EQ(coordinator.send("POST", pad, R"({"besluit":"goedgekeurd"})").status, 403);
  expect_fields(kassier.send("POST", pad, R"({"besluit":"afgewezen"})"), {"reden"});
  expect_fields(kassier.send("POST", pad, R"({"besluit":"misschien"})"), {"besluit"});
  EXPECT_EQ(parse(kassier.get("/api/v1/budgetwijzigingen")).at("paginering").at("total"), 2) << "the kassier's queue";
  ASSERT_EQ(kassier.send("POST", pad, R"({"besluit":"goedgekeurd"})").status, 200);
  EXPECT_EQ(kassier2.send("POST", pad, R"({"besluit":"goedgekeurd"})").status, 409) << "approving twice";
  ASSERT_EQ(kassier.send("POST", "/api/v1/budgetwijzigingen/" + std::string(wijzigingen[1].at("id").as_string()) + "/beoordeling",
                         R"({"besluit":"afgewezen","reden":"Eerst het jaarplan."})").status,
            200);
  const auto nu = parse(kassier.get("/api/v1/budgetten/" + veld(made, "id")));
  EXPECT_EQ(nu.at("totaal").at("toegekendCent"), 10000000);
  EXPECT_EQ(nu.at("regeling"), "Regeling werkcentra 2030");

  // A reduction below what is committed is refused when approved.
  const std::string regel_id = std::string(nu.at("regels").at(0).at("id").as_string());
  expect_fields(coordinator.send("POST", "/api/v1/budgetten/" + veld(made, "id") + "/wijzigingen",
                                 R"({"regelId":"x","soort":"storting","bedragCent":0,"toelichting":""})"),
                {"soort", "bedragCent", "toelichting"});
  const auto verlaging = coordinator.send("POST", "/api/v1/budgetten/" + veld(made, "id") + "/wijzigingen",
                                          R"({"regelId":")" + regel_id + R"(","soort":"toekenning","bedragCent":-20000000,"toelichting":"Bezuiniging"})");
  ASSERT_EQ(verlaging.status, 201) << verlaging.body;
  EXPECT_EQ(kassier.send("POST", "/api/v1/budgetwijzigingen/" + veld(verlaging, "id") + "/beoordeling", R"({"besluit":"goedgekeurd"})").status, 409)
      << "a line never drops below zero";
  EXPECT_EQ(amsterdam.get("/api/v1/budgetten/" + veld(made, "id")).status, 403) << "no money role";
}

TEST_F(BudgetHttp, FromCommitmentToPaymentWithTheBankFile) {
  const auto beschikbaar = saldo("interventies", "beschikbaarCent");
  const std::string i = interventie(250000);
  auto v = verplichting_van(i);
  EXPECT_EQ(v.at("status"), "aangevraagd");
  EXPECT_EQ(start(i).status, 409) << "a service with a cost starts after its commitment is approved";
  EXPECT_EQ(beoordeel(kassier, v).status, 403) << "the coordinator approves commitments";
  EXPECT_EQ(beoordeel(adviseur, v).status, 403);
  const auto goed = beoordeel(coordinator, v);
  ASSERT_EQ(goed.status, 200) << goed.body;
  EXPECT_EQ(parse(goed).at("status"), "goedgekeurd") << "below the four-eyes threshold one approval books it";
  EXPECT_EQ(beoordeel(coordinator2, v).status, 412) << "stale version";
  EXPECT_EQ(saldo("interventies", "beschikbaarCent"), beschikbaar - 250000);
  EXPECT_EQ(saldo("interventies", "verplichtOpenCent") >= 250000, true);

  // Invoices before the start are refused; then the provider invoices 2,000 of 2,500.
  const auto voor = tel("declaratie");
  const std::string regels = R"([{"interventieId":")" + i + R"(","bedragCent":200000}])";
  expect_fields(aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", regels)), {"regels[0].interventieId"});
  ASSERT_EQ(start(i).status, 200);
  expect_fields(aanbieder.send("POST", "/api/v1/declaraties",
                               R"({"aanbiederId":")" + org["Opleidingen Utrecht"] + R"(","factuurnummer":"F 1?","factuurdatum":"2999-01-01",)"
                               R"("periodeVan":"gisteren","periodeTot":"2020-01-01","iban":"NL91ABNA0417164301","bic":"NOPE","bijlage":"",)"
                               R"("regels":[{"interventieId":")" + i + R"(","bedragCent":-5},{"interventieId":"onbekend","bedragCent":12.5}]})"),
                {"factuurnummer", "factuurdatum", "periodeVan", "iban", "bic", "bijlage", "regels[0].bedragCent", "regels[1].bedragCent"});
  expect_fields(aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", R"([{"interventieId":"onbekend","bedragCent":100}])")),
                {"regels[0].interventieId"});
  expect_fields(aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", R"([{"interventieId":")" + i + R"(","bedragCent":300000}])")),
                {"regels[0].bedragCent"});
  EXPECT_EQ(uwv.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", regels)).status, 403) << "not the aanbieder";
  EXPECT_EQ(tel("declaratie"), voor);
  const auto ingediend = aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", regels), {{"Idempotency-Key", "f-2026-001"}});
  ASSERT_EQ(ingediend.status, 201) << ingediend.body;
  const auto nogmaals = aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", regels), {{"Idempotency-Key", "f-2026-001"}});
  EXPECT_EQ(nogmaals.status, 201) << "a retry gets the first result";
  EXPECT_EQ(veld(nogmaals, "id"), veld(ingediend, "id"));
  EXPECT_EQ(aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-009", regels), {{"Idempotency-Key", "f-2026-001"}}).status, 422)
      << "the same key for another request";
  EXPECT_EQ(parse(ingediend).at("iban"), "NL91ABNA0417164300") << "normalised";
  expect_fields(aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-001", regels)), {"factuurnummer"}, 409);
  expect_fields(aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-002", R"([{"interventieId":")" + i + R"(","bedragCent":60000}])")),
                {"regels[0].bedragCent"});
  EXPECT_EQ(tel("declaratie"), voor + 1);
  EXPECT_EQ(uwv.get("/api/v1/declaraties/" + veld(ingediend, "id")).status, 404) << "another organisation's invoice";
  EXPECT_EQ(parse(aanbieder.get("/api/v1/declaraties")).at("paginering").at("total"), 1);

  // The kassier approves; the submitter cannot approve their own.
  const std::string did = veld(ingediend, "id");
  const std::string dpad = "/api/v1/declaraties/" + did + "/beoordeling";
  EXPECT_EQ(aanbieder.send("POST", dpad, R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"1\""}}).status, 403);
  EXPECT_EQ(coordinator.send("POST", dpad, R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"1\""}}).status, 403);
  const auto zelf = kassier.send("POST", "/api/v1/declaraties",
                                 declaratie("F-2026-K1", R"([{"interventieId":")" + i + R"(","bedragCent":10000}])"));
  ASSERT_EQ(zelf.status, 201) << zelf.body;
  EXPECT_EQ(kassier.send("POST", "/api/v1/declaraties/" + veld(zelf, "id") + "/beoordeling", R"({"besluit":"goedgekeurd"})",
                         {{"If-Match", "\"1\""}}).status,
            403) << "no self-approval";
  ASSERT_EQ(kassier2.send("POST", "/api/v1/declaraties/" + veld(zelf, "id") + "/beoordeling",
                          R"({"besluit":"afgewezen","reden":"Dubbel ingevoerd."})", {{"If-Match", "\"1\""}}).status,
            200);
  const auto goedgekeurd = kassier.send("POST", dpad, R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(goedgekeurd.status, 200) << goedgekeurd.body;
  EXPECT_EQ(kassier2.send("POST", dpad, R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"2\""}}).status, 409) << "approving twice";
  EXPECT_EQ(saldo("interventies", "gedeclareerdCent") >= 200000, true);

  // The payment run: frozen, its file valid against the schema, totals to the cent.
  const std::string ronde_body = R"({"regioCode":"AM13","uitvoeringsdatum":")" + vandaag() +
                                 R"(","debiteurNaam":"Gemeente Utrecht","debiteurIban":"NL20INGB0001234567"})";
  expect_fields(kassier.send("POST", "/api/v1/betaalrondes", R"({"regioCode":"AM13","uitvoeringsdatum":"2001-01-01","debiteurNaam":"",)"
                                                             R"("debiteurIban":"NL20INGB0001234568","debiteurBic":"X"})"),
                {"uitvoeringsdatum", "debiteurNaam", "debiteurIban", "debiteurBic"});
  EXPECT_EQ(coordinator.send("POST", "/api/v1/betaalrondes", ronde_body).status, 403);
  const auto ronde = kassier.send("POST", "/api/v1/betaalrondes", ronde_body, {{"Idempotency-Key", "ronde-1"}});
  ASSERT_EQ(ronde.status, 201) << ronde.body;
  EXPECT_EQ(veld(kassier.send("POST", "/api/v1/betaalrondes", ronde_body, {{"Idempotency-Key", "ronde-1"}}), "id"), veld(ronde, "id"))
      << "a retry gets the same run, not a second one";
  EXPECT_EQ(parse(ronde).at("aantal"), 1);
  EXPECT_EQ(parse(ronde).at("totaalCent"), 200000);
  EXPECT_EQ(kassier.send("POST", "/api/v1/betaalrondes", ronde_body).status, 409) << "nothing left to pay";
  const std::string rpad = "/api/v1/betaalrondes/" + veld(ronde, "id");
  const auto xml = kassier.get(rpad + "/pain001");
  ASSERT_EQ(xml.status, 200);
  EXPECT_NE(xml.header("content-type").find("application/xml"), std::string::npos);
  EXPECT_NE(xml.body.find("<CtrlSum>2000.00</CtrlSum>"), std::string::npos) << xml.body;
  EXPECT_NE(xml.body.find("<NbOfTxs>1</NbOfTxs>"), std::string::npos);
  const std::string bestand = server->dir() + "/ronde.xml";
  std::ofstream(bestand) << xml.body;
  EXPECT_NE(run("xmllint --noout --schema " RMT_SOURCE_DIR "/../shared/standards/iso20022/pain.001.001.03.xsd " + bestand + " 2>&1")
                .find("validates"),
            std::string::npos);
  EXPECT_NE(kassier.get(rpad + "/csv").body.find("2000.00"), std::string::npos);
  EXPECT_EQ(coordinator.get(rpad + "/pain001").status, 403);
  // Frozen: the declaratie in the run cannot be corrected, and the file stays the same.
  EXPECT_EQ(kassier2.send("POST", "/api/v1/declaraties/" + did + "/correctie", R"({"reden":"Te laat"})", {{"If-Match", "\"3\""}}).status, 409);
  EXPECT_EQ(kassier.get(rpad + "/pain001").body, xml.body);

  const auto betaald_voor = saldo("interventies", "betaaldCent");
  const auto betaald = kassier.send("POST", rpad + "/betaling");
  ASSERT_EQ(betaald.status, 200) << betaald.body;
  EXPECT_EQ(kassier.send("POST", rpad + "/betaling").status, 409) << "paid once";
  EXPECT_EQ(saldo("interventies", "betaaldCent"), betaald_voor + 200000);
  EXPECT_EQ(parse(aanbieder.get("/api/v1/declaraties/" + did)).at("status"), "betaald");

  // Finished below its cost: the remainder (2,500 − 2,000 − the rejected 100 counts for nothing) is released.
  const auto verplicht_voor = saldo("interventies", "verplichtCent");
  const auto klaar = adviseur.send("PUT", "/api/v1/interventies/" + i,
                                   R"({"geplandBegin":")" + vandaag() + R"(","geplandEinde":")" + vandaag() + R"(","status":"afgerond","werkelijkBegin":")" +
                                       vandaag() + R"(","werkelijkEinde":")" + vandaag() + R"(","resultaat":"diploma","kostenCent":200000})",
                                   {{"If-Match", "\"2\""}});
  ASSERT_EQ(klaar.status, 200) << klaar.body;
  EXPECT_EQ(saldo("interventies", "verplichtCent"), verplicht_voor - 50000);
  const auto mutaties = parse(kassier.get("/api/v1/budgetten/" + budget + "/mutaties?limit=1000")).at("mutaties").as_array();  // a copy
  EXPECT_EQ(mutaties.back().at("soort"), "vrijval");
  EXPECT_EQ(mutaties.back().at("bedragCent"), -50000);
}

TEST_F(BudgetHttp, FourEyesAndNoOverspendWithoutAnOverschrijding) {
  const auto beschikbaar = saldo("interventies", "beschikbaarCent");
  const std::string groot = interventie(beschikbaar - 100000);  // above the threshold: two coordinators
  auto v = verplichting_van(groot);
  const auto eerste = beoordeel(coordinator, v);
  ASSERT_EQ(eerste.status, 200) << eerste.body;
  EXPECT_EQ(parse(eerste).at("status"), "eerste_akkoord");
  EXPECT_EQ(saldo("interventies", "beschikbaarCent"), beschikbaar) << "nothing booked on the first approval";
  v = verplichting_van(groot);
  EXPECT_EQ(beoordeel(coordinator, v).status, 403) << "the second approval is someone else's";
  ASSERT_EQ(beoordeel(coordinator2, v).status, 200);
  EXPECT_EQ(saldo("interventies", "beschikbaarCent"), 100000);

  // 1,500 more than the line has left: refused until an overschrijding is approved.
  const std::string te_veel = interventie(250000);
  v = verplichting_van(te_veel);
  const auto geweigerd = beoordeel(coordinator, v);
  EXPECT_EQ(geweigerd.status, 409) << geweigerd.body;
  EXPECT_NE(geweigerd.body.find("Onvoldoende budget"), std::string::npos);
  EXPECT_EQ(saldo("interventies", "beschikbaarCent"), 100000);
  const auto voorstel = coordinator.send("POST", "/api/v1/budgetten/" + budget + "/wijzigingen",
                                         R"({"regelId":")" + std::string(regel("interventies").at("id").as_string()) +
                                             R"(","soort":"overschrijding","bedragCent":150000,"toelichting":"Piek in aanvragen"})");
  ASSERT_EQ(voorstel.status, 201) << voorstel.body;
  ASSERT_EQ(kassier.send("POST", "/api/v1/budgetwijzigingen/" + veld(voorstel, "id") + "/beoordeling", R"({"besluit":"goedgekeurd"})").status, 200);
  v = verplichting_van(te_veel);
  ASSERT_EQ(beoordeel(coordinator, v).status, 200);
  EXPECT_EQ(saldo("interventies", "beschikbaarCent"), -150000);
  EXPECT_EQ(saldo("interventies", "overschrijdingCent"), 150000);
  const std::string nog_een = interventie(1);
  EXPECT_EQ(beoordeel(coordinator, verplichting_van(nog_een)).status, 409) << "the overschrijding is used up";

  // Cancelled: the whole commitment comes back.
  ASSERT_EQ(adviseur.send("PUT", "/api/v1/interventies/" + te_veel,
                          R"({"geplandBegin":")" + vandaag() + R"(","geplandEinde":")" + vandaag() + R"(","status":"afgebroken","reden":"Afgezegd"})",
                          {{"If-Match", "\"1\""}}).status,
            200);
  EXPECT_EQ(saldo("interventies", "beschikbaarCent"), 100000);
}

TEST_F(BudgetHttp, ACorrectieReversesAnApprovalBeforePayment) {
  const std::string i = interventie(80000);
  ASSERT_EQ(beoordeel(coordinator, verplichting_van(i)).status, 200);
  ASSERT_EQ(start(i).status, 200);
  const auto d = aanbieder.send("POST", "/api/v1/declaraties", declaratie("F-2026-C1", R"([{"interventieId":")" + i + R"(","bedragCent":80000}])"));
  ASSERT_EQ(d.status, 201) << d.body;
  const std::string pad = "/api/v1/declaraties/" + veld(d, "id");
  const auto gedeclareerd = saldo("interventies", "gedeclareerdCent");
  ASSERT_EQ(kassier.send("POST", pad + "/beoordeling", R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"1\""}}).status, 200);
  EXPECT_EQ(saldo("interventies", "gedeclareerdCent"), gedeclareerd + 80000);
  expect_fields(kassier.send("POST", pad + "/correctie", R"({"reden":""})", {{"If-Match", "\"2\""}}), {"reden"});
  const auto c = kassier.send("POST", pad + "/correctie", R"({"reden":"Verkeerde periode"})", {{"If-Match", "\"2\""}});
  ASSERT_EQ(c.status, 200) << c.body;
  EXPECT_EQ(parse(c).at("status"), "ingediend");
  EXPECT_EQ(saldo("interventies", "gedeclareerdCent"), gedeclareerd);
  const auto mutaties = parse(kassier.get("/api/v1/budgetten/" + budget + "/mutaties?limit=1000")).at("mutaties").as_array();  // a copy
  EXPECT_EQ(mutaties.back().at("soort"), "correctie");
  EXPECT_EQ(mutaties.back().at("bedragCent"), -80000);
  EXPECT_EQ(kassier.send("POST", pad + "/correctie", R"({"reden":"Nog eens"})", {{"If-Match", "\"3\""}}).status, 409);
}

TEST_F(BudgetHttp, ReportsExportAndWhoSeesTheMoney) {
  const auto b = parse(coordinator.get("/api/v1/budgetten/" + budget));
  EXPECT_TRUE(b.at("regels").at(1).at("prognose").is_object());
  for (const char* per : {"dienst", "diensttype", "aanbieder", "doelgroep", "maand"}) {
    const auto r = kassier.get("/api/v1/budgetten/" + budget + "/uitgaven?per=" + per);
    EXPECT_EQ(r.status, 200) << per << r.body;
  }
  expect_fields(kassier.get("/api/v1/budgetten/" + budget + "/uitgaven?per=kleur"), {"per"});
  // Every grouping adds up to the lines' own balances (all commitments of this budget).
  std::int64_t verplicht = 0, betaald = 0;
  for (const auto& r : b.at("regels").as_array()) {
    verplicht += r.at("saldo").at("verplichtCent").as_int64();
    betaald += r.at("saldo").at("betaaldCent").as_int64();
  }
  for (const char* per : {"dienst", "diensttype", "aanbieder", "doelgroep", "maand"}) {
    const auto u = parse(kassier.get("/api/v1/budgetten/" + budget + "/uitgaven?per=" + per));
    std::int64_t v = 0, p = 0;
    for (const auto& regel : u.at("uitgaven").as_array()) {
      v += regel.at("verplichtCent").as_int64();
      p += regel.at("betaaldCent").as_int64();
    }
    EXPECT_EQ(v, verplicht) << per;
    EXPECT_EQ(p, betaald) << per;
  }
  const auto csv = kassier.get("/api/v1/budgetten/" + budget + "/verantwoording?formaat=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Regeling werkcentra en regionale mobiliteit " + jaar), std::string::npos);
  EXPECT_NE(csv.body.find("sluit"), std::string::npos) << "the lines reconcile with the ledger";
  const auto xlsx = coordinator.get("/api/v1/budgetten/" + budget + "/verantwoording?formaat=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  expect_fields(kassier.get("/api/v1/budgetten/" + budget + "/verantwoording?formaat=pdf"), {"formaat"});

  // Nobody outside the money roles, nobody of another regio; the kassier no case notes.
  for (const TestSessie* s : {&adviseur, &front, &beheerder, &uwv}) EXPECT_EQ(s->get("/api/v1/budgetten/" + budget).status, 403);
  EXPECT_EQ(adviseur.get("/api/v1/verplichtingen").status, 403);
  EXPECT_EQ(adviseur.get("/api/v1/betaalrondes").status, 403);
  const auto v = verplichting_van(interventie(1000));
  ASSERT_EQ(beoordeel(coordinator, v).status, 200);
  const std::string t = std::string(v.at("trajectId").as_string());
  EXPECT_EQ(kassier.get("/api/v1/trajecten/" + t).status, 403) << "no case content for the kassier";
  EXPECT_EQ(parse(adviseur.get("/api/v1/trajecten/" + t)).at("interventies").at(0).at("kostenCent"), 1000)
      << "the adviser sees the cost in their own traject";
  auto db = db::open_sqlite({server->dir() + "/rmt.sqlite"});
  const std::string am18 = db->query("SELECT id FROM budget WHERE regio_code = 'AM18' LIMIT 1")[0].get<std::string>(0);
  EXPECT_EQ(kassier.get("/api/v1/budgetten/" + am18).status, 404) << "another regio's budget does not leak";
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM auditregel WHERE actie IN ('declaratie_goedgekeurd', 'betaalronde_betaald',"
                      " 'verplichting_goedgekeurd', 'budgetwijziging_goedgekeurd')")[0].get<std::int64_t>(0) > 0,
            true) << "approvals and payments are audited";
}

TEST_F(BudgetHttp, ZzTheLedgerVerifiesAfterEverything) {
  // Named to run last: everything the suite booked must satisfy the invariants.
  const auto uit = run(std::string(RMT_BINARY) + " budget verify --database sqlite://" + server->dir() + "/rmt.sqlite 2>&1");
  EXPECT_NE(uit.find("Grootboek in orde"), std::string::npos) << uit;
  EXPECT_NE(uit.find("exit=0"), std::string::npos) << uit;
}

}  // namespace
}  // namespace rmt
