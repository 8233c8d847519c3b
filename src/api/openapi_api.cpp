#include "api/openapi_document.hpp"
#include "api/routes.hpp"

namespace rmt::api {

void add_openapi_routes(http::Router& router) {
  router.add(http::Method::get, "/api/v1/openapi.json", [](http::Request&) {
    return http::json_response(200, std::string(openapi_json()));
  }).toegang = "publiek";
}

}  // namespace rmt::api
