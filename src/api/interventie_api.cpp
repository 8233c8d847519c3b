#include <limits>

#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/routes.hpp"
#include "api/traject_json.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

InterventieInvoer read_interventie(const boost::json::object& body, Validation& v) {
  constexpr auto min = std::numeric_limits<std::int64_t>::min(), max = std::numeric_limits<std::int64_t>::max();
  InterventieInvoer i;
  i.gepland_begin = read_text(body, "geplandBegin", v, true, 10).value_or("");
  i.gepland_einde = read_text(body, "geplandEinde", v, true, 10).value_or("");
  i.kosten_cent = read_int(body, "kostenCent", v, false, min, max);  // the range is the domain's
  i.status = read_text(body, "status", v, false, 40).value_or(std::string(interventie_status::gepland));
  i.werkelijk_begin = read_text(body, "werkelijkBegin", v, false, 10);
  i.werkelijk_einde = read_text(body, "werkelijkEinde", v, false, 10);
  i.reden = read_text(body, "reden", v, false, 4000);
  i.resultaat = read_text(body, "resultaat", v, false, 40);
  i.toelichting = read_text(body, "toelichting", v, false, 8000);
  return i;
}

}  // namespace

void add_interventie_routes(http::Router& router, services::SessieService& sessies,
                            services::InterventieService& interventies, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::post, "/api/v1/trajecten/{id}/interventies", [&interventies, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    const auto dienst = read_text(body, "dienstId", v, true, 100).value_or("");
    auto invoer = read_interventie(body, v);
    v.throw_if_invalid();
    const auto i = interventies.plan(ctx, req.path_param("id"), dienst, std::move(invoer));
    return met_etag(201, interventie_json(i), i.versie);
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::put, "/api/v1/interventies/{id}", [&interventies, context](http::Request& req) {
    const auto ctx = context(req);
    const auto versie = read_if_match(req);
    const auto body = read_object(req);
    Validation v;
    auto invoer = read_interventie(body, v);
    v.throw_if_invalid();
    const auto i = interventies.update(ctx, req.path_param("id"), versie, std::move(invoer));
    return met_etag(200, interventie_json(i), i.versie);
  }, small_body).toegang = "casus_schrijven";
}

}  // namespace rmt::api
