// NL API Design Rules at runtime, against the real binary on loopback.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/openapi_document.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace rmt {
namespace {

using test::request;

class ConventionsHttpTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new test::ServerProcess({"--cors-origins", "https://partner.example.nl"});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static unsigned short port() { return server_->port(); }
  static void expect_problem(const test::HttpResponse& r, int status) {
    EXPECT_EQ(r.status, status);
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    const auto body = boost::json::parse(r.body).as_object();
    EXPECT_EQ(body.at("status").as_int64(), status);
    EXPECT_FALSE(body.at("title").as_string().empty());
    EXPECT_FALSE(body.at("detail").as_string().empty());
    EXPECT_TRUE(body.at("instance").as_string().starts_with("urn:uuid:"));
    EXPECT_TRUE(body.at("type").as_string().starts_with("https://"));
  }
  static test::ServerProcess* server_;
};
test::ServerProcess* ConventionsHttpTest::server_ = nullptr;

TEST_F(ConventionsHttpTest, EveryResponseCarriesSecurityAndVersionHeaders) {
  for (const std::string target : {"/api/v1/health", "/api/v1/regios", "/api/v1/nope", "/", "/regios"}) {
    const auto r = request(port(), "GET", target);
    SCOPED_TRACE(target);
    EXPECT_EQ(r.header("api-version"), api::openapi_version());
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(r.header("x-frame-options"), "DENY");
    EXPECT_NE(r.header("strict-transport-security").find("max-age="), std::string::npos);
    EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer");
    if (target.starts_with("/api/")) {
      EXPECT_EQ(r.header("cache-control"), "no-store");
    }
  }
}

TEST_F(ConventionsHttpTest, HealthAndReadyAnswer) {
  const auto health = request(port(), "GET", "/api/v1/health");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, R"({"status":"ok"})");
  const auto ready = request(port(), "GET", "/api/v1/ready");
  EXPECT_EQ(ready.status, 200);
  const auto body = boost::json::parse(ready.body).as_object();
  EXPECT_EQ(body.at("database").as_string(), "sqlite");
  EXPECT_GE(body.at("schemaVersie").as_int64(), 2);
}

TEST_F(ConventionsHttpTest, TrailingSlashAndUnknownPathsAre404Problems) {
  expect_problem(request(port(), "GET", "/api/v1/regios/"), 404);
  expect_problem(request(port(), "GET", "/api/v1/health/"), 404);
  expect_problem(request(port(), "GET", "/api/v1/bestaat-niet"), 404);
  expect_problem(request(port(), "GET", "/api/v2/regios"), 404);
}

TEST_F(ConventionsHttpTest, WrongMethodIs405WithAllow) {
  const auto r = request(port(), "DELETE", "/api/v1/regios/AM13");
  expect_problem(r, 405);
  EXPECT_EQ(r.header("allow"), "GET, HEAD");
  const auto post = request(port(), "POST", "/api/v1/health", "{}");
  expect_problem(post, 405);
  const auto page = request(port(), "POST", "/regios", "x");
  expect_problem(page, 405);
  EXPECT_EQ(page.header("allow"), "GET, HEAD");
}

TEST_F(ConventionsHttpTest, HeadHasHeadersButNoBody) {
  const auto get = request(port(), "GET", "/api/v1/regios/AM13");
  const auto head = request(port(), "HEAD", "/api/v1/regios/AM13");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.header("content-length"), std::to_string(get.body.size()));
  EXPECT_TRUE(head.body.empty());
}

TEST_F(ConventionsHttpTest, OpenApiDocumentIsPublicWithCorsStar) {
  const auto r = request(port(), "GET", "/api/v1/openapi.json", "", {{"Origin", "https://elders.example"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("access-control-allow-origin"), "*");
  const auto doc = boost::json::parse(r.body).as_object();
  EXPECT_EQ(doc.at("info").at("version").as_string(), r.header("api-version"));
}

TEST_F(ConventionsHttpTest, CorsOnlyForAllowListedOrigins) {
  const auto allowed = request(port(), "GET", "/api/v1/regios", "", {{"Origin", "https://partner.example.nl"}});
  EXPECT_EQ(allowed.header("access-control-allow-origin"), "https://partner.example.nl");
  EXPECT_EQ(allowed.header("vary"), "Origin");
  const auto foreign = request(port(), "GET", "/api/v1/regios", "", {{"Origin", "https://evil.example"}});
  EXPECT_EQ(foreign.status, 200);
  EXPECT_EQ(foreign.header("access-control-allow-origin"), "");
  const auto preflight = request(port(), "OPTIONS", "/api/v1/regios", "",
                                 {{"Origin", "https://partner.example.nl"}, {"Access-Control-Request-Method", "GET"}});
  EXPECT_EQ(preflight.status, 204);
  EXPECT_EQ(preflight.header("access-control-allow-origin"), "https://partner.example.nl");
  EXPECT_NE(preflight.header("access-control-allow-methods").find("GET"), std::string::npos);
}

TEST_F(ConventionsHttpTest, TraceparentIsContinuedAndLoggedWithoutQueryStrings) {
  const std::string trace = "4bf92f3577b34da6a3ce929d0e0e4736";
  const auto r = request(port(), "GET", "/api/v1/regios?page=2&pageSize=5", "",
                         {{"traceparent", "00-" + trace + "-00f067aa0ba902b7-01"}});
  EXPECT_EQ(r.status, 200);
  const std::string out = r.header("traceparent");
  EXPECT_EQ(out.substr(3, 32), trace);
  EXPECT_NE(out.substr(36, 16), "00f067aa0ba902b7");
  const std::string log = server_->log();
  EXPECT_NE(log.find("\"traceId\":\"" + trace + "\""), std::string::npos);
  EXPECT_EQ(log.find("pageSize=5"), std::string::npos);
  // Every line is a JSON object.
  std::size_t start = 0;
  while (start < log.size()) {
    const auto end = log.find('\n', start);
    const std::string line = log.substr(start, end - start);
    if (!line.empty()) {
      EXPECT_NO_THROW(boost::json::parse(line)) << line;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

TEST_F(ConventionsHttpTest, WebShellIsServedWithSpaFallbackAndAssetCaching) {
  const auto root = request(port(), "GET", "/");
  EXPECT_EQ(root.status, 200);
  EXPECT_EQ(root.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(root.header("content-security-policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(request(port(), "GET", "/regios/AM13").body, root.body);
  const auto asset = request(port(), "GET", "/assets/app-abc123.js");
  EXPECT_EQ(asset.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_NE(asset.header("cache-control").find("immutable"), std::string::npos);
  expect_problem(request(port(), "GET", "/assets/ontbreekt.js"), 404);
  const auto cached = request(port(), "GET", "/assets/app-abc123.js", "", {{"If-None-Match", asset.header("etag")}});
  EXPECT_EQ(cached.status, 304);
}

TEST_F(ConventionsHttpTest, PathTraversalIsRefused) {
  for (const std::string target : {"/../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                                   "/assets/..%2f..%2fetc%2fpasswd", "/./index.html", "/a\\..\\b"}) {
    SCOPED_TRACE(target);
    const auto r = request(port(), "GET", target);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body.find("root:"), std::string::npos);
  }
}

}  // namespace
}  // namespace rmt
