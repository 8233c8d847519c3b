#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/routes.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

boost::json::object werkgever_json(const Werkgever& w) {
  return {{"id", w.id},
          {"bedrijfsnaam", w.bedrijfsnaam},
          {"kvkNummer", w.kvk_nummer},
          {"sector", of_nullable(w.sector)},
          {"contactpersoon", w.contactpersoon},
          {"email", of_nullable(w.email)},
          {"telefoon", of_nullable(w.telefoon)},
          {"vestigingsgemeenteCode", w.vestigingsgemeente_code},
          {"regioCode", w.regio_code},
          {"versie", w.versie},
          {"_links", {{"self", {{"href", "/api/v1/werkgevers/" + w.id}}}}}};
}

}  // namespace

void add_werkgever_routes(http::Router& router, services::SessieService& sessies, services::WerkgeverService& werkgevers,
                          CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::post, "/api/v1/werkgevers", [&werkgevers, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    WerkgeverInvoer w;
    w.bedrijfsnaam = read_text(body, "bedrijfsnaam", v, true, 400).value_or("");
    w.kvk_nummer = read_text(body, "kvkNummer", v, true, 40).value_or("");
    w.sector = read_text(body, "sector", v, false, 40);
    w.contactpersoon = read_text(body, "contactpersoon", v, true, 400).value_or("");
    w.email = read_text(body, "email", v, false, 254);
    w.telefoon = read_text(body, "telefoon", v, false, 40);
    w.vestigingsgemeente_code = read_text(body, "vestigingsgemeenteCode", v, true, 40).value_or("");
    const bool bevestigd = read_bool(body, "dubbelBevestigd", v).value_or(false);
    v.throw_if_invalid();
    const auto made = werkgevers.create(ctx, std::move(w), bevestigd);
    http::Response r = json(201, werkgever_json(made));
    r.headers.set("Location", "/api/v1/werkgevers/" + made.id);
    return r;
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/werkgevers/{id}", [&werkgevers, context](http::Request& req) {
    return json(200, werkgever_json(werkgevers.get(context(req), req.path_param("id"))));
  }).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/werkgevers/zoeken", [&werkgevers, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    const auto kvk = read_text(body, "kvkNummer", v, false, 40);
    const auto naam = read_text(body, "bedrijfsnaam", v, false, 200);
    v.throw_if_invalid();
    boost::json::array items;
    for (const auto& w : werkgevers.zoeken(ctx, kvk, naam)) items.push_back(werkgever_json(w));
    return json(200, {{"_embedded", {{"werkgevers", std::move(items)}}}});
  }, small_body).toegang = "casus_lezen";
}

}  // namespace rmt::api
