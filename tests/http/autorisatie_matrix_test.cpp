// The authorisation matrix, generated from the route table: every route × every role × own and
// other regio, against the real binary. A route without a declared rule fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "app/platform.hpp"
#include "db/sqlite_connection.hpp"
#include "domain/tijd.hpp"
#include "support/login.hpp"
#include "support/server_process.hpp"

namespace rmt {
namespace {

const std::map<Rol, std::string> demo_account = {
    {Rol::frontoffice, "frontoffice@demo.example"}, {Rol::adviseur, "adviseur@demo.example"},
    {Rol::coordinator, "coordinator@demo.example"}, {Rol::kassier, "kassier@demo.example"},
    {Rol::analist, "analist@demo.example"},         {Rol::beheerder, "beheerder@demo.example"},
    {Rol::privacy, "privacy@demo.example"}};

std::optional<Actie> actie_van(const std::string& naam) {
  for (Actie a : {Actie::organisaties_lezen, Actie::organisaties_beheren, Actie::medewerkers_lezen,
                  Actie::medewerkers_beheren, Actie::api_tokens_beheren, Actie::auditregels_lezen,
                  Actie::verwerkingen_lezen, Actie::casus_lezen, Actie::casus_schrijven,
                  Actie::aanmeldingen_behandelen, Actie::catalogus_lezen, Actie::catalogus_beheren, Actie::budget_lezen,
                  Actie::budget_voorstellen, Actie::budget_vaststellen, Actie::verplichtingen_goedkeuren,
                  Actie::declaraties_indienen, Actie::declaraties_beoordelen, Actie::betalen, Actie::casus_overzien}) {
    static_assert(static_cast<int>(Actie::casus_overzien) == 19, "a new Actie belongs in this list");
    if (actie_naam(a) == naam) return a;
  }
  return std::nullopt;
}

std::string id_in(const std::string& body) {
  const auto at = body.find("\"id\":\"");
  return at == std::string::npos ? "" : body.substr(at + 6, body.find('"', at + 6) - at - 6);
}

TEST(AutorisatieMatrix, EveryRouteEveryRoleOwnAndOtherRegio) {
  app::Services services(nullptr, {});
  const http::Router router = app::build_router(services);

  test::ServerProcess server({"--demo", "--aanmeldingen-per-uur", "100000"});
  const unsigned short port = server.port();
  std::map<Rol, test::TestSessie> sessie;
  for (const auto& [rol, email] : demo_account) sessie[rol] = test::inloggen(port, email);
  const test::TestSessie amsterdam = test::inloggen(port, "beheerder.amsterdam@demo.example");
  const test::TestSessie& beheer = sessie[Rol::beheerder];

  // Records of both regio's for the {id} routes.
  const std::string token_body = R"({"naam":"Matrix","regioCode":"AM13","rollen":["coordinator"],"verlooptOp":"2027-06-01T00:00:00Z"})";
  std::map<std::string, std::pair<std::string, std::string>> ids;  // pattern → (own, other)
  ids["/api/v1/organisaties/{id}"] = {id_in(beheer.get("/api/v1/organisaties").body), id_in(amsterdam.get("/api/v1/organisaties").body)};
  // Targets nobody in the matrix is logged in as (herstel ends the target's sessions).
  const std::string nina = db::open_sqlite({server.dir() + "/rmt.sqlite"})
                               ->query("SELECT id FROM medewerker WHERE email = 'nieuw@demo.example'")[0]
                               .get<std::string>(0);
  const std::string bram = id_in(amsterdam.get("/api/v1/sessie").body);
  ids["/api/v1/medewerkers/{id}"] = ids["/api/v1/medewerkers/{id}/herstel"] = {nina, bram};
  std::string own_token = id_in(beheer.send("POST", "/api/v1/api-tokens", token_body).body);
  std::string other_token = id_in(amsterdam.send("POST", "/api/v1/api-tokens", std::string(token_body).replace(token_body.find("AM13"), 4, "AM18")).body);
  ids["/api/v1/api-tokens/{id}"] = {own_token, other_token};
  const test::TestSessie femke = test::inloggen(port, "frontoffice.amsterdam@demo.example");
  const std::string klant_body = R"({"naam":"Matrix Klant","geboortedatum":"1980-05-01","woongemeenteCode":"GM0344","bsn":"999990019"})";
  const std::string own_klant = id_in(sessie[Rol::frontoffice].send("POST", "/api/v1/klanten", klant_body).body);
  const std::string other_klant = id_in(femke.send("POST", "/api/v1/klanten", std::string(klant_body).replace(klant_body.find("GM0344"), 6, "GM0363")).body);
  ids["/api/v1/klanten/{id}"] = ids["/api/v1/klanten/{id}/bsn-onthulling"] = ids["/api/v1/klanten/{id}/intakes"] = {own_klant, other_klant};
  const std::string werkgever_body = R"({"bedrijfsnaam":"Matrix B.V.","kvkNummer":"12345678","contactpersoon":"Matrix Contact","vestigingsgemeenteCode":"GM0344"})";
  ids["/api/v1/werkgevers/{id}"] = {id_in(sessie[Rol::frontoffice].send("POST", "/api/v1/werkgevers", werkgever_body).body),
                                    id_in(femke.send("POST", "/api/v1/werkgevers", std::string(werkgever_body).replace(werkgever_body.find("GM0344"), 6, "GM0363")).body)};
  // A fresh aanmelding (public submit) per request for the triage routes, which close it.
  auto database = db::open_sqlite({server.dir() + "/rmt.sqlite"});
  auto nieuwe_aanmelding = [&](const std::string& gemeente) {
    const auto r = test::json_request(port, "POST", "/api/v1/aanmeldingen",
                                      R"({"soort":"persoon","naam":"Matrix Persoon","email":"matrix@example.org","gemeenteCode":")" + gemeente +
                                          R"(","categorie":"loopbaan","vraag":"Matrix","kanaal":"web","toestemmingContact":true})");
    const std::string ref = test::json_text(r.body, "referentienummer");
    return database->query("SELECT id FROM aanmelding WHERE referentienummer = $r", {{"r", ref}})[0].get<std::string>(0);
  };
  ids["/api/v1/aanmeldingen/{id}"] = {nieuwe_aanmelding("GM0344"), nieuwe_aanmelding("GM0363")};
  const std::set<std::string> triage = {"/api/v1/aanmeldingen/{id}/toewijzing", "/api/v1/aanmeldingen/{id}/omzetting",
                                        "/api/v1/aanmeldingen/{id}/afsluiting"};
  for (const auto& pattern : triage) ids[pattern] = {"vers", "vers"};
  const std::string own_org = id_in(beheer.get("/api/v1/organisaties").body);
  const std::string other_org = id_in(amsterdam.get("/api/v1/organisaties").body);
  const std::string dienst_body = R"({"regioCode":"AM13","naam":"Matrix $","type":"scholing","aanbiederId":")" + own_org +
                                  R"(","standaardkostenCent":125000})";
  const std::string own_dienst = id_in(sessie[Rol::coordinator].send("POST", "/api/v1/diensten", dienst_body).body);
  // AM18 has no coordinator among the demo accounts: its dienst goes straight into the database.
  database->execute(
      "INSERT INTO dienst (id, regio_code, naam, type, aanbieder_id, standaardkosten_cent, status, versie, aangemaakt_op,"
      " gewijzigd_op) VALUES ('dienst-am18', 'AM18', 'Elders', 'scholing', $org, 100, 'open', 1, 'x', 'x')",
      {{"org", other_org}});
  ids["/api/v1/diensten/{id}"] = {own_dienst, "dienst-am18"};

  std::string vers_toestemming;  // the toestemming of the traject the last fresh referral goes to
  int uwv_klanten = 0;
  // Trajecten. Own: regie at the Werkcentrum (the demo roles' organisation), so all case roles
  // are involved. Other regio: Femke's, with what cannot be made through the API of a regio with
  // one organisation inserted directly. Routes that change state get a fresh record per request.
  const auto medewerker = [&](const char* email) {
    return database->query("SELECT id FROM medewerker WHERE email = $e", {{"e", std::string(email)}})[0].get<std::string>(0);
  };
  const test::TestSessie umar = test::inloggen(port, "adviseur.uwv@demo.example");
  const auto organisatie_van = [&](const char* email) {
    return database->query("SELECT organisatie_id FROM medewerker WHERE email = $e", {{"e", std::string(email)}})[0]
        .get<std::string>(0);
  };
  const std::string uwv = organisatie_van("adviseur.uwv@demo.example");
  const std::string werkcentrum = organisatie_van("frontoffice@demo.example");
  const auto nieuw_traject = [&](const test::TestSessie& s, const std::string& klant, const std::string& regie,
                                 const std::string& extra) {
    return id_in(s.send("POST", "/api/v1/trajecten", R"({"klantId":")" + klant + R"(","categorie":"scholing","klantvraag":"Matrix",)"
                                                     R"("regievoerderId":")" + regie + R"(")" + extra + "}").body);
  };
  const std::string ahmed = medewerker("adviseur@demo.example"), femke_id = medewerker("frontoffice.amsterdam@demo.example");
  const std::string own_traject = nieuw_traject(sessie[Rol::frontoffice], own_klant, ahmed, "");
  const std::string other_traject = nieuw_traject(femke, other_klant, femke_id, "");
  for (const char* p : {"/api/v1/trajecten/{id}", "/api/v1/trajecten/{id}/tijdlijn", "/api/v1/trajecten/{id}/notities",
                        "/api/v1/trajecten/{id}/interventies", "/api/v1/trajecten/{id}/toestemmingen"}) {
    ids[p] = {own_traject, other_traject};
  }
  const std::string interventie_body = R"({"dienstId":"$d","geplandBegin":"2027-01-04","geplandEinde":"2027-03-01"})";
  const auto plan = [&](const test::TestSessie& s, const std::string& traject, const std::string& dienst) {
    std::string body = interventie_body;
    return id_in(s.send("POST", "/api/v1/trajecten/" + traject + "/interventies", body.replace(body.find("$d"), 2, dienst)).body);
  };
  const std::string other_interventie = plan(femke, other_traject, "dienst-am18");
  const auto toestemming_body = [](const std::string& org) {
    return R"({"organisatieId":")" + org + R"(","scope":["klantvraag"],"geldigTot":"2027-12-31","vastgelegdVia":"mondeling"})";
  };
  const auto toestemming = [&](const test::TestSessie& s, const std::string& traject, const std::string& org) {
    return id_in(s.send("POST", "/api/v1/trajecten/" + traject + "/toestemmingen", toestemming_body(org)).body);
  };
  database->execute("INSERT INTO toestemming (id, traject_id, organisatie_id, scope, geldig_tot, vastgelegd_via, gegeven_op,"
                    " vastgelegd_door) VALUES ('toestemming-am18', $t, $o, 'klantvraag', '2027-12-31', 'mondeling', 'x', $m)",
                    {{"t", other_traject}, {"o", other_org}, {"m", femke_id}});
  database->execute("INSERT INTO doorverwijzing (id, traject_id, regio_code, van_organisatie_id, naar_organisatie_id,"
                    " toestemming_id, vraag, status, verstuurd_door, verstuurd_op, versie) VALUES ('doorverwijzing-am18', $t,"
                    " 'AM18', $o, $o, 'toestemming-am18', 'Matrix', 'verstuurd', $m, 'x', 1)",
                    {{"t", other_traject}, {"o", other_org}, {"m", femke_id}});
  const auto gesloten = [&](const test::TestSessie& s, const std::string& klant, const std::string& regie) {
    const std::string t = nieuw_traject(s, klant, regie, R"(,"startdatum":"2025-01-06")");
    s.send("POST", "/api/v1/trajecten/" + t + "/statuswijzigingen",
           R"({"status":"afgesloten","resultaat":{"uitkomst":"uitgevallen","datum":"2025-02-03"}})", {{"If-Match", "\"1\""}});
    return database->query("SELECT id FROM nameting WHERE traject_id = $t AND maanden = 3", {{"t", t}})[0].get<std::string>(0);
  };
  const std::string other_nameting = gesloten(femke, other_klant, femke_id);
  std::map<std::string, std::function<std::string(bool)>> vers = {
      {"/api/v1/trajecten/{id}/statuswijzigingen",
       [&](bool eigen) { return eigen ? nieuw_traject(sessie[Rol::frontoffice], own_klant, ahmed, "") : other_traject; }},
      {"/api/v1/interventies/{id}", [&](bool eigen) { return eigen ? plan(sessie[Rol::adviseur], own_traject, own_dienst) : other_interventie; }},
      {"/api/v1/toestemmingen/{id}/intrekking",
       [&](bool eigen) { return eigen ? toestemming(sessie[Rol::adviseur], own_traject, uwv) : std::string("toestemming-am18"); }},
      {"/api/v1/trajecten/{id}/doorverwijzingen", [&](bool eigen) {
         if (!eigen) return other_traject;
         const std::string t = nieuw_traject(sessie[Rol::frontoffice], own_klant, ahmed, "");
         vers_toestemming = toestemming(sessie[Rol::adviseur], t, uwv);
         return t;
       }},
      {"/api/v1/doorverwijzingen/{id}/statuswijzigingen", [&](bool eigen) -> std::string {
         if (!eigen) return "doorverwijzing-am18";
         // From UWV to the Werkcentrum: the demo roles are the receivers. UWV takes on a klant of
         // its own (one in no traject yet): it may not open the Werkcentrum's klanten.
         const std::string klant = id_in(sessie[Rol::frontoffice].send(
             "POST", "/api/v1/klanten", R"({"naam":"Matrix UWV )" + std::to_string(++uwv_klanten) +
                                            R"(","geboortedatum":"1981-05-01","woongemeenteCode":"GM0344"})").body);
         const std::string t = nieuw_traject(umar, klant, medewerker("adviseur.uwv@demo.example"), "");
         const std::string tid = toestemming(umar, t, werkcentrum);
         return id_in(umar.send("POST", "/api/v1/trajecten/" + t + "/doorverwijzingen",
                                R"({"naarOrganisatieId":")" + werkcentrum + R"(","toestemmingId":")" + tid + R"(","vraag":"Matrix"})").body);
       }},
      {"/api/v1/nametingen/{id}", [&](bool eigen) { return eigen ? gesloten(sessie[Rol::adviseur], own_klant, ahmed) : other_nameting; }},
  };
  // The money. Own: a dienst of the Werkcentrum (the demo roles' organisation), so its staff
  // may invoice it; interventies started after the coordinator approved their commitment. Other
  // regio: the demo's AM18 budget and records inserted directly.
  const std::string werkcentrum_dienst = id_in(sessie[Rol::coordinator].send("POST", "/api/v1/diensten",
      R"({"regioCode":"AM13","naam":"Matrix geld","type":"scholing","aanbiederId":")" + werkcentrum + R"(","standaardkostenCent":50000})").body);
  const auto verplichting_van = [&](const std::string& interventie) {
    return database->query("SELECT id FROM verplichting WHERE interventie_id = $i", {{"i", interventie}})[0].get<std::string>(0);
  };
  int nummer = 0;
  const auto gestart = [&]() {
    const std::string i = plan(sessie[Rol::adviseur], own_traject, werkcentrum_dienst);
    sessie[Rol::coordinator].send("POST", "/api/v1/verplichtingen/" + verplichting_van(i) + "/beoordeling", R"({"besluit":"goedgekeurd"})",
                                  {{"If-Match", "\"1\""}});
    sessie[Rol::adviseur].send("PUT", "/api/v1/interventies/" + i,
                               R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-03-01","status":"gestart","werkelijkBegin":")" + vandaag() + R"("})",
                               {{"If-Match", "\"1\""}});
    return i;
  };
  const std::string declaratie_body = R"({"aanbiederId":")" + werkcentrum + R"(","factuurnummer":"M-$","factuurdatum":")" + vandaag() +
                                      R"(","periodeVan":")" + vandaag() + R"(","periodeTot":")" + vandaag() +
                                      R"(","iban":"NL91ABNA0417164300","bijlage":"matrix","regels":[{"interventieId":"$i","bedragCent":100}]})";
  const auto declaratie = [&](bool goedkeuren) {
    std::string body = declaratie_body;
    body.replace(body.find("$i"), 2, gestart());
    body.replace(body.find('$'), 1, "vers" + std::to_string(++nummer));
    const std::string id = id_in(sessie[Rol::adviseur].send("POST", "/api/v1/declaraties", body).body);
    if (goedkeuren) {
      sessie[Rol::kassier].send("POST", "/api/v1/declaraties/" + id + "/beoordeling", R"({"besluit":"goedgekeurd"})", {{"If-Match", "\"1\""}});
    }
    return id;
  };
  const std::string ronde_body = R"({"regioCode":"AM13","uitvoeringsdatum":")" + vandaag() +
                                 R"(","debiteurNaam":"Gemeente Utrecht","debiteurIban":"NL20INGB0001234567"})";
  const auto ronde = [&]() {
    declaratie(true);
    return id_in(sessie[Rol::kassier].send("POST", "/api/v1/betaalrondes", ronde_body).body);
  };
  const auto regio_budget = [&](const char* regio) {
    return database->query("SELECT id FROM budget WHERE regio_code = $r ORDER BY jaar LIMIT 1", {{"r", std::string(regio)}})[0]
        .get<std::string>(0);
  };
  const std::string own_budget = regio_budget("AM13"), other_budget = regio_budget("AM18");
  for (const char* p : {"/api/v1/budgetten/{id}", "/api/v1/budgetten/{id}/regels", "/api/v1/budgetten/{id}/wijzigingen",
                        "/api/v1/budgetten/{id}/uitgaven", "/api/v1/budgetten/{id}/mutaties", "/api/v1/budgetten/{id}/verantwoording"}) {
    ids[p] = {own_budget, other_budget};
  }
  const std::string own_regel = database->query("SELECT id FROM budgetregel WHERE budget_id = $b ORDER BY volgorde LIMIT 1",
                                                {{"b", own_budget}})[0].get<std::string>(0);
  const std::string other_regel = database->query("SELECT id FROM budgetregel WHERE budget_id = $b ORDER BY volgorde LIMIT 1",
                                                  {{"b", other_budget}})[0].get<std::string>(0);
  database->execute("INSERT INTO budgetwijziging (id, budget_id, regel_id, soort, bedrag_cent, toelichting, status, voorgesteld_door,"
                    " voorgesteld_op) VALUES ('wijziging-am18', $b, $r, 'toekenning', 100, 'Matrix', 'voorgesteld', 'x', 'x')",
                    {{"b", other_budget}, {"r", other_regel}});
  const std::string other_verplichting = verplichting_van(other_interventie);
  ids["/api/v1/verplichtingen/{id}"] = {verplichting_van(plan(sessie[Rol::adviseur], own_traject, werkcentrum_dienst)), other_verplichting};
  ids["/api/v1/declaraties/{id}"] = {declaratie(false), "declaratie-am18"};
  database->execute("INSERT INTO declaratie (id, regio_code, aanbieder_id, factuurnummer, factuurdatum, periode_van, periode_tot,"
                    " bedrag_cent, iban, bijlage, boven_verplichting, status, ingediend_door, ingediend_op) VALUES ('declaratie-am18',"
                    " 'AM18', $o, 'AM18-1', '2026-01-01', '2026-01-01', '2026-01-01', 100, 'NL91ABNA0417164300', 'x', 0, 'goedgekeurd',"
                    " 'x', 'x')",
                    {{"o", other_org}});
  database->execute("INSERT INTO betaalronde (id, regio_code, bericht_id, uitvoeringsdatum, debiteur_naam, debiteur_iban, aantal,"
                    " totaal_cent, status, aangemaakt_door, aangemaakt_op) VALUES ('ronde-am18', 'AM18', 'RMTAM18', '2026-01-01', 'x',"
                    " 'NL20INGB0001234567', 0, 0, 'aangemaakt', 'x', 'x')");
  const std::string own_ronde = ronde();
  for (const char* p : {"/api/v1/betaalrondes/{id}", "/api/v1/betaalrondes/{id}/pain001", "/api/v1/betaalrondes/{id}/csv"}) {
    ids[p] = {own_ronde, "ronde-am18"};
  }
  declaratie(true);  // approved and in no run: what POST /betaalrondes collects
  vers["/api/v1/budgetwijzigingen/{id}/beoordeling"] = [&](bool eigen) {
    if (!eigen) return std::string("wijziging-am18");
    return id_in(sessie[Rol::coordinator].send("POST", "/api/v1/budgetten/" + own_budget + "/wijzigingen",
                                               R"({"regelId":")" + own_regel + R"(","soort":"toekenning","bedragCent":100,"toelichting":"Matrix"})").body);
  };
  vers["/api/v1/verplichtingen/{id}/beoordeling"] = [&](bool eigen) {
    return eigen ? verplichting_van(plan(sessie[Rol::adviseur], own_traject, werkcentrum_dienst)) : other_verplichting;
  };
  vers["/api/v1/declaraties/{id}/beoordeling"] = [&](bool eigen) { return eigen ? declaratie(false) : std::string("declaratie-am18"); };
  vers["/api/v1/declaraties/{id}/correctie"] = [&](bool eigen) { return eigen ? declaratie(true) : std::string("declaratie-am18"); };
  vers["/api/v1/betaalrondes/{id}/betaling"] = [&](bool eigen) { return eigen ? ronde() : std::string("ronde-am18"); };

  for (const auto& [pattern, pair] : ids) ASSERT_FALSE(pair.first.empty() || pair.second.empty()) << pattern;

  const std::string org = ids["/api/v1/organisaties/{id}"].first;
  const std::map<std::string, std::string> bodies = {
      {"POST /api/v1/organisaties", R"({"naam":"Matrix B.V.","type":"aanbieder","regioCodes":["AM13"]})"},
      {"PUT /api/v1/organisaties/{id}", R"({"naam":"Werkcentrum Midden-Utrecht","type":"werkcentrum","regioCodes":["AM13"]})"},
      {"POST /api/v1/medewerkers", R"({"naam":"Matrix","email":"matrix-$@demo.example","organisatieId":")" + org + R"(","rollen":[]})"},
      {"PUT /api/v1/medewerkers/{id}", R"({"naam":"Nina Nieuw","email":"nieuw@demo.example","organisatieId":")" + org + R"(","rollen":[{"rol":"adviseur","regioCode":"AM13"}]})"},
      {"POST /api/v1/api-tokens", token_body},
      {"POST /api/v1/verwerkingen/zoeken", R"({"soort":"medewerker","identificatie":"x"})"},
      {"POST /api/v1/klanten", R"({"naam":"Matrix $","geboortedatum":"1990-01-01","woongemeenteCode":"GM0344","dubbelBevestigd":true})"},
      {"POST /api/v1/klanten/zoeken", R"({"naam":"Matrix Klant","geboortedatum":"1980-05-01"})"},
      {"POST /api/v1/klanten/{id}/intakes", R"({"arbeidsmarktpositie":"werkzoekend","uitkeringssituatie":"geen","opleidingsniveau":"hoog"})"},
      {"POST /api/v1/werkgevers", R"({"bedrijfsnaam":"Matrix $","kvkNummer":"12345678","contactpersoon":"Matrix","vestigingsgemeenteCode":"GM0344","dubbelBevestigd":true})"},
      {"POST /api/v1/werkgevers/zoeken", R"({"bedrijfsnaam":"Matrix"})"},
      {"POST /api/v1/contacten", R"({"regioCode":"AM13","kanaal":"telefoon","onderwerp":"loopbaan","uitkomst":"informatie_gegeven"})"},
      {"POST /api/v1/aanmeldingen/{id}/toewijzing", R"({"organisatieId":")" + org + R"("})"},
      {"POST /api/v1/aanmeldingen/{id}/omzetting", R"({"klantId":")" + own_klant + R"("})"},
      {"POST /api/v1/aanmeldingen/{id}/afsluiting", R"({"uitkomst":"informatie_gegeven"})"},
      {"POST /api/v1/diensten", R"({"regioCode":"AM13","naam":"Matrix $","type":"scholing","aanbiederId":")" + org + R"(","standaardkostenCent":1})"},
      {"PUT /api/v1/diensten/{id}", R"({"regioCode":"AM13","naam":"Matrix gewijzigd","type":"scholing","aanbiederId":")" + org + R"(","standaardkostenCent":1})"},
      {"POST /api/v1/trajecten", R"({"klantId":")" + own_klant + R"(","categorie":"scholing","klantvraag":"Matrix","regievoerderId":")" + ahmed + R"("})"},
      {"PUT /api/v1/trajecten/{id}", R"({"klantId":")" + own_klant + R"(","categorie":"loopbaan","klantvraag":"Matrix","regievoerderId":")" + ahmed + R"("})"},
      {"POST /api/v1/trajecten/{id}/statuswijzigingen", R"({"status":"intake"})"},
      {"POST /api/v1/trajecten/{id}/notities", R"({"tekst":"Matrix"})"},
      {"POST /api/v1/trajecten/{id}/interventies", R"({"dienstId":")" + own_dienst + R"(","geplandBegin":"2027-01-04","geplandEinde":"2027-03-01"})"},
      {"PUT /api/v1/interventies/{id}", R"({"geplandBegin":"2027-01-04","geplandEinde":"2027-03-08"})"},
      {"POST /api/v1/trajecten/{id}/toestemmingen", toestemming_body(uwv)},
      {"POST /api/v1/trajecten/{id}/doorverwijzingen", R"({"naarOrganisatieId":")" + uwv + R"(","toestemmingId":"$t","vraag":"Matrix"})"},
      {"POST /api/v1/doorverwijzingen/{id}/statuswijzigingen", R"({"status":"geaccepteerd"})"},
      {"PUT /api/v1/nametingen/{id}", R"({"situatie":"niet_werkend"})"},
      {"POST /api/v1/budgetten", R"({"regioCode":"AM13","jaar":2031,"regeling":"Matrix","vierOgenVanafCent":100,)"
                                 R"("regels":[{"soort":"interventies","naam":"Interventies","bedragCent":100}]})"},
      {"POST /api/v1/budgetten/{id}/regels", R"({"soort":"overig","naam":"Matrix $"})"},
      {"POST /api/v1/budgetten/{id}/wijzigingen", R"({"regelId":")" + own_regel + R"(","soort":"toekenning","bedragCent":100,"toelichting":"Matrix"})"},
      {"POST /api/v1/budgetwijzigingen/{id}/beoordeling", R"({"besluit":"goedgekeurd"})"},
      {"POST /api/v1/verplichtingen/{id}/beoordeling", R"({"besluit":"goedgekeurd"})"},
      {"POST /api/v1/declaraties", declaratie_body},
      {"POST /api/v1/declaraties/{id}/beoordeling", R"({"besluit":"goedgekeurd"})"},
      {"POST /api/v1/declaraties/{id}/correctie", R"({"reden":"Matrix"})"},
      {"POST /api/v1/betaalrondes", ronde_body},
  };

  int checked = 0;
  for (const http::Route& route : router.routes()) {
    const std::string method(http::method_name(route.method));
    const std::string key = method + " " + route.pattern;
    SCOPED_TRACE(key);
    ASSERT_FALSE(route.toegang.empty()) << "route without an authorisation rule";
    if (route.toegang == "publiek" || route.toegang == "sessie") continue;  // sessie: tested in identiteit_http_test
    const auto actie = actie_van(route.toegang);
    ASSERT_TRUE(actie || route.toegang == "ingelogd") << "unknown rule " << route.toegang;
    const std::vector<Rol> mogen = actie ? rollen_voor(*actie) : std::vector<Rol>(std::begin(alle_rollen), std::end(alle_rollen));
    const bool met_id = route.pattern.find("{id}") != std::string::npos;
    for (const bool eigen : {true, false}) {
      if (!eigen && !met_id) continue;
      for (Rol rol : alle_rollen) {
        if (route.method == http::Method::del && route.pattern == "/api/v1/api-tokens/{id}" && eigen && rol == Rol::beheerder) {
          // Revoking is tested last below, so the token stays usable for the other rows.
          continue;
        }
        std::string target = route.pattern;
        std::string id = eigen ? ids[route.pattern].first : ids[route.pattern].second;
        if (triage.contains(route.pattern)) id = nieuwe_aanmelding(eigen ? "GM0344" : "GM0363");
        if (vers.contains(route.pattern)) id = vers.at(route.pattern)(eigen);
        if (met_id) target.replace(target.find("{id}"), 4, id);
        std::string body = bodies.count(key) ? bodies.at(key) : "";
        if (auto t = body.find("$t"); t != std::string::npos) body.replace(t, 2, vers_toestemming.empty() ? "x" : vers_toestemming);
        if (auto i = body.find("$i"); i != std::string::npos) body.replace(i, 2, std::find(mogen.begin(), mogen.end(), rol) != mogen.end() ? gestart() : "x");
        if (auto dollar = body.find('$'); dollar != std::string::npos) body.replace(dollar, 1, std::string(rol_naam(rol)) + std::to_string(checked));
        std::map<std::string, std::string> headers;
        if (route.method == http::Method::put) {
          std::string etag = (eigen ? beheer : amsterdam).get(target).header("etag");
          if (etag.empty() && eigen) etag = sessie[Rol::coordinator].get(target).header("etag");
          headers["If-Match"] = etag.empty() ? "\"1\"" : etag;
        }
        if (triage.contains(route.pattern) || vers.contains(route.pattern)) {
          headers["If-Match"] = route.pattern == "/api/v1/declaraties/{id}/correctie" && eigen ? "\"2\"" : "\"1\"";  // approved once
        }
        const auto r = method == "GET" ? sessie[rol].get(target) : sessie[rol].send(method, target, body, headers);
        const bool toegestaan = std::find(mogen.begin(), mogen.end(), rol) != mogen.end();
        SCOPED_TRACE(std::string(rol_naam(rol)) + (eigen ? " eigen regio" : " andere regio") + ": " + r.body);
        if (!toegestaan) {
          EXPECT_EQ(r.status, 403);
        } else if (!eigen) {
          EXPECT_EQ(r.status, 404) << "another regio's record must not leak";
        } else {
          EXPECT_GE(r.status, 200);
          EXPECT_LT(r.status, 300);
        }
        ++checked;
      }
    }
  }
  EXPECT_EQ(beheer.send("DELETE", "/api/v1/api-tokens/" + own_token).status, 204);
  EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace rmt
