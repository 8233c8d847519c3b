#include "api/json_body.hpp"
#include "api/json_invoer.hpp"
#include "api/paginering_params.hpp"
#include "api/routes.hpp"

namespace rmt::api {
namespace {

constexpr std::size_t small_body = 16 * 1024;

boost::json::object contact_json(const Contact& c) {
  return {{"id", c.id},
          {"regioCode", c.regio_code},
          {"kanaal", c.kanaal},
          {"onderwerp", c.onderwerp},
          {"uitkomst", c.uitkomst},
          {"doorverwezenNaar", of_nullable(c.doorverwezen_naar)},
          {"toelichting", of_nullable(c.toelichting)},
          {"klantId", of_nullable(c.klant_id)},
          {"werkgeverId", of_nullable(c.werkgever_id)},
          {"aanmeldingId", of_nullable(c.aanmelding_id)},
          {"medewerkerId", of_nullable(c.medewerker_id)},
          {"vastgelegdOp", c.vastgelegd_op}};
}

}  // namespace

void add_contact_routes(http::Router& router, services::SessieService& sessies, services::ContactService& contacten,
                        CookieBeleid beleid) {
  auto context = [&sessies, beleid](const http::Request& req) { return sessies.context(legitimatie(req, beleid)); };

  router.add(http::Method::post, "/api/v1/contacten", [&contacten, context](http::Request& req) {
    const auto ctx = context(req);
    const auto body = read_object(req);
    Validation v;
    ContactInvoer c;
    c.regio_code = read_text(body, "regioCode", v, true, 40).value_or("");
    c.kanaal = read_text(body, "kanaal", v, true, 40).value_or("");
    c.onderwerp = read_text(body, "onderwerp", v, true, 40).value_or("");
    c.uitkomst = read_text(body, "uitkomst", v, true, 40).value_or("");
    c.doorverwezen_naar = read_text(body, "doorverwezenNaar", v, false, 400);
    c.toelichting = read_text(body, "toelichting", v, false, 2 * max_toelichting_bytes);
    c.klant_id = read_text(body, "klantId", v, false, 100);
    c.werkgever_id = read_text(body, "werkgeverId", v, false, 100);
    v.throw_if_invalid();
    return json(201, contact_json(contacten.create(ctx, std::move(c))));
  }, small_body).toegang = "casus_schrijven";

  router.add(http::Method::get, "/api/v1/contacten", [&contacten, context](http::Request& req) {
    const auto ctx = context(req);
    Validation v;
    const Paginering p = read_paginering(req, v);
    v.throw_if_invalid();
    std::vector<std::pair<std::string, std::string>> filters;
    std::optional<std::string> klant, werkgever;
    if (const auto k = req.query_param("klantId")) filters.emplace_back("klantId", *(klant = std::string(*k)));
    if (const auto w = req.query_param("werkgeverId")) filters.emplace_back("werkgeverId", *(werkgever = std::string(*w)));
    const auto page = contacten.list(ctx, klant, werkgever, p);
    boost::json::array items;
    for (const auto& c : page.items) items.push_back(contact_json(c));
    return json(200, collection("contacten", std::move(items), "/api/v1/contacten", filters, p, page.total));
  }).toegang = "casus_lezen";
}

}  // namespace rmt::api
