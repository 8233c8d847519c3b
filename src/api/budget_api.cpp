#include <limits>

#include "api/budget_json.hpp"
#include "api/json_body.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"
#include "services/jaarverantwoording_bestand.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;
constexpr std::int64_t max_cent = std::numeric_limits<std::int64_t>::max();

BudgetregelInvoer read_regel(const boost::json::object& body, Validation& v) {
  BudgetregelInvoer r;
  r.soort = read_text(body, "soort", v, true, 40).value_or("");
  r.naam = read_text(body, "naam", v, true, 100).value_or("");
  r.bedrag_cent = read_int(body, "bedragCent", v, false, -max_cent, max_cent).value_or(0);
  return r;
}


}  // namespace

void add_budget_routes(http::Router& router, services::SessieService& sessies, services::BudgetService& budgetten,
                       CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::get, "/api/v1/budgetten", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto lijst = budgetten.list(ctx);
    boost::json::array items;
    for (const auto& b : lijst) items.push_back(budget_json(b));
    const auto n = static_cast<std::int64_t>(items.size());
    return json(200, collection("budgetten", std::move(items), "/api/v1/budgetten", {}, {1, std::max<std::int64_t>(n, 1)}, n));
  }).toegang = "budget_lezen";

  router.add(http::Method::post, "/api/v1/budgetten", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    BudgetInvoer b;
    b.regio_code = read_text(body, "regioCode", v, true, 10).value_or("");
    b.jaar = read_int(body, "jaar", v, true, 0, 9999).value_or(0);
    b.regeling = read_text(body, "regeling", v, true, 200).value_or("");
    b.vier_ogen_vanaf_cent = read_int(body, "vierOgenVanafCent", v, true, -max_cent, max_cent).value_or(0);
    const auto it = body.find("regels");
    if (it == body.end() || !it->value().is_array()) {
      v.add("regels", "type", "Geef de regels als lijst.");
    } else {
      const auto& regels = it->value().as_array();
      for (std::size_t n = 0; n < regels.size() && n < 21; ++n) {
        if (!regels[n].is_object()) {
          v.add("regels[" + std::to_string(n) + "]", "type", "Elke regel is een object.");
          continue;
        }
        Validation rv;
        b.regels.push_back(read_regel(regels[n].as_object(), rv));
        if (!rv.ok()) {
          v.add("regels[" + std::to_string(n) + "]", "type",
                "Een regel heeft soort en naam (tekst) en bedragCent (een geheel getal van 0 of meer).");
        }
      }
    }
    valideer(b, v);  // the rules in the same pass: one 400 names every bad field
    v.throw_if_invalid();
    const auto beeld = budgetten.create(ctx, b);
    return json(201, budget_beeld_json(beeld));
  }, small_body).toegang = "budget_voorstellen";

  router.add(http::Method::get, "/api/v1/budgetten/{id}", [&budgetten, context](http::Request& req) {
    return json(200, budget_beeld_json(budgetten.get(context(req), req.path_param("id"))));
  }).toegang = "budget_lezen";

  router.add(http::Method::post, "/api/v1/budgetten/{id}/regels", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    const auto r = read_regel(body, v);
    valideer_regel(r, "", v);
    v.throw_if_invalid();
    return json(201, budget_beeld_json(budgetten.add_regel(ctx, req.path_param("id"), r)));
  }, small_body).toegang = "budget_voorstellen";

  router.add(http::Method::post, "/api/v1/budgetten/{id}/wijzigingen", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    Budgetwijziging w;
    w.regel_id = read_text(body, "regelId", v, true, 100).value_or("");
    w.soort = read_text(body, "soort", v, true, 40).value_or("");
    w.bedrag_cent = read_int(body, "bedragCent", v, true, -max_cent, max_cent).value_or(0);
    w.toelichting = read_text(body, "toelichting", v, true, 2000).value_or("");
    v.throw_if_invalid();
    return json(201, budgetwijziging_json(budgetten.stel_voor(ctx, req.path_param("id"), std::move(w))));
  }, small_body).toegang = "budget_voorstellen";

  router.add(http::Method::get, "/api/v1/budgetwijzigingen", [&budgetten, context](http::Request& req) {
    const auto lijst = budgetten.open_wijzigingen(context(req));
    boost::json::array items;
    for (const auto& w : lijst) items.push_back(budgetwijziging_json(w));
    const auto n = static_cast<std::int64_t>(items.size());
    return json(200, collection("budgetwijzigingen", std::move(items), "/api/v1/budgetwijzigingen", {},
                                {1, std::max<std::int64_t>(n, 1)}, n));
  }).toegang = "budget_lezen";

  router.add(http::Method::post, "/api/v1/budgetwijzigingen/{id}/beoordeling", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    const auto besluit = read_text(body, "besluit", v, true, 20).value_or("");
    const auto reden = read_text(body, "reden", v, false, 2000);
    v.throw_if_invalid();
    return json(200, budgetwijziging_json(budgetten.beoordeel(ctx, req.path_param("id"), besluit, reden)));
  }, small_body).toegang = "budget_vaststellen";

  router.add(http::Method::get, "/api/v1/budgetten/{id}/uitgaven", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const std::string per(req.query_param("per").value_or("dienst"));
    boost::json::array items;
    for (const auto& u : budgetten.uitgaven(ctx, req.path_param("id"), per)) items.push_back(uitgavenregel_json(u));
    return json(200, {{"per", per}, {"uitgaven", std::move(items)}});
  }).toegang = "budget_lezen";

  router.add(http::Method::get, "/api/v1/budgetten/{id}/mutaties", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const auto na = read_int_param(req, "na", 0, max_cent, v).value_or(0);
    const auto limit = read_int_param(req, "limit", 1, 1000, v).value_or(100);
    v.throw_if_invalid();
    const auto lijst = budgetten.mutaties(ctx, req.path_param("id"), na, limit);
    boost::json::array items;
    for (const auto& m : lijst) items.push_back(mutatie_json(m));
    boost::json::object out{{"mutaties", std::move(items)}};
    // Cursor paging: the next page starts after the last volgnummer.
    out["volgende"] = static_cast<std::int64_t>(lijst.size()) == limit ? boost::json::value(lijst.back().volgnummer)
                                                                      : boost::json::value(nullptr);
    return json(200, out);
  }).toegang = "budget_lezen";

  router.add(http::Method::get, "/api/v1/budgetten/{id}/verantwoording", [&budgetten, context](http::Request& req) {
    const auto ctx = context(req);
    const std::string formaat(req.query_param("formaat").value_or("xlsx"));
    if (formaat != "csv" && formaat != "xlsx") {
      throw_invalid({"formaat", "enum", "Kies csv of xlsx."});
    }
    const auto j = budgetten.verantwoording(ctx, req.path_param("id"));
    const std::string naam = "verantwoording-" + j.budget.regio_code + "-" + std::to_string(j.budget.jaar) + "." + formaat;
    if (formaat == "csv") return download(services::jaarverantwoording_csv(j), "text/csv; charset=utf-8", naam);
    return download(services::jaarverantwoording_xlsx(j), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", naam);
  }).toegang = "budget_lezen";
}

}  // namespace rmt::api
