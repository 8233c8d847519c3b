#include "api/legitimatie.hpp"
#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "api/toegang_json.hpp"
#include "domain/regio.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

std::string regio_filter(const http::Request& req, Validation& v) {
  const std::string regio(req.query_param("regio").value_or(""));
  if (req.query_param("regio") && !is_regio_code(regio)) {
    v.add("regio", "pattern", "Een regiocode is AM gevolgd door twee cijfers, bijvoorbeeld AM13.");
  }
  return regio;
}

std::vector<std::pair<std::string, std::string>> filters(const std::string& regio) {
  if (regio.empty()) return {};
  return {{"regio", regio}};
}

OrganisatieInvoer organisatie_invoer(const http::Request& req) {
  const auto body = read_object(req);
  Validation v;
  OrganisatieInvoer o;
  o.naam = read_text(body, "naam", v, true, 200).value_or("");
  o.type = read_text(body, "type", v, true, 50).value_or("");
  o.kvk_nummer = read_text(body, "kvkNummer", v, false, 20);
  o.regio_codes = read_text_list(body, "regioCodes", v, true, 35);
  o.actief = read_bool(body, "actief", v).value_or(true);
  valideer(o, v);
  v.throw_if_invalid();
  return o;
}

MedewerkerInvoer medewerker_invoer(const http::Request& req) {
  const auto body = read_object(req);
  Validation v;
  MedewerkerInvoer m;
  m.naam = read_text(body, "naam", v, true, 200).value_or("");
  m.email = read_text(body, "email", v, true, 254).value_or("");
  m.organisatie_id = read_text(body, "organisatieId", v, true, 36).value_or("");
  m.status = read_text(body, "status", v, false, 20).value_or("actief");
  const auto* rollen = body.if_contains("rollen");
  if (!rollen || !rollen->is_array() || rollen->as_array().size() > 100) {
    v.add("rollen", "type", "Een lijst van hoogstens 100 rollen ({rol, regioCode}) is verplicht.");
  } else {
    const auto& items = rollen->as_array();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string at = "rollen[" + std::to_string(i) + "]";
      const auto* item = items[i].if_object();
      const auto* rol = item ? item->if_contains("rol") : nullptr;
      const auto* regio = item ? item->if_contains("regioCode") : nullptr;
      const auto parsed = rol && rol->is_string() ? parse_rol(rol->as_string()) : std::nullopt;
      if (!parsed) v.add(at + ".rol", "enum", "Kies een van de rollen.");
      if (!regio || !regio->is_string()) v.add(at + ".regioCode", "required", "Een regiocode is verplicht.");
      if (parsed && regio && regio->is_string()) m.rollen.push_back({*parsed, std::string(regio->as_string())});
    }
  }
  valideer(m, v);
  v.throw_if_invalid();
  return m;
}

}  // namespace

