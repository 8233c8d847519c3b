#include "api/json_body.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"

namespace rmt::api {
namespace {

// Responses are built in one arena (storage) per request: far fewer allocations than one per
// JSON node, which showed as the top cost of this endpoint in bench/http.
boost::json::object regio_json(const Regio& r, const boost::json::storage_ptr& storage) {
  return boost::json::object({
      {"code", r.code},
      {"naam", r.naam},
      {"jaar", r.jaar},
      {"aantalGemeenten", r.aantal_gemeenten},
      {"_links",
       {{"self", {{"href", "/api/v1/regios/" + r.code}}},
        {"gemeenten", {{"href", "/api/v1/gemeenten?regio=" + r.code}}}}},
  }, storage);
}

boost::json::object gemeente_json(const Gemeente& g, const boost::json::storage_ptr& storage) {
  return boost::json::object(
      {{"code", g.code}, {"naam", g.naam}, {"regioCode", g.regio_code}, {"jaar", g.jaar}}, storage);
}

}  // namespace

void add_regio_routes(http::Router& router, services::RegioService& regios) {
  router.add(http::Method::get, "/api/v1/regios", [&regios](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    const auto page = regios.list(p);
    boost::json::monotonic_resource arena(16 * 1024);
    boost::json::array items(&arena);
    for (const Regio& r : page.items) items.push_back(regio_json(r, &arena));
    return json(200, collection("regios", std::move(items), "/api/v1/regios", {}, p, page.total));
  }).toegang = "publiek";

  router.add(http::Method::get, "/api/v1/regios/{code}", [&regios](http::Request& req) {
    const RegioMetGemeenten found = regios.get(req.path_param("code"));
    boost::json::monotonic_resource arena(8 * 1024);
    boost::json::object body = regio_json(found.regio, &arena);
    boost::json::array gemeenten(&arena);
    for (const Gemeente& g : found.gemeenten) gemeenten.push_back(gemeente_json(g, &arena));
    body["gemeenten"] = std::move(gemeenten);
    return json(200, body);
  }).toegang = "publiek";

  router.add(http::Method::get, "/api/v1/gemeenten", [&regios](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    const std::string regio(req.query_param("regio").value_or(""));
    if (req.query_param("regio") && !is_regio_code(regio)) {
      v.add("regio", "pattern", "Een regiocode is AM gevolgd door twee cijfers, bijvoorbeeld AM13.");
    }
    v.throw_if_invalid();
    const auto page = regios.gemeenten(regio, p);
    boost::json::monotonic_resource arena(16 * 1024);
    boost::json::array items(&arena);
    for (const Gemeente& g : page.items) items.push_back(gemeente_json(g, &arena));
    std::vector<std::pair<std::string, std::string>> filters;
    if (!regio.empty()) filters.emplace_back("regio", regio);
    return json(200, collection("gemeenten", std::move(items), "/api/v1/gemeenten", filters, p, page.total));
  }).toegang = "publiek";
}

}  // namespace rmt::api
