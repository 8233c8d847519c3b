#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "api/traject_json.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

}  // namespace

void add_doorverwijzing_routes(http::Router& router, services::SessieService& sessies,
                               services::DoorverwijzingService& samenwerking, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::post, "/api/v1/trajecten/{id}/toestemmingen", [&samenwerking, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    ToestemmingInvoer t;
    t.organisatie_id = read_text(body, "organisatieId", v, true, 100).value_or("");
    t.scope = read_text_list(body, "scope", v, true, 20);
    t.geldig_tot = read_text(body, "geldigTot", v, true, 10).value_or("");
    t.vastgelegd_via = read_text(body, "vastgelegdVia", v, true, 40).value_or("");
    t.toelichting = read_text(body, "toelichting", v, false, 4000);
    v.throw_if_invalid();
    return json(201, toestemming_json(samenwerking.toestemming(ctx, req.path_param("id"), std::move(t))));
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::post, "/api/v1/toestemmingen/{id}/intrekking", [&samenwerking, context](http::Request& req) {
    return json(200, toestemming_json(samenwerking.intrekken(context(req), req.path_param("id"))));
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::post, "/api/v1/trajecten/{id}/doorverwijzingen", [&samenwerking, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    services::Verwijzing w;
    w.naar_organisatie_id = read_text(body, "naarOrganisatieId", v, true, 100).value_or("");
    w.toestemming_id = read_text(body, "toestemmingId", v, true, 100).value_or("");
    w.vraag = read_text(body, "vraag", v, true, 8000).value_or("");
    v.throw_if_invalid();
    const auto d = samenwerking.verwijs(ctx, req.path_param("id"), std::move(w));
    return met_etag(201, doorverwijzing_json(d), d.versie);
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/doorverwijzingen", [&samenwerking, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    std::vector<std::pair<std::string, std::string>> filters;
    const std::string map(req.query_param("map").value_or("inbox"));
    if (map != "inbox" && map != "outbox") v.add("map", "enum", "Kies inbox of outbox.");
    filters.emplace_back("map", map);
    std::optional<std::string> status;
    if (const auto s = req.query_param("status")) filters.emplace_back("status", *(status = std::string(*s)));
    const auto page = samenwerking.postbus(ctx, map == "inbox", status, p, v);
    boost::json::array items;
    for (const auto& d : page.items) items.push_back(doorverwijzing_json(d));
    return json(200, collection("doorverwijzingen", std::move(items), "/api/v1/doorverwijzingen", filters, p, page.total));
  }).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/doorverwijzingen/{id}/statuswijzigingen",
             [&samenwerking, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    auto status = read_text(body, "status", v, true, 40).value_or("");
    auto reden = read_text(body, "reden", v, false, 4000);
    v.throw_if_invalid();
    const auto d = samenwerking.wijzig_status(ctx, req.path_param("id"), versie, std::move(status), std::move(reden));
    return met_etag(200, doorverwijzing_json(d), d.versie);
  }, small_body).toegang = "casus_schrijven";
}

}  // namespace rmt::api
