// The routes the server registers and the operations in the OpenAPI document are the same set.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/openapi_document.hpp"
#include "app/platform.hpp"

namespace rmt {
namespace {

TEST(RoutesAndOpenApi, RegisteredRoutesEqualDocumentedOperations) {
  app::Services services(nullptr, {});
  const http::Router router = app::build_router(services);
  std::set<std::pair<std::string, std::string>> registered;
  for (const auto& route : router.routes()) {
    registered.emplace(std::string(http::method_name(route.method)), route.pattern);
  }
  EXPECT_EQ(registered, api::openapi_operations());
  EXPECT_FALSE(registered.empty());
}

TEST(RoutesAndOpenApi, DocumentIsOpenApi303WithSemanticVersion) {
  const auto doc = boost::json::parse(api::openapi_json()).as_object();
  EXPECT_EQ(doc.at("openapi").as_string(), "3.0.3");
  const std::string version = api::openapi_version();
  int dots = 0;
  for (char c : version) dots += c == '.';
  EXPECT_EQ(dots, 2) << version;
}

}  // namespace
}  // namespace rmt
