#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "api/traject_json.hpp"

namespace rmt::api {

void add_nameting_routes(http::Router& router, services::SessieService& sessies, services::NametingService& nametingen,
                         CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/nametingen", [&nametingen, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    std::vector<std::pair<std::string, std::string>> filters;
    std::optional<std::string> medewerker, tot;
    if (const auto s = req.query_param("medewerkerId")) filters.emplace_back("medewerkerId", *(medewerker = std::string(*s)));
    if (const auto s = req.query_param("tot")) filters.emplace_back("tot", *(tot = std::string(*s)));
    const auto lijst = nametingen.te_doen(ctx, medewerker, tot, p, v);
    boost::json::array items;
    for (const auto& n : lijst.pagina.items) {
      auto item = nameting_json(n);
      const auto partij = lijst.partijen.find(n.traject_id);
      item["naam"] = partij == lijst.partijen.end() ? boost::json::value(nullptr) : boost::json::value(partij->second.naam);
      items.push_back(std::move(item));
    }
    return json(200, collection("nametingen", std::move(items), "/api/v1/nametingen", filters, p, lijst.pagina.total));
  }).toegang = "casus_lezen";

  router.add(http::Method::get, "/api/v1/nametingen-per-medewerker", [&nametingen, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    std::optional<std::string> tot;
    if (const auto s = req.query_param("tot")) tot = std::string(*s);
    boost::json::array items;
    for (const auto& m : nametingen.per_medewerker(ctx, tot, v)) {
      items.push_back({{"medewerkerId", m.medewerker_id}, {"naam", m.naam}, {"aantal", m.aantal}, {"oudste", m.oudste}});
    }
    return json(200, {{"_embedded", {{"medewerkers", std::move(items)}}}});
  }).toegang = "casus_overzien";

  router.add(http::Method::put, "/api/v1/nametingen/{id}", [&nametingen, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    NametingInvoer n;
    n.situatie = read_text(body, "situatie", v, true, 40).value_or("");
    n.contractvorm = read_text(body, "contractvorm", v, false, 40);
    n.uren_per_week = read_int(body, "urenPerWeek", v, false, 0, 1000);
    n.toelichting = read_text(body, "toelichting", v, false, 4000);
    v.throw_if_invalid();
    const auto out = nametingen.vastleggen(ctx, req.path_param("id"), versie, std::move(n));
    return met_etag(200, nameting_json(out), out.versie);
  }, 16 * 1024).toegang = "casus_schrijven";
}

}  // namespace rmt::api
