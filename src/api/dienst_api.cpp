#include <limits>

#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

boost::json::object dienst_json(const Dienst& d) {
  return {{"id", d.id},
          {"regioCode", d.regio_code},
          {"naam", d.naam},
          {"type", d.type},
          {"omschrijving", of_nullable(d.omschrijving)},
          {"aanbiederId", d.aanbieder_id},
          {"standaardkostenCent", d.standaardkosten_cent},
          {"status", d.status},
          {"maxPerKlant", of_nullable(d.max_per_klant)},
          {"versie", d.versie},
          {"_links", {{"self", {{"href", "/api/v1/diensten/" + d.id}}}}}};
}

DienstInvoer read_dienst(const http::Request& req) {
  const auto body = read_object(req);
  Validation v;
  DienstInvoer d;
  d.regio_code = read_text(body, "regioCode", v, true, 40).value_or("");
  d.naam = read_text(body, "naam", v, true, 400).value_or("");
  d.type = read_text(body, "type", v, true, 40).value_or("");
  d.omschrijving = read_text(body, "omschrijving", v, false, 8000);
  d.aanbieder_id = read_text(body, "aanbiederId", v, true, 100).value_or("");
  // Ranges are the domain's to check (with the other fields, in one answer).
  constexpr auto min = std::numeric_limits<std::int64_t>::min(), max = std::numeric_limits<std::int64_t>::max();
  d.standaardkosten_cent = read_int(body, "standaardkostenCent", v, true, min, max).value_or(0);
  d.status = read_text(body, "status", v, false, 40).value_or("open");
  d.max_per_klant = read_int(body, "maxPerKlant", v, false, min, max);
  v.throw_if_invalid();
  return d;
}

}  // namespace

void add_dienst_routes(http::Router& router, services::SessieService& sessies, services::DienstService& diensten,
                       CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/diensten", [&diensten, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    std::vector<std::pair<std::string, std::string>> filters;
    std::optional<std::string> status, type;
    if (const auto s = req.query_param("status")) filters.emplace_back("status", *(status = std::string(*s)));
    if (const auto t = req.query_param("type")) filters.emplace_back("type", *(type = std::string(*t)));
    const auto page = diensten.list(ctx, status, type, p, v);
    boost::json::array items;
    for (const auto& d : page.items) items.push_back(dienst_json(d));
    return json(200, collection("diensten", std::move(items), "/api/v1/diensten", filters, p, page.total));
  }).toegang = "catalogus_lezen";

  router.add(http::Method::post, "/api/v1/diensten", [&diensten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto d = diensten.create(ctx, read_dienst(req));
    http::Response r = met_etag(201, dienst_json(d), d.versie);
    r.headers.set("Location", "/api/v1/diensten/" + d.id);
    return r;
  }, small_body).toegang = "catalogus_beheren";

  router.add(http::Method::get, "/api/v1/diensten/{id}", [&diensten, context](http::Request& req) {
    const auto d = diensten.get(context(req), req.path_param("id"));
    return met_etag(200, dienst_json(d), d.versie);
  }).toegang = "catalogus_lezen";

  router.add(http::Method::put, "/api/v1/diensten/{id}", [&diensten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto d = diensten.update(ctx, req.path_param("id"), versie, read_dienst(req));
    return met_etag(200, dienst_json(d), d.versie);
  }, small_body).toegang = "catalogus_beheren";
}

}  // namespace rmt::api
