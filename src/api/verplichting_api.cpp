#include "api/budget_json.hpp"
#include "api/json_body.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"

namespace rmt::api {

void add_verplichting_routes(http::Router& router, services::SessieService& sessies,
                             services::VerplichtingService& verplichtingen, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/verplichtingen", [&verplichtingen, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    std::vector<std::pair<std::string, std::string>> filters;
    const std::string status(req.query_param("status").value_or(""));
    if (!status.empty()) filters.emplace_back("status", status);
    const auto page = verplichtingen.list(ctx, status, p);
    boost::json::array items;
    for (const auto& x : page.items) items.push_back(verplichting_json(x));
    return json(200, collection("verplichtingen", std::move(items), "/api/v1/verplichtingen", filters, p, page.total));
  }).toegang = "budget_lezen";

  router.add(http::Method::get, "/api/v1/verplichtingen/{id}", [&verplichtingen, context](http::Request& req) {
    const auto x = verplichtingen.get(context(req), req.path_param("id"));
    return met_etag(200, verplichting_json(x), x.versie);
  }).toegang = "budget_lezen";

  router.add(http::Method::post, "/api/v1/verplichtingen/{id}/beoordeling", [&verplichtingen, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    services::VerplichtingBesluit b;
    b.besluit = read_text(body, "besluit", v, true, 20).value_or("");
    b.regel_id = read_text(body, "regelId", v, false, 100);
    b.reden = read_text(body, "reden", v, false, 2000);
    v.throw_if_invalid();
    const auto x = verplichtingen.beoordeel(ctx, req.path_param("id"), versie, b);
    return met_etag(200, verplichting_json(x), x.versie);
  }, 16 * 1024).toegang = "verplichtingen_goedkeuren";
}

}  // namespace rmt::api
