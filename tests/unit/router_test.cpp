#include "http/router.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace rmt::http {
namespace {

Handler answering(int status) {
  return [status](Request&) {
    Response r;
    r.status = status;
    return r;
  };
}

Router regio_router() {
  Router r;
  r.add(Method::get, "/api/v1/regios", answering(200));
  r.add(Method::get, "/api/v1/regios/{code}", answering(201));
  r.add(Method::post, "/api/v1/regios/{code}/gemeenten/{gemeente}", answering(202), 4096);
  r.add(Method::put, "/api/v1/regios/{code}", answering(203), 2048);
  return r;
}

using Params = std::vector<std::pair<std::string, std::string>>;

int status_of_match(const Router::Match& m) {
  Request req;
  return m.route->handler(req).status;
}

TEST(Router, MatchesExactPath) {
  const Router r = regio_router();
  const auto m = r.match(Method::get, "/api/v1/regios");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->pattern, "/api/v1/regios");
  EXPECT_EQ(status_of_match(m), 200);
  EXPECT_TRUE(m.params.empty());
}

TEST(Router, ExtractsPathParams) {
  const Router r = regio_router();
  const auto m = r.match(Method::post, "/api/v1/regios/AM13/gemeenten/GM0363");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(status_of_match(m), 202);
  EXPECT_EQ(m.params, (Params{{"code", "AM13"}, {"gemeente", "GM0363"}}));
}

TEST(Router, TrailingSlashDoesNotMatch) {
  const Router r = regio_router();
  const auto m = r.match(Method::get, "/api/v1/regios/");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed.empty());
  EXPECT_TRUE(m.params.empty());
}

TEST(Router, ExtraSegmentDoesNotMatch) {
  const Router r = regio_router();
  const auto m = r.match(Method::get, "/api/v1/regios/AM13/extra");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed.empty());
}

TEST(Router, MissingSegmentDoesNotMatch) {
  const Router r = regio_router();
  const auto m = r.match(Method::get, "/api/v1");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed.empty());
}

TEST(Router, EmptyParamSegmentDoesNotMatch) {
  const Router r = regio_router();
  const auto m = r.match(Method::post, "/api/v1/regios//gemeenten/GM0363");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed.empty());
}

TEST(Router, LiteralSegmentIsCaseSensitive) {
  const Router r = regio_router();
  EXPECT_EQ(r.match(Method::get, "/api/v1/Regios").route, nullptr);
}

TEST(Router, WrapRunsAroundEveryHandlerAddedSoFar) {
  Router r = regio_router();
  int rondom = 0;
  r.wrap([&rondom](Request& request, const Handler& handler) {
    ++rondom;
    Response response = handler(request);
    response.headers.set("X-Rondom", "ja");
    return response;
  });
  r.add(Method::get, "/api/v1/later", answering(204));
  Request req;
  EXPECT_EQ(r.match(Method::get, "/api/v1/regios").route->handler(req).status, 200);
  const Response put = r.match(Method::put, "/api/v1/regios/AM13").route->handler(req);
  EXPECT_EQ(put.status, 203);
  EXPECT_EQ(put.headers.get("X-Rondom"), "ja");
  EXPECT_FALSE(r.match(Method::get, "/api/v1/later").route->handler(req).headers.has("X-Rondom"));
  EXPECT_EQ(rondom, 2);
}

TEST(Router, HeadMatchesGetRoute) {
  const Router r = regio_router();
  const auto m = r.match(Method::head, "/api/v1/regios/AM13");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->method, Method::get);
  EXPECT_EQ(status_of_match(m), 201);
  EXPECT_EQ(m.params, (Params{{"code", "AM13"}}));
}

TEST(Router, HeadDoesNotMatchPostOnlyPath) {
  const Router r = regio_router();
  const auto m = r.match(Method::head, "/api/v1/regios/AM13/gemeenten/GM0363");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_EQ(m.allowed, (std::vector<Method>{Method::post}));
}

TEST(Router, WrongMethodListsAllowedMethodsWithHeadAfterGet) {
  const Router r = regio_router();
  const auto m = r.match(Method::del, "/api/v1/regios/AM13");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_EQ(m.allowed, (std::vector<Method>{Method::get, Method::head, Method::put}));
}

TEST(Router, FirstRegisteredRouteWinsForSameMethodAndPath) {
  Router r;
  r.add(Method::get, "/api/v1/x/{a}", answering(200));
  r.add(Method::get, "/api/v1/x/vast", answering(299));
  const auto m = r.match(Method::get, "/api/v1/x/vast");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(status_of_match(m), 200);
  EXPECT_EQ(m.params, (Params{{"a", "vast"}}));
  EXPECT_EQ(m.allowed, (std::vector<Method>{Method::get, Method::head}));
}

TEST(Router, AllowHeaderJoinsWithCommaSpace) {
  EXPECT_EQ(allow_header({}), "");
  EXPECT_EQ(allow_header({Method::get}), "GET");
  EXPECT_EQ(allow_header({Method::get, Method::head, Method::post, Method::put, Method::patch,
                          Method::del, Method::options}),
            "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
}

TEST(Router, BodyLimitIsPerRoute) {
  const Router r = regio_router();
  EXPECT_EQ(r.body_limit(Method::post, "/api/v1/regios/AM13/gemeenten/GM0363"), 4096u);
  EXPECT_EQ(r.body_limit(Method::put, "/api/v1/regios/AM13"), 2048u);
}

TEST(Router, BodyLimitDefaultsToOneMebibyte) {
  const Router r = regio_router();
  EXPECT_EQ(Router::default_body_limit, 1024u * 1024u);
  EXPECT_EQ(r.body_limit(Method::get, "/api/v1/regios"), Router::default_body_limit);
  EXPECT_EQ(r.body_limit(Method::post, "/api/v1/onbekend"), Router::default_body_limit);
}

}  // namespace
}  // namespace rmt::http
