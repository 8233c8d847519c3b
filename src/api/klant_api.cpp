#include "api/legitimatie.hpp"
#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/routes.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

boost::json::object klant_json(const services::KlantBeeld& b) {
  const Klant& k = b.klant;
  boost::json::object out{{"id", k.id},
                          {"naam", k.naam},
                          {"geboortedatum", k.geboortedatum},
                          {"woongemeenteCode", k.woongemeente_code},
                          {"regioCode", k.regio_code},
                          {"versie", k.versie},
                          {"_links", {{"self", {{"href", "/api/v1/klanten/" + k.id}}}}}};
  out["email"] = of_nullable(k.email);
  out["telefoon"] = of_nullable(k.telefoon);
  out["bsn"] = b.bsn_gemaskeerd.empty() ? boost::json::value(nullptr) : boost::json::value(b.bsn_gemaskeerd);
  return out;
}

boost::json::object intake_json(const Intake& i) {
  return {{"id", i.id},
          {"klantId", i.klant_id},
          {"datum", i.datum},
          {"arbeidsmarktpositie", i.arbeidsmarktpositie},
          {"uitkeringssituatie", i.uitkeringssituatie},
          {"leeftijdsklasse", i.leeftijdsklasse},
          {"opleidingsniveau", i.opleidingsniveau},
          {"banenafspraak", i.banenafspraak},
          {"statushouder", i.statushouder},
          {"sector", of_nullable(i.sector)},
          {"codelijstVersie", i.codelijst_versie}};
}

}  // namespace

void add_klant_routes(http::Router& router, services::SessieService& sessies, services::KlantService& klanten,
                      services::IntakeService& intakes, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::post, "/api/v1/klanten", [&klanten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    KlantInvoer k;
    k.naam = read_text(body, "naam", v, true, 200).value_or("");
    // Generous caps here; the domain validation names every bad value (service).
    k.geboortedatum = read_text(body, "geboortedatum", v, true, 200).value_or("");
    k.email = read_text(body, "email", v, false, 254);
    k.telefoon = read_text(body, "telefoon", v, false, 200);
    k.woongemeente_code = read_text(body, "woongemeenteCode", v, true, 200).value_or("");
    k.bsn = read_text(body, "bsn", v, false, 200);
    const bool bevestigd = read_bool(body, "dubbelBevestigd", v).value_or(false);
    v.throw_if_invalid();
    const auto b = klanten.create(ctx, std::move(k), bevestigd);
    http::Response r = json(201, klant_json(b));
    r.headers.set("Location", "/api/v1/klanten/" + b.klant.id);
    return r;
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/klanten/{id}", [&klanten, context](http::Request& req) {
    return json(200, klant_json(klanten.get(context(req), req.path_param("id"))));
  }).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/klanten/zoeken", [&klanten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    const auto bsn = read_text(body, "bsn", v, false, 20);
    const auto naam = read_text(body, "naam", v, false, 200);
    const auto geboren = read_text(body, "geboortedatum", v, false, 10);
    v.throw_if_invalid();
    boost::json::array items;
    for (const auto& b : klanten.zoeken(ctx, bsn, naam, geboren)) items.push_back(klant_json(b));
    return json(200, {{"_embedded", {{"klanten", std::move(items)}}}});
  }, small_body).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/klanten/{id}/bsn-onthulling", [&klanten, context](http::Request& req) {
    return json(200, {{"bsn", klanten.bsn_onthullen(context(req), req.path_param("id"))}});
  }, small_body).toegang = "casus_lezen";

  router.add(http::Method::get, "/api/v1/klanten/{id}/intakes", [&intakes, context](http::Request& req) {
    boost::json::array items;
    for (const auto& i : intakes.list(context(req), req.path_param("id"))) items.push_back(intake_json(i));
    return json(200, {{"_embedded", {{"intakes", std::move(items)}}}});
  }).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/klanten/{id}/intakes", [&intakes, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    IntakeInvoer i;
    i.datum = read_text(body, "datum", v, false, 40).value_or("");
    i.arbeidsmarktpositie = read_text(body, "arbeidsmarktpositie", v, true, 40).value_or("");
    i.uitkeringssituatie = read_text(body, "uitkeringssituatie", v, true, 40).value_or("");
    i.opleidingsniveau = read_text(body, "opleidingsniveau", v, true, 40).value_or("");
    i.banenafspraak = read_bool(body, "banenafspraak", v).value_or(false);
    i.statushouder = read_bool(body, "statushouder", v).value_or(false);
    i.sector = read_text(body, "sector", v, false, 40);
    v.throw_if_invalid();
    return json(201, intake_json(intakes.create(ctx, req.path_param("id"), std::move(i))));
  }, small_body).toegang = "casus_schrijven";
}

}  // namespace rmt::api
