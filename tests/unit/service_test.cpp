#include "http/service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "http/traceparent.hpp"
#include "security/random.hpp"

namespace rmt::http {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view index_html = "<!doctype html><title>RMT</title>";
constexpr std::string_view app_js = "console.log('rmt');";

Router fake_router() {
  Router r;
  r.add(Method::get, "/api/v1/regios/{code}", [](Request& req) {
    Response resp = json_response(200, "{\"code\":\"" + req.path_param("code") + "\"}");
    resp.headers.set("Cache-Control", "max-age=60");  // the pipeline must override this
    return resp;
  });
  r.add(Method::post, "/api/v1/regios/{code}", [](Request&) { return json_response(201, "{}"); });
  r.add(Method::get, "/api/v1/conflict", [](Request&) -> Response {
    throw Error(ErrorCode::conflict, "Deze regio bestaat al.");
  });
  r.add(Method::get, "/api/v1/stuk", [](Request&) -> Response {
    throw std::runtime_error("geheim: SELECT * FROM gebruikers");
  });
  r.add(Method::get, "/api/v1/openapi.json", [](Request&) { return json_response(200, "{}"); });
  r.add(Method::get, "/api/v1/gelezen", [](Request&) {  // a read whose log entries still commit
    Response resp = json_response(200, "{}");
    resp.afronding = [](std::function<void(std::exception_ptr)>) {};
    return resp;
  });
  return r;
}

// The access log lines written while it lives. In tests the access log goes to the default
// logger (there is no "access" logger), normally at level warn.
class AccessLog {
 public:
  AccessLog() : logger_(spdlog::default_logger()), level_(logger_->level()) {
    logger_->sinks().push_back(sink_);
    logger_->set_level(spdlog::level::info);
  }
  ~AccessLog() {
    logger_->sinks().pop_back();
    logger_->set_level(level_);
  }
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  std::vector<std::string> lines() const {
    std::vector<std::string> out;
    std::istringstream in(text_.str());
    for (std::string line; std::getline(in, line);) {
      if (line.find("\"durationUs\"") != std::string::npos) out.push_back(line);
    }
    return out;
  }

