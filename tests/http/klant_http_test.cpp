// Klanten against the binary: validation, the protected BSN (masked, search by POST, audited
// reveal, never in plain text in the database or the log), duplicates, and regio tenancy.
// Synthetic BSNs from the RvIG test range only.
#include <gtest/gtest.h>

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

TEST(KlantHttp, ProtectedBsnDuplicatesTenancyAndLogs) {
  test::ServerProcess server({"--demo"});
  const TestSessie front = test::inloggen(server.port(), "frontoffice@demo.example");
  auto db = db::open_sqlite({server.dir() + "/rmt.sqlite"});
  const auto tel = [&](const std::string& sql) { return db->query(sql)[0].get<std::int64_t>(0); };

  const auto fout = front.send("POST", "/api/v1/klanten",
                               R"({"naam":"","geboortedatum":"2999-01-01","email":"geen-adres","telefoon":"12ab","woongemeenteCode":"Utrecht","bsn":"999990018"})");
  EXPECT_EQ(fout.status, 400);
  for (const char* veld : {"\"naam\"", "\"geboortedatum\"", "\"email\"", "\"telefoon\"", "\"woongemeenteCode\"", "\"bsn\""}) {
    EXPECT_NE(fout.body.find(veld), std::string::npos) << veld;
  }
  EXPECT_EQ(fout.body.find("999990018"), std::string::npos) << "the BSN is never echoed";
  EXPECT_EQ(front.send("POST", "/api/v1/klanten", R"({"naam":"A","geboortedatum":"1990-01-01","woongemeenteCode":"GM9999"})").status, 400);
  EXPECT_EQ(front.send("POST", "/api/v1/klanten", R"({"naam":"A","geboortedatum":"1990-01-01","woongemeenteCode":"GM0363"})").status, 403)
      << "Amsterdam is another regio";
  EXPECT_EQ(tel("SELECT COUNT(*) FROM klant"), 0) << "nothing written";

  const std::string body = R"({"naam":"Sanne de Vries","geboortedatum":"1985-03-14","telefoon":"+31 6 1234 5678","woongemeenteCode":"GM0344","bsn":"999990019"})";
  const auto made = front.send("POST", "/api/v1/klanten", body);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_NE(made.body.find("\"bsn\":\"*****0019\""), std::string::npos);
  EXPECT_EQ(made.body.find("999990019"), std::string::npos);
  EXPECT_NE(made.body.find("\"regioCode\":\"AM13\""), std::string::npos);
  const std::string id = id_in(made.body);

  const auto dubbel = front.send("POST", "/api/v1/klanten", body);
  EXPECT_EQ(dubbel.status, 409);
  EXPECT_NE(dubbel.body.find(id), std::string::npos) << "names the existing klant";
  const std::string bevestigd = std::string(body).insert(body.size() - 1, R"(,"dubbelBevestigd":true)");
  EXPECT_EQ(front.send("POST", "/api/v1/klanten", bevestigd).status, 201);

  const auto gevonden = front.send("POST", "/api/v1/klanten/zoeken", R"({"bsn":"999990019"})");
  ASSERT_EQ(gevonden.status, 200);
  EXPECT_NE(gevonden.body.find(id), std::string::npos);
  EXPECT_EQ(front.send("POST", "/api/v1/klanten/zoeken", R"({"naam":"sanne de vries"})").status, 400);
  EXPECT_NE(front.send("POST", "/api/v1/klanten/zoeken", R"({"naam":"sanne de vries","geboortedatum":"1985-03-14"})").body.find(id),
            std::string::npos);

  const auto onthuld = front.send("POST", "/api/v1/klanten/" + id + "/bsn-onthulling");
  ASSERT_EQ(onthuld.status, 200);
  EXPECT_NE(onthuld.body.find("999990019"), std::string::npos);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM auditregel WHERE actie = 'bsn_onthuld'"), 1);

  const TestSessie amsterdam = test::inloggen(server.port(), "frontoffice.amsterdam@demo.example");
  EXPECT_EQ(amsterdam.get("/api/v1/klanten/" + id).status, 404);
  EXPECT_EQ(amsterdam.send("POST", "/api/v1/klanten/" + id + "/bsn-onthulling").status, 404);
  EXPECT_EQ(amsterdam.send("POST", "/api/v1/klanten/zoeken", R"({"bsn":"999990019"})").body.find(id), std::string::npos);
  const TestSessie beheer = test::inloggen(server.port(), "beheerder@demo.example");
  EXPECT_EQ(beheer.get("/api/v1/klanten/" + id).status, 403) << "beheerder reads no case content";
  EXPECT_GE(tel("SELECT COUNT(*) FROM auditregel WHERE actie = 'toegang_geweigerd:casus_lezen'"), 2);

  EXPECT_EQ(tel("SELECT COUNT(*) FROM klant WHERE bsn_versleuteld LIKE '%999990019%' OR bsn_index = '999990019'"), 0);
  EXPECT_EQ(tel("SELECT COUNT(*) FROM wijziging WHERE object_type = 'klant'"), 2);
  const TestSessie privacy = test::inloggen(server.port(), "privacy@demo.example");
  const auto verwerkingen =
      privacy.send("POST", "/api/v1/verwerkingen/zoeken", R"({"soort":"klant","identificatie":")" + id + R"("})").body;
  EXPECT_NE(verwerkingen.find("va-klantregistratie"), std::string::npos) << verwerkingen;
  const std::string onthulling = std::string("bsn") + "_onthuld";  // the processing's name, not a number
  EXPECT_NE(verwerkingen.find(onthulling), std::string::npos);
  EXPECT_EQ(server.log().find("999990019"), std::string::npos) << "never in a log line";
}

}  // namespace
}  // namespace rmt
