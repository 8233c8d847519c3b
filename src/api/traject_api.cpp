#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "api/traject_json.hpp"
#include "domain/regio.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

TrajectInvoer read_traject(const boost::json::object& body, Validation& v) {
  TrajectInvoer t;
  t.klant_id = read_text(body, "klantId", v, false, 100);
  t.werkgever_id = read_text(body, "werkgeverId", v, false, 100);
  t.aanmelding_id = read_text(body, "aanmeldingId", v, false, 100);
  t.werkgever_traject_id = read_text(body, "werkgeverTrajectId", v, false, 100);
  t.categorie = read_text(body, "categorie", v, true, 40).value_or("");
  t.klantvraag = read_text(body, "klantvraag", v, true, 8000).value_or("");
  t.doelen = read_text(body, "doelen", v, false, 8000);
  t.regievoerder_id = read_text(body, "regievoerderId", v, true, 100).value_or("");
  t.startdatum = read_text(body, "startdatum", v, false, 10);
  return t;
}

services::Statuswijziging read_statuswijziging(const boost::json::object& body, Validation& v) {
  services::Statuswijziging w;
  w.status = read_text(body, "status", v, true, 40).value_or("");
  w.reden = read_text(body, "reden", v, false, 4000);
  if (const auto* r = body.if_contains("resultaat"); r && !r->is_null()) {
    if (!r->is_object()) {
      v.add("resultaat", "type", "Het resultaat is een object.");
    } else {
      const auto& o = r->as_object();
      Validation binnen;
      Resultaat res;
      res.uitkomst = read_text(o, "uitkomst", binnen, true, 40).value_or("");
      res.datum = read_text(o, "datum", binnen, true, 10).value_or("");
      res.contractvorm = read_text(o, "contractvorm", binnen, false, 40);
      res.uren_per_week = read_int(o, "urenPerWeek", binnen, false, 0, 1000);
      res.toelichting = read_text(o, "toelichting", binnen, false, 4000);
      if (binnen.ok()) {
        w.resultaat = std::move(res);
      } else {
        v.add("resultaat", "invalid", "Vul uitkomst en datum (JJJJ-MM-DD) in; uren per week als geheel getal.");
      }
    }
  }
  return w;
}

}  // namespace

void add_traject_routes(http::Router& router, services::SessieService& sessies, services::TrajectService& trajecten,
                        CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/trajecten", [&trajecten, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    std::vector<std::pair<std::string, std::string>> filters;
    services::TrajectVraag vraag;
    if (const auto s = req.query_param("selectie")) filters.emplace_back("selectie", vraag.selectie = std::string(*s));
    if (const auto s = req.query_param("status")) filters.emplace_back("status", *(vraag.status = std::string(*s)));
    if (const auto s = req.query_param("sluitenAanbevolen")) {
      if (*s != "true" && *s != "false") v.add("sluitenAanbevolen", "type", "Gebruik true of false.");
      vraag.sluiten_aanbevolen = *s == "true";
      filters.emplace_back("sluitenAanbevolen", std::string(*s));
    }
    if (const auto s = req.query_param("werkgeverTrajectId")) {
      filters.emplace_back("werkgeverTrajectId", *(vraag.werkgever_traject_id = std::string(*s)));
    }
    if (const auto s = req.query_param("werkgeverId")) filters.emplace_back("werkgeverId", *(vraag.werkgever_id = std::string(*s)));
    const auto page = trajecten.list(ctx, vraag, p, v);
    boost::json::array items;
    for (const auto& t : page.items) items.push_back(traject_json(t));
    return json(200, collection("trajecten", std::move(items), "/api/v1/trajecten", filters, p, page.total));
  }).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/trajecten", [&trajecten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    auto invoer = read_traject(body, v);
    v.throw_if_invalid();
    const auto b = trajecten.create(ctx, std::move(invoer));
    http::Response r = met_etag(201, traject_beeld_json(b), b.zicht.traject.versie);
    r.headers.set("Location", "/api/v1/trajecten/" + b.zicht.traject.id);
    return r;
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/trajecten/{id}", [&trajecten, context](http::Request& req) {
    const auto b = trajecten.get(context(req), req.path_param("id"));
    return met_etag(200, traject_beeld_json(b), b.zicht.traject.versie);
  }).toegang = "casus_lezen";

  router.add(http::Method::put, "/api/v1/trajecten/{id}", [&trajecten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    auto invoer = read_traject(body, v);
    v.throw_if_invalid();
    const auto b = trajecten.update(ctx, req.path_param("id"), versie, std::move(invoer));
    return met_etag(200, traject_beeld_json(b), b.zicht.traject.versie);
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::post, "/api/v1/trajecten/{id}/statuswijzigingen", [&trajecten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    auto w = read_statuswijziging(body, v);
    v.throw_if_invalid();
    const auto b = trajecten.wijzig_status(ctx, req.path_param("id"), versie, std::move(w));
    return met_etag(200, traject_beeld_json(b), b.zicht.traject.versie);
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/trajecten/{id}/tijdlijn", [&trajecten, context](http::Request& req) {
    boost::json::array items;
    for (const auto& g : trajecten.tijdlijn(context(req), req.path_param("id"))) items.push_back(gebeurtenis_json(g));
    return json(200, {{"gebeurtenissen", std::move(items)}});
  }).toegang = "casus_lezen";

  router.add(http::Method::post, "/api/v1/trajecten/{id}/notities", [&trajecten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    auto tekst = read_text(body, "tekst", v, true, 8000).value_or("");
    auto zichtbaarheid = read_text(body, "zichtbaarheid", v, false, 40).value_or("betrokkenen");
    v.throw_if_invalid();
    const auto g = trajecten.notitie(ctx, req.path_param("id"), std::move(tekst), std::move(zichtbaarheid));
    return json(201, gebeurtenis_json(g));
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/regievoerders", [&trajecten, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    std::optional<std::string> regio, organisatie;
    if (const auto r = req.query_param("regioCode")) regio = std::string(*r);
    if (regio && !is_regio_code(*regio)) v.add("regioCode", "pattern", "Kies een regio (code AMnn).");
    if (const auto o = req.query_param("organisatieId")) organisatie = std::string(*o);
    v.throw_if_invalid();
    boost::json::array items;
    for (const auto& m : trajecten.regievoerders(ctx, regio, organisatie)) {
      items.push_back({{"id", m.id}, {"naam", m.naam}, {"organisatieId", m.organisatie_id}});
    }
    return json(200, {{"regievoerders", std::move(items)}});
  }).toegang = "casus_schrijven";
}

}  // namespace rmt::api
