// The dienstencatalogus against the binary: the coordinator manages the regio's diensten (every
// bad field named, nothing written), paused ones stay visible, If-Match guards changes, other
// roles read or are refused, another regio's dienst is hidden.
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

std::string organisatie(const TestSessie& s, const std::string& naam) {
  const auto lijst = boost::json::parse(s.get("/api/v1/organisaties?pageSize=100").body);
  for (const auto& o : lijst.at("_embedded").at("organisaties").as_array()) {
    if (o.at("naam") == naam.c_str()) return std::string(o.at("id").as_string());
  }
  return "";
}

TEST(DienstHttp, TheCoordinatorManagesTheCatalogueOfTheRegio) {
  test::ServerProcess server({"--demo"});
  const TestSessie coordinator = test::inloggen(server.port(), "coordinator@demo.example");
  const TestSessie front = test::inloggen(server.port(), "frontoffice@demo.example");
  const std::string uwv = organisatie(coordinator, "UWV Utrecht");
  const std::string amsterdam = organisatie(test::inloggen(server.port(), "beheerder.amsterdam@demo.example"),
                                            "Werkcentrum Groot Amsterdam");
  ASSERT_FALSE(uwv.empty());
  ASSERT_FALSE(amsterdam.empty());
  auto db = db::open_sqlite({server.dir() + "/rmt.sqlite"});
  const auto tel = [&] { return db->query("SELECT COUNT(*) FROM dienst")[0].get<std::int64_t>(0); };

  const auto fout = coordinator.send("POST", "/api/v1/diensten",
                                     R"({"regioCode":"AM13","naam":"","type":"ruimtevaart","aanbiederId":")" + uwv +
                                         R"(","standaardkostenCent":-1,"status":"weg","maxPerKlant":0,"omschrijving":"a\u0001"})");
  EXPECT_EQ(fout.status, 400);
  for (const char* veld : {"naam", "type", "standaardkostenCent", "status", "maxPerKlant", "omschrijving"}) {
    EXPECT_NE(fout.body.find(std::string("\"name\":\"") + veld + "\""), std::string::npos) << veld << " in " << fout.body;
  }
  EXPECT_EQ(coordinator.send("POST", "/api/v1/diensten", R"({"regioCode":"AM13","naam":"X","type":"scholing","aanbiederId":")" +
                                                                 uwv + R"(","standaardkostenCent":1.5})").status,
            400) << "cents are whole numbers";
  const auto elders = coordinator.send("POST", "/api/v1/diensten", R"({"regioCode":"AM13","naam":"X","type":"scholing","aanbiederId":")" +
                                                                       amsterdam + R"(","standaardkostenCent":100})");
  EXPECT_EQ(elders.status, 400);
  EXPECT_NE(elders.body.find("aanbiederId"), std::string::npos) << "the aanbieder works in the regio";
  EXPECT_EQ(coordinator.send("POST", "/api/v1/diensten", R"({"regioCode":"AM18","naam":"X","type":"scholing","aanbiederId":")" +
                                                             amsterdam + R"(","standaardkostenCent":100})").status,
            403);
  EXPECT_EQ(front.send("POST", "/api/v1/diensten", R"({"regioCode":"AM13","naam":"X","type":"scholing","aanbiederId":")" + uwv +
                                                       R"(","standaardkostenCent":100})").status,
            403) << "frontoffice reads the catalogue, the coordinator manages it";
  EXPECT_EQ(tel(), 0) << "nothing written";

  const std::string body = R"({"regioCode":"AM13","naam":"Omscholing zorg","type":"scholing","aanbiederId":")" + uwv +
                           R"(","standaardkostenCent":250000,"maxPerKlant":1})";
  const auto made = coordinator.send("POST", "/api/v1/diensten", body);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string id = id_in(made.body);
  EXPECT_EQ(made.header("etag"), "\"1\"");
  EXPECT_NE(made.body.find("\"standaardkostenCent\":250000"), std::string::npos);

  std::string gepauzeerd = body;
  gepauzeerd.insert(gepauzeerd.size() - 1, R"(,"status":"gepauzeerd")");
  const std::string pad = "/api/v1/diensten/" + id;
  EXPECT_EQ(coordinator.send("PUT", pad, gepauzeerd).status, 428);
  const auto gewijzigd = coordinator.send("PUT", pad, gepauzeerd, {{"If-Match", "\"1\""}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  EXPECT_EQ(gewijzigd.header("etag"), "\"2\"");
  EXPECT_EQ(coordinator.send("PUT", pad, body, {{"If-Match", "\"1\""}}).status, 412) << "stale version";
  std::string verhuisd = body;
  verhuisd.replace(verhuisd.find("AM13"), 4, "AM18");
  EXPECT_EQ(coordinator.send("PUT", pad, verhuisd, {{"If-Match", "\"2\""}}).status, 400) << "the regio stays";

  const auto lijst = front.get("/api/v1/diensten");
  EXPECT_NE(lijst.body.find(id), std::string::npos);
  EXPECT_NE(lijst.body.find("\"status\":\"gepauzeerd\""), std::string::npos) << "paused is shown as paused, not hidden";
  EXPECT_EQ(front.get("/api/v1/diensten?status=open").body.find(id), std::string::npos);
  EXPECT_EQ(front.get("/api/v1/diensten?status=weg").status, 400);
  EXPECT_EQ(test::inloggen(server.port(), "kassier@demo.example").get(pad).status, 200);
  EXPECT_EQ(test::inloggen(server.port(), "beheerder@demo.example").get(pad).status, 403);
  EXPECT_EQ(test::inloggen(server.port(), "frontoffice.amsterdam@demo.example").get(pad).status, 404);
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM auditregel WHERE actie LIKE 'dienst_%'")[0].get<std::int64_t>(0), 2);
  EXPECT_EQ(db->query("SELECT COUNT(*) FROM wijziging WHERE object_type = 'dienst'")[0].get<std::int64_t>(0), 2);
}

}  // namespace
}  // namespace rmt
