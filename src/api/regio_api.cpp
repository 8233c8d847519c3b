#include "api/json_body.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"

namespace rmt::api {
namespace {

boost::json::object regio_json(const Regio& r) {
  return {
      {"code", r.code},
      {"naam", r.naam},
      {"jaar", r.jaar},
      {"aantalGemeenten", r.aantal_gemeenten},
      {"_links",
       {{"self", {{"href", "/api/v1/regios/" + r.code}}},
        {"gemeenten", {{"href", "/api/v1/gemeenten?regio=" + r.code}}}}},
  };
}

boost::json::object gemeente_json(const Gemeente& g) {
  return {{"code", g.code}, {"naam", g.naam}, {"regioCode", g.regio_code}, {"jaar", g.jaar}};
}

}  // namespace

void add_regio_routes(http::Router& router, services::RegioService& regios) {
  router.add(http::Method::get, "/api/v1/regios", [&regios](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    const auto page = regios.list(p);
    boost::json::array items;
    for (const Regio& r : page.items) items.push_back(regio_json(r));
    return json(200, collection("regios", std::move(items), "/api/v1/regios", {}, p, page.total));
  });

  router.add(http::Method::get, "/api/v1/regios/{code}", [&regios](http::Request& req) {
    const RegioMetGemeenten found = regios.get(req.path_param("code"));
    boost::json::object body = regio_json(found.regio);
    boost::json::array gemeenten;
    for (const Gemeente& g : found.gemeenten) gemeenten.push_back(gemeente_json(g));
    body["gemeenten"] = std::move(gemeenten);
    return json(200, body);
  });

  router.add(http::Method::get, "/api/v1/gemeenten", [&regios](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    const std::string regio(req.query_param("regio").value_or(""));
    if (req.query_param("regio") && !is_regio_code(regio)) {
      v.add("regio", "pattern", "Een regiocode is AM gevolgd door twee cijfers, bijvoorbeeld AM13.");
    }
    v.throw_if_invalid();
    const auto page = regios.gemeenten(regio, p);
    boost::json::array items;
    for (const Gemeente& g : page.items) items.push_back(gemeente_json(g));
    std::vector<std::pair<std::string, std::string>> filters;
    if (!regio.empty()) filters.emplace_back("regio", regio);
    return json(200, collection("gemeenten", std::move(items), "/api/v1/gemeenten", filters, p, page.total));
  });
}

}  // namespace rmt::api
