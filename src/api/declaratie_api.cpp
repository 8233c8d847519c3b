#include "api/budget_json.hpp"
#include "api/json_body.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "services/idempotentie.hpp"
#include "domain/iban.hpp"
#include "domain/tijd.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t body_limit = 64 * 1024;

DeclaratieInvoer read_declaratie(const boost::json::object& body, Validation& v) {
  DeclaratieInvoer d;
  d.aanbieder_id = read_text(body, "aanbiederId", v, true, 100).value_or("");
  d.factuurnummer = read_text(body, "factuurnummer", v, true, 35).value_or("");
  d.factuurdatum = read_text(body, "factuurdatum", v, true, 10).value_or("");
  d.periode_van = read_text(body, "periodeVan", v, true, 10).value_or("");
  d.periode_tot = read_text(body, "periodeTot", v, true, 10).value_or("");
  d.iban = normaliseer_iban(read_text(body, "iban", v, true, 50).value_or(""));
  d.bic = read_text(body, "bic", v, false, 11);
  if (d.bic) d.bic = normaliseer_iban(*d.bic);  // BICs too: no spaces, upper case
  d.bijlage = read_text(body, "bijlage", v, true, 500).value_or("");
  d.boven_verplichting = read_bool(body, "bovenVerplichting", v).value_or(false);
  d.toelichting = read_text(body, "toelichting", v, false, 2000);
  const auto it = body.find("regels");
  if (it == body.end() || !it->value().is_array()) {
    v.add("regels", "type", "Geef de interventies als lijst van {interventieId, bedragCent}.");
    return d;
  }
  const auto& regels = it->value().as_array();
  for (std::size_t n = 0; n < regels.size() && n <= 100; ++n) {
    const std::string veld = "regels[" + std::to_string(n) + "]";
    const auto* o = regels[n].if_object();
    const auto* id = o && o->contains("interventieId") ? o->at("interventieId").if_string() : nullptr;
    const auto* bedrag = o && o->contains("bedragCent") ? &o->at("bedragCent") : nullptr;
    Declaratieregel r;
    if (!id) v.add(veld + ".interventieId", "type", "Geef het id van de interventie.");
    else r.interventie_id = std::string(*id);
    if (!bedrag || !(bedrag->is_int64() || bedrag->is_uint64())) {
      v.add(veld + ".bedragCent", "type", "Het bedrag is een geheel aantal centen.");
    } else if (bedrag->is_uint64()) {
      v.add(veld + ".bedragCent", "range", "Het bedrag is 1 tot 100.000.000.000 cent.");
    } else {
      r.bedrag_cent = bedrag->as_int64();  // the range is the domain's
    }
    d.regels.push_back(std::move(r));
  }
  return d;
}

}  // namespace

void add_declaratie_routes(http::Router& router, services::SessieService& sessies, services::DeclaratieService& declaraties,
                           CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/declaraties", [&declaraties, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    std::vector<std::pair<std::string, std::string>> filters;
    const std::string status(req.query_param("status").value_or(""));
    if (!status.empty()) filters.emplace_back("status", status);
    const auto page = declaraties.list(ctx, status, p);
    boost::json::array items;
    for (const auto& d : page.items) items.push_back(declaratie_json(d));
    return json(200, collection("declaraties", std::move(items), "/api/v1/declaraties", filters, p, page.total));
  }).toegang = "declaraties_indienen";

  router.add(http::Method::post, "/api/v1/declaraties", [&declaraties, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    auto d = read_declaratie(body, v);
    // Syntax and rules in one pass, so one 400 names every bad field.
    valideer(d, vandaag(), v);
    v.throw_if_invalid();
    std::optional<std::string> sleutel;
    if (const auto h = req.headers.get("Idempotency-Key")) sleutel = std::string(*h);
    const auto out = declaraties.create(ctx, std::move(d), services::idempotentie(sleutel, req.body));
    return met_etag(201, declaratie_json(out), out.versie);
  }, body_limit).toegang = "declaraties_indienen";

  router.add(http::Method::get, "/api/v1/declaraties/{id}", [&declaraties, context](http::Request& req) {
    const auto d = declaraties.get(context(req), req.path_param("id"));
    return met_etag(200, declaratie_json(d), d.versie);
  }).toegang = "declaraties_indienen";

  router.add(http::Method::post, "/api/v1/declaraties/{id}/beoordeling", [&declaraties, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    services::DeclaratieBesluit b;
    b.besluit = read_text(body, "besluit", v, true, 20).value_or("");
    b.reden = read_text(body, "reden", v, false, 2000);
    b.akkoord_boven_verplichting = read_bool(body, "akkoordBovenVerplichting", v).value_or(false);
    v.throw_if_invalid();
    const auto d = declaraties.beoordeel(ctx, req.path_param("id"), versie, b);
    return met_etag(200, declaratie_json(d), d.versie);
  }, body_limit).toegang = "declaraties_beoordelen";

  router.add(http::Method::post, "/api/v1/declaraties/{id}/correctie", [&declaraties, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    const auto reden = read_text(body, "reden", v, true, 2000).value_or("");
    v.throw_if_invalid();
    const auto d = declaraties.corrigeer(ctx, req.path_param("id"), versie, reden);
    return met_etag(200, declaratie_json(d), d.versie);
  }, body_limit).toegang = "declaraties_beoordelen";
}

}  // namespace rmt::api
