// The authorisation matrix, generated from the route table: every route × every role × own and
// other regio, against the real binary. A route without a declared rule fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "app/platform.hpp"
#include "db/sqlite_connection.hpp"
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
                  Actie::aanmeldingen_behandelen, Actie::catalogus_lezen, Actie::catalogus_beheren}) {
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
        if (met_id) target.replace(target.find("{id}"), 4, id);
        std::string body = bodies.count(key) ? bodies.at(key) : "";
        if (auto dollar = body.find('$'); dollar != std::string::npos) body.replace(dollar, 1, std::string(rol_naam(rol)) + std::to_string(checked));
        std::map<std::string, std::string> headers;
        if (route.method == http::Method::put) {
          const std::string etag = (eigen ? beheer : amsterdam).get(target).header("etag");
          headers["If-Match"] = etag.empty() ? "\"1\"" : etag;
        }
        if (triage.contains(route.pattern)) headers["If-Match"] = "\"1\"";
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
