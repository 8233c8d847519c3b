#include "api/json_body.hpp"
#include "api/routes.hpp"

namespace rmt::api {

void add_codelijst_routes(http::Router& router, services::RegioService& regios) {
  router.add(http::Method::get, "/api/v1/codelijsten", [&regios](http::Request&) {
    const Codelijsten& c = regios.codelijsten();
    boost::json::object lijsten;
    for (const auto& [naam, codes] : c.lijsten) {
      boost::json::array items;
      for (const Code& code : codes) items.push_back({{"code", code.code}, {"omschrijving", code.omschrijving}});
      lijsten[naam] = std::move(items);
    }
    http::Response r = json(200, {{"versie", c.versie}, {"lijsten", std::move(lijsten)}});
    r.headers.set("Cache-Control", "public, max-age=3600");
    return r;
  }).toegang = "publiek";
}

}  // namespace rmt::api
