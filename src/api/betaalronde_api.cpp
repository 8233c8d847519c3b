#include "api/budget_json.hpp"
#include "api/json_body.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "services/idempotentie.hpp"

namespace rmt::api {
void add_betaalronde_routes(http::Router& router, services::SessieService& sessies,
                            services::BetaalrondeService& betaalrondes, CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/betaalrondes", [&betaalrondes, context](http::Request& req) {
    const auto lijst = betaalrondes.list(context(req));
    boost::json::array items;
    for (const auto& r : lijst) items.push_back(betaalronde_json(r));
    const auto n = static_cast<std::int64_t>(items.size());
    return json(200, collection("betaalrondes", std::move(items), "/api/v1/betaalrondes", {}, {1, std::max<std::int64_t>(n, 1)}, n));
  }).toegang = "betalen";

  router.add(http::Method::post, "/api/v1/betaalrondes", [&betaalrondes, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    services::BetaalrondeInvoer in;
    in.regio_code = read_text(body, "regioCode", v, true, 10).value_or("");
    in.uitvoeringsdatum = read_text(body, "uitvoeringsdatum", v, true, 10).value_or("");
    in.debiteur_naam = read_text(body, "debiteurNaam", v, true, 70).value_or("");
    in.debiteur_iban = read_text(body, "debiteurIban", v, true, 50).value_or("");
    in.debiteur_bic = read_text(body, "debiteurBic", v, false, 11);
    v.throw_if_invalid();
    std::optional<std::string> sleutel;
    if (const auto h = req.headers.get("Idempotency-Key")) sleutel = std::string(*h);
    return json(201, betaalronde_json(betaalrondes.create(ctx, std::move(in), services::idempotentie(sleutel, req.body))));
  }, 16 * 1024).toegang = "betalen";

  router.add(http::Method::get, "/api/v1/betaalrondes/{id}", [&betaalrondes, context](http::Request& req) {
    return json(200, betaalronde_json(betaalrondes.get(context(req), req.path_param("id"))));
  }).toegang = "betalen";

  router.add(http::Method::get, "/api/v1/betaalrondes/{id}/pain001", [&betaalrondes, context](http::Request& req) {
    const std::string& id = req.path_param("id");
    return download(betaalrondes.bestand(context(req), id, false), "application/xml; charset=utf-8", "betaalronde-" + id + ".xml");
  }).toegang = "betalen";

  router.add(http::Method::get, "/api/v1/betaalrondes/{id}/csv", [&betaalrondes, context](http::Request& req) {
    const std::string& id = req.path_param("id");
    return download(betaalrondes.bestand(context(req), id, true), "text/csv; charset=utf-8", "betaalronde-" + id + ".csv");
  }).toegang = "betalen";

  router.add(http::Method::post, "/api/v1/betaalrondes/{id}/betaling", [&betaalrondes, context](http::Request& req) {
    return json(200, betaalronde_json(betaalrondes.markeer_betaald(context(req), req.path_param("id"))));
  }).toegang = "betalen";
}

}  // namespace rmt::api
