#include "api/json_body.hpp"
#include "api/routes.hpp"

namespace rmt::api {

void add_beheer_routes(http::Router& router, services::ReadinessService& readiness) {
  router.add(http::Method::get, "/api/v1/health",
             [](http::Request&) { return json(200, {{"status", "ok"}}); }).toegang = "publiek";
  router.add(http::Method::get, "/api/v1/ready", [&readiness](http::Request&) {
    const services::Gereedheid g = readiness.check();
    return json(200, {{"status", "ok"}, {"database", g.database}, {"schemaVersie", g.schema_versie}});
  }).toegang = "publiek";
}

}  // namespace rmt::api