 private:
  std::ostringstream text_;
  std::shared_ptr<spdlog::logger> logger_;
  spdlog::level::level_enum level_;
  std::shared_ptr<spdlog::sinks::ostream_sink_mt> sink_ = std::make_shared<spdlog::sinks::ostream_sink_mt>(text_);
};

ServiceOptions options() {
  ServiceOptions o;
  o.api_version = "1.2.3";
  o.cors_origins = {"https://rmt.example.nl", "http://localhost:5173"};
  return o;
}

Request request(Method method, std::string path) {
  Request req;
  req.method = method;
  req.target = path;
  req.path = std::move(path);
  return req;
}

boost::json::object body_of(const Response& r) { return boost::json::parse(r.body).as_object(); }

void expect_problem(const Response& r, int status) {
  EXPECT_EQ(r.status, status);
  EXPECT_EQ(r.headers.get("Content-Type"), "application/problem+json");
  const auto body = body_of(r);
  EXPECT_EQ(body.at("status").as_int64(), status);
}

void expect_security_headers(const Response& r) {
  EXPECT_EQ(r.headers.get("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
  EXPECT_EQ(r.headers.get("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.headers.get("X-Frame-Options"), "DENY");
  EXPECT_NE(r.headers.get("Content-Security-Policy").value_or("").find("frame-ancestors 'none'"),
            std::string_view::npos);
  EXPECT_EQ(r.headers.get("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(r.headers.get("API-Version"), "1.2.3");
}

class ServiceTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = new fs::path(fs::temp_directory_path() / ("rmt-unit-web-" + security::random_hex(8)));
    fs::create_directories(*root_ / "assets");
    std::ofstream(*root_ / "index.html") << index_html;
    std::ofstream(*root_ / "assets" / "app-abc123.js") << app_js;
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(*root_, ec);
    delete root_;
    root_ = nullptr;
  }

  Service service_{fake_router(), StaticFiles(*root_), options()};
  Service empty_{fake_router(), StaticFiles(), options()};

  static fs::path* root_;
};

fs::path* ServiceTest::root_ = nullptr;

TEST_F(ServiceTest, ApiResponseHasSecurityHeadersAndNoStore) {
  Request req = request(Method::get, "/api/v1/regios/AM13");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "{\"code\":\"AM13\"}");
  expect_security_headers(r);
  EXPECT_EQ(r.headers.get("Cache-Control"), "no-store");
  EXPECT_EQ(r.headers.get("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
}

TEST_F(ServiceTest, ErrorResponseHasSecurityHeaders) {
  Request req = request(Method::get, "/api/v1/onbekend");
  const Response r = service_.handle(req);
  expect_security_headers(r);
  EXPECT_EQ(r.headers.get("Cache-Control"), "no-store");
}

TEST_F(ServiceTest, RequestIdIsUuidV7AndUsedAsProblemInstance) {
  Request req = request(Method::get, "/api/v1/onbekend");
  const Response r = service_.handle(req);
  const auto id = r.headers.get("X-Request-ID");
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(id->size(), 36u);
  EXPECT_EQ((*id)[14], '7');
  EXPECT_EQ(body_of(r).at("instance").as_string(), "urn:uuid:" + std::string(*id));
}

TEST_F(ServiceTest, UnknownApiPathIsNotFoundProblem) {
  Request req = request(Method::get, "/api/v1/regios/AM13/extra");
  const Response r = service_.handle(req);
  expect_problem(r, 404);
  EXPECT_FALSE(r.headers.has("Allow"));
}

TEST_F(ServiceTest, WrongMethodIsMethodNotAllowedProblemWithAllow) {
  Request req = request(Method::del, "/api/v1/regios/AM13");
  const Response r = service_.handle(req);
  expect_problem(r, 405);
  EXPECT_EQ(r.headers.get("Allow"), "GET, HEAD, POST");
}

TEST_F(ServiceTest, HeadIsRoutedToGetHandler) {
  Request req = request(Method::head, "/api/v1/regios/AM14");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "{\"code\":\"AM14\"}");
}

TEST_F(ServiceTest, HandlerErrorMapsToItsStatus) {
  Request req = request(Method::get, "/api/v1/conflict");
  const Response r = service_.handle(req);
  expect_problem(r, 409);
  EXPECT_EQ(body_of(r).at("detail").as_string(), "Deze regio bestaat al.");
  expect_security_headers(r);
}

TEST_F(ServiceTest, UnexpectedExceptionIsInternalProblemWithoutLeakingText) {
  Request req = request(Method::get, "/api/v1/stuk");
  const Response r = service_.handle(req);
  expect_problem(r, 500);
  EXPECT_EQ(r.body.find("geheim"), std::string::npos);
  EXPECT_EQ(r.body.find("SELECT"), std::string::npos);
  expect_security_headers(r);
}

TEST_F(ServiceTest, CorsAllowedOriginIsEchoedWithVary) {
  Request req = request(Method::get, "/api/v1/regios/AM13");
  req.headers.set("Origin", "https://rmt.example.nl");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.headers.get("Access-Control-Allow-Origin"), "https://rmt.example.nl");
  EXPECT_EQ(r.headers.get("Access-Control-Allow-Credentials"), "true");
  EXPECT_EQ(r.headers.get("Vary"), "Origin");
}

TEST_F(ServiceTest, CorsForeignOriginGetsNoAllowOrigin) {
  Request req = request(Method::get, "/api/v1/regios/AM13");
  req.headers.set("Origin", "https://evil.example");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(r.headers.has("Access-Control-Allow-Origin"));
  EXPECT_FALSE(r.headers.has("Access-Control-Allow-Credentials"));
  EXPECT_EQ(r.headers.get("Vary"), "Origin");
}

TEST_F(ServiceTest, CorsOriginMatchIsExact) {
  Request req = request(Method::get, "/api/v1/regios/AM13");
  req.headers.set("Origin", "https://rmt.example.nl.evil.example");
  const Response r = service_.handle(req);
  EXPECT_FALSE(r.headers.has("Access-Control-Allow-Origin"));
}

TEST_F(ServiceTest, OpenApiDocumentIsOpenToEveryOrigin) {
  Request req = request(Method::get, "/api/v1/openapi.json");
  req.headers.set("Origin", "https://evil.example");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.get("Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(r.headers.get("Cross-Origin-Resource-Policy"), "cross-origin");
}

TEST_F(ServiceTest, PreflightIsNoContentWithAllow) {
  Request req = request(Method::options, "/api/v1/regios/AM13");
  req.headers.set("Origin", "https://rmt.example.nl");
  req.headers.set("Access-Control-Request-Method", "POST");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 204);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(r.headers.get("Allow"), "GET, HEAD, POST, OPTIONS");
  EXPECT_EQ(r.headers.get("Access-Control-Allow-Methods"), "GET, HEAD, POST");
  EXPECT_EQ(r.headers.get("Access-Control-Allow-Origin"), "https://rmt.example.nl");
}

TEST_F(ServiceTest, PreflightOnUnknownPathIsNotFound) {
  Request req = request(Method::options, "/api/v1/onbekend");
  expect_problem(service_.handle(req), 404);
}

TEST_F(ServiceTest, ValidTraceparentKeepsTraceIdWithNewSpan) {
  const std::string trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
  const std::string parent = "00f067aa0ba902b7";
  Request req = request(Method::get, "/api/v1/regios/AM13");
  req.headers.set("traceparent", "00-" + trace_id + "-" + parent + "-01");
  const Response r = service_.handle(req);
  const auto out = parse_traceparent(r.headers.get("traceparent").value_or(""));
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->trace_id, trace_id);
  EXPECT_NE(out->parent_span_id, parent);  // the outgoing header carries our own span id
  EXPECT_EQ(req.trace.parent_span_id, parent);
  EXPECT_EQ(out->parent_span_id, req.trace.span_id);
}

TEST_F(ServiceTest, MalformedTraceparentIsReplaced) {
  const std::string trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
  Request req = request(Method::get, "/api/v1/regios/AM13");
  req.headers.set("traceparent", "00-" + trace_id + "-00f067aa0ba902b7-1");  // flags too short
  const Response r = service_.handle(req);
  const auto out = parse_traceparent(r.headers.get("traceparent").value_or(""));
  ASSERT_TRUE(out.has_value());
  EXPECT_NE(out->trace_id, trace_id);
  EXPECT_TRUE(req.trace.parent_span_id.empty());
}

TEST_F(ServiceTest, RootServesIndexHtmlWithHtmlCsp) {
  Request req = request(Method::get, "/");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, index_html);
  EXPECT_EQ(r.headers.get("Content-Type"), "text/html; charset=utf-8");
  const auto csp = r.headers.get("Content-Security-Policy").value_or("");
  EXPECT_NE(csp.find("default-src 'self'"), std::string_view::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string_view::npos);
  EXPECT_EQ(r.headers.get("Cache-Control"), "no-cache");
  expect_security_headers(r);
}

TEST_F(ServiceTest, ClientRouteFallsBackToIndexHtml) {
  Request req = request(Method::get, "/regios/AM13");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, index_html);
  EXPECT_EQ(r.headers.get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r.headers.get("Content-Security-Policy").value_or("").find("default-src 'self'"),
            std::string_view::npos);
}

TEST_F(ServiceTest, HashedAssetIsImmutableJavascript) {
  Request req = request(Method::get, "/assets/app-abc123.js");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, app_js);
  EXPECT_EQ(r.headers.get("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(r.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(r.headers.get("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
}

TEST_F(ServiceTest, MissingAssetIsNotFoundProblem) {
  Request req = request(Method::get, "/assets/nope.js");
  const Response r = service_.handle(req);
  expect_problem(r, 404);
  expect_security_headers(r);
}

TEST_F(ServiceTest, DotSegmentsAreBadRequest) {
  for (const char* path : {"/../etc/passwd", "/assets/./x", "/assets/../index.html"}) {
    Request req = request(Method::get, path);
    const Response r = service_.handle(req);
    expect_problem(r, 400);
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(ServiceTest, PostToWebPathIsMethodNotAllowed) {
  Request req = request(Method::post, "/regios");
  const Response r = service_.handle(req);
  expect_problem(r, 405);
  EXPECT_EQ(r.headers.get("Allow"), "GET, HEAD");
}

TEST_F(ServiceTest, MatchingIfNoneMatchIsNotModified) {
  Request first = request(Method::get, "/assets/app-abc123.js");
  const Response full = service_.handle(first);
  const auto etag = full.headers.get("ETag");
  ASSERT_TRUE(etag.has_value());
  Request again = request(Method::get, "/assets/app-abc123.js");
  again.headers.set("If-None-Match", std::string(*etag));
  const Response r = service_.handle(again);
  EXPECT_EQ(r.status, 304);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(r.headers.get("ETag"), *etag);
}

TEST_F(ServiceTest, OtherIfNoneMatchServesFullBody) {
  Request req = request(Method::get, "/assets/app-abc123.js");
  req.headers.set("If-None-Match", "\"iets-anders\"");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, app_js);
}

TEST_F(ServiceTest, IfNoneMatchListWeakTagAndStarAreNotModified) {
  Request first = request(Method::get, "/assets/app-abc123.js");
  const std::string etag(*service_.handle(first).headers.get("ETag"));
  for (const std::string& header : {"\"x\", " + etag, "W/" + etag, std::string("*")}) {
    Request again = request(Method::get, "/assets/app-abc123.js");
    again.headers.set("If-None-Match", header);
    EXPECT_EQ(service_.handle(again).status, 304) << header;
  }
}

TEST_F(ServiceTest, BareApiPathIsAnApiPath) {
  Request req = request(Method::get, "/api");
  req.headers.set("Origin", "https://partner.example.nl");
  const Response r = service_.handle(req);
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.headers.get("Cache-Control"), "no-store");
  EXPECT_EQ(r.headers.get("Vary"), "Origin");
}

TEST_F(ServiceTest, WithoutWebBuildRootIsNotFoundProblem) {
  Request req = request(Method::get, "/");
  const Response r = empty_.handle(req);
  expect_problem(r, 404);
  expect_security_headers(r);
}

TEST_F(ServiceTest, RejectUsesProblemAndHeaders) {
  Request req = request(Method::post, "/api/v1/regios/AM13");
  const Response r = service_.reject(req, Error(ErrorCode::payload_too_large, "Te groot."));
  expect_problem(r, 413);
  expect_security_headers(r);
  EXPECT_TRUE(r.headers.has("X-Request-ID"));
}

TEST_F(ServiceTest, AResponseThatWaitsForItsLogIsLoggedOnceWhenItLeaves) {
  AccessLog log;
  Request req = request(Method::get, "/api/v1/gelezen");
  Response r = service_.handle(req);
  EXPECT_TRUE(r.afronding);
  EXPECT_TRUE(log.lines().empty());  // its outcome is not known yet

  r = service_.afgerond(req, std::move(r), nullptr);
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(r.afronding);
  ASSERT_EQ(log.lines().size(), 1u);
  EXPECT_NE(log.lines()[0].find("\"status\":200"), std::string::npos);
  EXPECT_NE(log.lines()[0].find(req.request_id), std::string::npos);
}

TEST_F(ServiceTest, AResponseWhoseLogCommitFailedLeavesAsItsProblemLoggedOnce) {
  AccessLog log;
  Request req = request(Method::get, "/api/v1/gelezen");
  Response r = service_.handle(req);
  r = service_.afgerond(req, std::move(r),
                        std::make_exception_ptr(Error(ErrorCode::unavailable, "De database is niet beschikbaar.")));
  expect_problem(r, 503);
  expect_security_headers(r);
  EXPECT_EQ(body_of(r).at("instance").as_string(), "urn:uuid:" + req.request_id);
  ASSERT_EQ(log.lines().size(), 1u);
  EXPECT_NE(log.lines()[0].find("\"status\":503"), std::string::npos);
}

TEST_F(ServiceTest, AResponseWithoutAfrondingIsLoggedByHandle) {
  AccessLog log;
  Request req = request(Method::get, "/api/v1/regios/AM13");
  EXPECT_EQ(service_.handle(req).status, 200);
  ASSERT_EQ(log.lines().size(), 1u);
  EXPECT_NE(log.lines()[0].find("\"status\":200"), std::string::npos);
}

}  // namespace
}  // namespace rmt::http
