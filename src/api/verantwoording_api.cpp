#include "api/legitimatie.hpp"
#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "domain/tijd.hpp"

namespace rmt::api {
namespace {

std::string tijd_filter(const http::Request& req, std::string_view name, Validation& v) {
  const auto value = req.query_param(name);
  if (!value) return "";
  const auto t = parse_rfc3339(*value);
  if (!t) {
    v.add(std::string(name), "format", "Gebruik een tijdstip volgens RFC 3339, bijvoorbeeld 2026-11-01T00:00:00Z.");
    return "";
  }
  return to_rfc3339(*t);
}

std::string tekst_filter(const http::Request& req, std::string_view name, Validation& v) {
  const std::string value(req.query_param(name).value_or(""));
  if (value.size() > 100) v.add(std::string(name), "maxLength", "Hoogstens 100 tekens.");
  return value;
}

}  // namespace

void add_verantwoording_routes(http::Router& router, services::SessieService& sessies,
                               services::Verantwoording& verantwoording, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/auditregels", [&verantwoording, context](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    db::AuditFilter f;
    f.actor = tekst_filter(req, "actor", v);
    f.object_type = tekst_filter(req, "objectType", v);
    f.object_id = tekst_filter(req, "objectId", v);
    f.van = tijd_filter(req, "van", v);
    f.tot = tijd_filter(req, "tot", v);
    v.throw_if_invalid();
    f.limit = p.page_size;
    f.offset = p.offset();
    const auto page = verantwoording.auditregels(context(req), f);
    boost::json::array items;
    for (const auto& r : page.regels) {
      items.push_back({{"volgnummer", r.volgnummer}, {"tijdstempel", r.tijdstempel}, {"actor", r.actor},
                       {"actie", r.actie}, {"objectType", r.object_type}, {"objectId", r.object_id},
                       {"resultaat", r.resultaat},
                       {"oorsprong", {{"adres", r.oorsprong_adres}, {"userAgent", r.oorsprong_user_agent}}},
                       {"traceId", r.trace_id}, {"hash", r.hash}});
    }
    std::vector<std::pair<std::string, std::string>> kept;
    for (const char* name : {"actor", "objectType", "objectId", "van", "tot"}) {
      if (auto value = req.query_param(name)) kept.emplace_back(name, std::string(*value));
    }
    return json(200, collection("auditregels", std::move(items), "/api/v1/auditregels", kept, p, page.total));
  }).toegang = "auditregels_lezen";

  router.add(http::Method::get, "/api/v1/verwerkingsactiviteiten", [&verantwoording, context](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    context(req);  // any complete login or token: the register itself holds no personal data
    const auto& all = verantwoording.verwerkingsactiviteiten();
    boost::json::array items;
    for (std::size_t i = static_cast<std::size_t>(p.offset());
         i < all.size() && items.size() < static_cast<std::size_t>(p.page_size); ++i) {
      const auto& a = all[i];
      items.push_back({{"id", a.id}, {"naam", a.naam}, {"doel", a.doel}, {"grondslag", a.grondslag},
                       {"bewaartermijn", a.bewaartermijn}});
    }
    return json(200, collection("verwerkingsactiviteiten", std::move(items), "/api/v1/verwerkingsactiviteiten", {}, p,
                                static_cast<std::int64_t>(all.size())));
  }).toegang = "ingelogd";

  router.add(http::Method::post, "/api/v1/verwerkingen/zoeken", [&verantwoording, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    const auto body = read_object(req);
    const auto soort = read_text(body, "soort", v, true, 20);
    const auto id = read_text(body, "identificatie", v, true, 100);
    if (soort && *soort != "medewerker" && *soort != "klant" && *soort != "werkgever" && *soort != "aanmelding") {
      v.add("soort", "enum", "Kies medewerker, klant, werkgever of aanmelding.");
    }
    v.throw_if_invalid();
    const auto page = verantwoording.verwerkingen(ctx, *soort, *id, p);
    boost::json::array items;
    for (const auto& w : page.items) {
      items.push_back({{"traceId", w.trace_id}, {"spanId", w.span_id}, {"naam", w.naam}, {"startOp", w.start_op},
                       {"eindOp", w.eind_op}, {"verwerkingsactiviteitId", w.verwerkingsactiviteit_id},
                       {"status", w.status}, {"actor", w.actor}});
    }
    return json(200, collection("verwerkingen", std::move(items), "/api/v1/verwerkingen/zoeken", {}, p, page.total));
  }, 4 * 1024).toegang = "verwerkingen_lezen";
}

}  // namespace rmt::api
