#include <chrono>

#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "domain/tijd.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

boost::json::object wachtrij_json(const Aanmelding& a) {
  std::int64_t wacht = 0;
  if (const auto ontvangen = parse_rfc3339(a.ontvangen_op)) {
    wacht = std::chrono::duration_cast<std::chrono::minutes>(std::chrono::system_clock::now() - *ontvangen).count();
  }
  return {{"id", a.id},
          {"referentienummer", a.referentienummer},
          {"soort", a.soort},
          {"bedrijfsnaam", of_nullable(a.bedrijfsnaam)},
          {"gemeenteCode", a.gemeente_code},
          {"regioCode", a.regio_code},
          {"categorie", a.categorie},
          {"kanaal", a.kanaal},
          {"status", a.status},
          {"ontvangenOp", a.ontvangen_op},
          {"wachtMinuten", std::max<std::int64_t>(wacht, 0)},
          {"organisatieId", of_nullable(a.organisatie_id)},
          {"medewerkerId", of_nullable(a.medewerker_id)},
          {"klantId", of_nullable(a.klant_id)},
          {"werkgeverId", of_nullable(a.werkgever_id)},
          {"contactId", of_nullable(a.contact_id)},
          {"versie", a.versie},
          {"_links", {{"self", {{"href", "/api/v1/aanmeldingen/" + a.id}}}}}};
}

boost::json::object aanmelding_json(const Aanmelding& a) {
  auto out = wachtrij_json(a);
  out["naam"] = a.naam;
  out["email"] = of_nullable(a.email);
  out["telefoon"] = of_nullable(a.telefoon);
  out["kvkNummer"] = of_nullable(a.kvk_nummer);
  out["vraag"] = a.vraag;
  out["toestemmingContact"] = a.toestemming_contact;
  return out;
}

boost::json::object status_json(const services::StatusAntwoord& s) {
  return {{"referentienummer", s.referentienummer},
          {"status", s.status.status},
          {"statusOmschrijving", s.status.omschrijving},
          {"volgendeStap", s.status.volgende_stap},
          {"ontvangenOp", s.ontvangen_op}};
}

AanmeldingInvoer read_aanmelding(const boost::json::object& body, Validation& v) {
  AanmeldingInvoer a;
  // Generous caps here; the domain validation names every bad value.
  a.soort = read_text(body, "soort", v, true, 40).value_or("");
  a.naam = read_text(body, "naam", v, true, 400).value_or("");
  a.email = read_text(body, "email", v, false, 254);
  a.telefoon = read_text(body, "telefoon", v, false, 40);
  a.bedrijfsnaam = read_text(body, "bedrijfsnaam", v, false, 400);
  a.kvk_nummer = read_text(body, "kvkNummer", v, false, 40);
  a.gemeente_code = read_text(body, "gemeenteCode", v, true, 40).value_or("");
  a.categorie = read_text(body, "categorie", v, true, 40).value_or("");
  a.vraag = read_text(body, "vraag", v, true, 2 * max_vraag_bytes).value_or("");
  a.kanaal = read_text(body, "kanaal", v, true, 40).value_or("");
  a.toestemming_contact = read_bool(body, "toestemmingContact", v).value_or(false);
  return a;
}

}  // namespace