void add_toegang_routes(http::Router& router, services::SessieService& sessies, services::OrganisatieService& organisaties,
                        services::MedewerkerService& medewerkers, services::ApiTokenService& tokens, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/organisaties", [&organisaties, context](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    const std::string regio = regio_filter(req, v);
    v.throw_if_invalid();
    const auto page = organisaties.list(context(req), regio, p);
    boost::json::array items;
    for (const auto& o : page.items) items.push_back(organisatie_json(o));
    return json(200, collection("organisaties", std::move(items), "/api/v1/organisaties", filters(regio), p, page.total));
  }).toegang = "organisaties_lezen";

  router.add(http::Method::post, "/api/v1/organisaties", [&organisaties, context](http::Request& req) {
    const auto ctx = context(req);
    const auto o = organisaties.create(ctx, organisatie_invoer(req));
    http::Response r = met_etag(201, organisatie_json(o), o.versie);
    r.headers.set("Location", "/api/v1/organisaties/" + o.id);
    return r;
  }, small_body).toegang = "organisaties_beheren";

  router.add(http::Method::get, "/api/v1/organisaties/{id}", [&organisaties, context](http::Request& req) {
    const auto o = organisaties.get(context(req), req.path_param("id"));
    return met_etag(200, organisatie_json(o), o.versie);
  }).toegang = "organisaties_lezen";

  router.add(http::Method::put, "/api/v1/organisaties/{id}", [&organisaties, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto o = organisaties.update(ctx, req.path_param("id"), versie, organisatie_invoer(req));
    return met_etag(200, organisatie_json(o), o.versie);
  }, small_body).toegang = "organisaties_beheren";

  router.add(http::Method::get, "/api/v1/medewerkers", [&medewerkers, context](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    const std::string regio = regio_filter(req, v);
    v.throw_if_invalid();
    const auto page = medewerkers.list(context(req), regio, p);
    boost::json::array items;
    for (const auto& m : page.items) items.push_back(medewerker_json(m));
    return json(200, collection("medewerkers", std::move(items), "/api/v1/medewerkers", filters(regio), p, page.total));
  }).toegang = "medewerkers_lezen";

  http::Route& nieuw = router.add(http::Method::post, "/api/v1/medewerkers", [&medewerkers, context](http::Request& req) {
    const auto ctx = context(req);
    const auto m = medewerkers.create(ctx, medewerker_invoer(req));
    http::Response r = met_etag(201, {{"medewerker", medewerker_json(m.medewerker)},
                                      {"eenmaligWachtwoord", m.eenmalig_wachtwoord}},
                                m.medewerker.versie);
    r.headers.set("Location", "/api/v1/medewerkers/" + m.medewerker.id);
    return r;
  }, small_body);
  nieuw.toegang = "medewerkers_beheren";
  nieuw.heavy = true;

  router.add(http::Method::get, "/api/v1/medewerkers/{id}", [&medewerkers, context](http::Request& req) {
    const auto m = medewerkers.get(context(req), req.path_param("id"));
    return met_etag(200, medewerker_json(m), m.versie);
  }).toegang = "medewerkers_lezen";

  router.add(http::Method::put, "/api/v1/medewerkers/{id}", [&medewerkers, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto m = medewerkers.update(ctx, req.path_param("id"), versie, medewerker_invoer(req));
    return met_etag(200, medewerker_json(m), m.versie);
  }, small_body).toegang = "medewerkers_beheren";

  http::Route& herstel = router.add(http::Method::post, "/api/v1/medewerkers/{id}/herstel", [&medewerkers, context](http::Request& req) {
    const auto m = medewerkers.herstel(context(req), req.path_param("id"));
    return json(200, {{"medewerker", medewerker_json(m.medewerker)}, {"eenmaligWachtwoord", m.eenmalig_wachtwoord}});
  }, small_body);
  herstel.toegang = "medewerkers_beheren";
  herstel.heavy = true;

  router.add(http::Method::get, "/api/v1/api-tokens", [&tokens, context](http::Request& req) {
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    const auto page = tokens.list(context(req), p);
    boost::json::array items;
    for (const auto& t : page.items) items.push_back(api_token_json(t));
    return json(200, collection("apiTokens", std::move(items), "/api/v1/api-tokens", {}, p, page.total));
  }).toegang = "api_tokens_beheren";

  router.add(http::Method::post, "/api/v1/api-tokens", [&tokens, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    services::ApiTokenInvoer in;
    in.naam = read_text(body, "naam", v, true, 200).value_or("");
    in.regio_code = read_text(body, "regioCode", v, true, 4).value_or("");
    in.rollen = read_text_list(body, "rollen", v, true, 7);
    in.verloopt_op = read_text(body, "verlooptOp", v, true, 40).value_or("");
    v.throw_if_invalid();
    const auto [t, token] = tokens.create(ctx, in);
    return json(201, {{"apiToken", api_token_json(t)}, {"token", token}});
  }, small_body).toegang = "api_tokens_beheren";

  router.add(http::Method::del, "/api/v1/api-tokens/{id}", [&tokens, context](http::Request& req) {
    tokens.revoke(context(req), req.path_param("id"));
    http::Response r;
    r.status = 204;
    return r;
  }).toegang = "api_tokens_beheren";
}

}  // namespace rmt::api
