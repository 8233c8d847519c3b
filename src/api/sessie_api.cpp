#include "api/legitimatie.hpp"
#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/routes.hpp"
#include "api/toegang_json.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 4 * 1024;

http::Response sessie_response(int status, const services::SessieBeeld& b, const CookieBeleid& beleid,
                               boost::json::object body) {
  http::Response r = json(status, body);
  if (b.nieuw_token) r.headers.add("Set-Cookie", sessie_cookie(beleid, *b.nieuw_token));
  return r;
}

}  // namespace

void add_sessie_routes(http::Router& router, services::SessieService& sessies, CookieBeleid beleid) {
  http::Route& login = router.add(http::Method::post, "/api/v1/sessie", [&sessies, beleid](http::Request& req) {
    const auto body = read_object(req);
    Validation v;
    const auto email = read_text(body, "email", v, true, 254);
    const auto wachtwoord = read_text(body, "wachtwoord", v, true, 128);
    v.throw_if_invalid();
    const auto b = sessies.inloggen(*email, *wachtwoord, oorsprong(req));
    return sessie_response(201, b, beleid, sessie_json(b.sessie, b.medewerker));
  }, small_body);
  login.toegang = "publiek";
  login.heavy = true;

  router.add(http::Method::get, "/api/v1/sessie", [&sessies, beleid](http::Request& req) {
    const auto b = sessies.huidige(legitimatie(req, beleid));
    return json(200, sessie_json(b.sessie, b.medewerker));
  }).toegang = "sessie";

  router.add(http::Method::del, "/api/v1/sessie", [&sessies, beleid](http::Request& req) {
    sessies.uitloggen(legitimatie(req, beleid));
    http::Response r;
    r.status = 204;
    r.headers.add("Set-Cookie", wis_cookie(beleid));
    return r;
  }).toegang = "sessie";

  router.add(http::Method::post, "/api/v1/sessie/verlenging", [&sessies, beleid](http::Request& req) {
    const auto b = sessies.verlengen(legitimatie(req, beleid));
    return json(200, sessie_json(b.sessie, b.medewerker));
  }, small_body).toegang = "sessie";

  router.add(http::Method::post, "/api/v1/sessie/totp", [&sessies, beleid](http::Request& req) {
    const auto body = read_object(req);
    Validation v;
    const auto code = read_text(body, "code", v, false, 6);
    const auto herstelcode = read_text(body, "herstelcode", v, false, 32);
    v.throw_if_invalid();
    const auto b = sessies.tweede_factor(legitimatie(req, beleid), code, herstelcode);
    return sessie_response(200, b, beleid, sessie_json(b.sessie, b.medewerker));
  }, small_body).toegang = "sessie";

  router.add(http::Method::post, "/api/v1/sessie/totp-registratie", [&sessies, beleid](http::Request& req) {
    const auto r = sessies.totp_registratie_starten(legitimatie(req, beleid));
    return json(201, {{"otpauthUri", r.otpauth_uri}, {"geheim", r.geheim}});
  }, small_body).toegang = "sessie";

  router.add(http::Method::post, "/api/v1/sessie/totp-registratie/bevestiging", [&sessies, beleid](http::Request& req) {
    const auto body = read_object(req);
    Validation v;
    const auto code = read_text(body, "code", v, true, 6);
    v.throw_if_invalid();
    auto [b, codes] = sessies.totp_registratie_bevestigen(legitimatie(req, beleid), *code);
    boost::json::array herstelcodes;
    for (auto& c : codes) herstelcodes.push_back(boost::json::string(c));
    return sessie_response(200, b, beleid,
                           {{"sessie", sessie_json(b.sessie, b.medewerker)}, {"herstelcodes", std::move(herstelcodes)}});
  }, small_body).toegang = "sessie";

  http::Route& wachtwoord = router.add(http::Method::put, "/api/v1/sessie/wachtwoord", [&sessies, beleid](http::Request& req) {
    const auto body = read_object(req);
    Validation v;
    const auto huidig = read_text(body, "huidigWachtwoord", v, true, 128);
    const auto nieuw = read_text(body, "nieuwWachtwoord", v, true, 128);
    v.throw_if_invalid();
    sessies.wachtwoord_wijzigen(legitimatie(req, beleid), *huidig, *nieuw);
    http::Response r;
    r.status = 204;
    return r;
  }, small_body);
  wachtwoord.toegang = "sessie";
  wachtwoord.heavy = true;
}

}  // namespace rmt::api