void add_aanmelding_routes(http::Router& router, services::SessieService& sessies,
                           services::AanmeldingService& aanmeldingen, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::post, "/api/v1/aanmeldingen", [&aanmeldingen, &sessies, beleid](http::Request& req) {
    const auto body = read_object(req);
    Validation v;
    AanmeldingInvoer a = read_aanmelding(body, v);
    const std::string honeypot = read_text(body, "website", v, false, 1000).value_or("");
    v.throw_if_invalid();
    std::optional<std::string> sleutel;
    if (const auto h = req.headers.get("Idempotency-Key")) sleutel = std::string(*h);
    // Staff register calls, desk visits and referrals under their own session or token.
    std::optional<services::Context> medewerker;
    if (const auto cred = legitimatie(req, beleid); a.kanaal != "web" && (cred.sessie_token || cred.bearer_token)) {
      medewerker = sessies.context(cred);
    }
    const auto b = aanmeldingen.indienen(oorsprong(req), medewerker ? &*medewerker : nullptr, std::move(a), honeypot,
                                         sleutel, req.body);
    http::Response r = json(201, {{"referentienummer", b.referentienummer},
                                  {"code", b.code},
                                  {"status", "ontvangen"},
                                  {"regioCode", b.regio_code},
                                  {"regioNaam", b.regio_naam},
                                  {"volgendeStap", publieke_status(aanmelding_status::nieuw).volgende_stap}});
    r.headers.set("Cache-Control", "no-store");
    if (b.herhaald) r.headers.set("Idempotent-Replayed", "true");
    return r;
  }, small_body).toegang = "publiek";

  router.add(http::Method::post, "/api/v1/aanmeldingen/status", [&aanmeldingen](http::Request& req) {
    const auto body = read_object(req);
    Validation v;
    const auto nummer = read_text(body, "referentienummer", v, true, 40);
    const auto code = read_text(body, "code", v, true, 40);
    v.throw_if_invalid();
    http::Response r = json(200, status_json(aanmeldingen.status(oorsprong(req), *nummer, *code)));
    r.headers.set("Cache-Control", "no-store");
    return r;
  }, small_body).toegang = "publiek";

  router.add(http::Method::get, "/api/v1/aanmeldingen", [&aanmeldingen, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    services::Wachtrijvraag vraag;
    std::vector<std::pair<std::string, std::string>> filters;
    if (const auto s = req.query_param("status")) {
      vraag.status = std::string(*s);
      filters.emplace_back("status", *vraag.status);
    }
    if (const auto c = req.query_param("categorie")) {
      vraag.categorie = std::string(*c);
      filters.emplace_back("categorie", *vraag.categorie);
    }
    vraag.min_wachtdagen = read_int_param(req, "minWachtdagen", 0, 3650, v);
    if (vraag.min_wachtdagen) filters.emplace_back("minWachtdagen", std::to_string(*vraag.min_wachtdagen));
    const auto page = aanmeldingen.wachtrij(ctx, vraag, p, v);
    boost::json::array items;
    for (const auto& a : page.items) items.push_back(wachtrij_json(a));
    return json(200, collection("aanmeldingen", std::move(items), "/api/v1/aanmeldingen", filters, p, page.total));
  }).toegang = "aanmeldingen_behandelen";

  router.add(http::Method::get, "/api/v1/aanmeldingen/{id}", [&aanmeldingen, context](http::Request& req) {
    const auto a = aanmeldingen.get(context(req), req.path_param("id"));
    return met_etag(200, aanmelding_json(a), a.versie);
  }).toegang = "aanmeldingen_behandelen";

  router.add(http::Method::post, "/api/v1/aanmeldingen/{id}/toewijzing", [&aanmeldingen, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    services::Toewijzing t{read_text(body, "organisatieId", v, false, 100), read_text(body, "medewerkerId", v, false, 100)};
    v.throw_if_invalid();
    const auto a = aanmeldingen.toewijzen(ctx, req.path_param("id"), versie, t);
    return met_etag(200, aanmelding_json(a), a.versie);
  }, small_body).toegang = "aanmeldingen_behandelen";

  router.add(http::Method::post, "/api/v1/aanmeldingen/{id}/omzetting", [&aanmeldingen, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    services::Omzetting o{read_text(body, "klantId", v, false, 100), read_text(body, "werkgeverId", v, false, 100)};
    v.throw_if_invalid();
    const auto a = aanmeldingen.omzetten(ctx, req.path_param("id"), versie, o);
    return met_etag(200, aanmelding_json(a), a.versie);
  }, small_body).toegang = "aanmeldingen_behandelen";

  router.add(http::Method::post, "/api/v1/aanmeldingen/{id}/afsluiting", [&aanmeldingen, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    services::Afsluiting af{read_text(body, "uitkomst", v, true, 40).value_or(""),
                            read_text(body, "doorverwezenNaar", v, false, 400),
                            read_text(body, "toelichting", v, false, 2 * max_toelichting_bytes)};
    v.throw_if_invalid();
    const auto a = aanmeldingen.afsluiten(ctx, req.path_param("id"), versie, std::move(af));
    return met_etag(200, aanmelding_json(a), a.versie);
  }, small_body).toegang = "aanmeldingen_behandelen";
}

}  // namespace rmt::api
