#include "http/problem.hpp"

#include <boost/json.hpp>

namespace rmt::http {
namespace {

struct Kind {
  int status;
  std::string_view slug;
  std::string_view title;
};

Kind kind_of(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_input: return {400, "ongeldige-invoer", "Een of meer parameters zijn ongeldig."};
    case ErrorCode::unauthenticated: return {401, "niet-ingelogd", "Inloggen is vereist."};
    case ErrorCode::login_failed: return {401, "inloggen-mislukt", "Inloggen is niet gelukt."};
    case ErrorCode::forbidden: return {403, "geen-toegang", "U heeft geen toegang tot deze resource."};
    case ErrorCode::not_found: return {404, "niet-gevonden", "De resource bestaat niet."};
    case ErrorCode::method_not_allowed: return {405, "methode-niet-toegestaan", "Deze methode is niet toegestaan op deze resource."};
    case ErrorCode::conflict: return {409, "conflict", "De aanvraag botst met de huidige toestand."};
    case ErrorCode::precondition_failed: return {412, "versie-verouderd", "De resource is intussen gewijzigd."};
    case ErrorCode::payload_too_large: return {413, "te-groot", "De aanvraag is te groot."};
    case ErrorCode::unsupported_media_type: return {415, "mediatype-niet-ondersteund", "Dit mediatype wordt niet ondersteund."};
    case ErrorCode::unprocessable: return {422, "niet-verwerkbaar", "De aanvraag kan niet worden verwerkt."};
    case ErrorCode::precondition_required: return {428, "versie-vereist", "De aanvraag moet een If-Match-header hebben."};
    case ErrorCode::too_many_requests: return {429, "te-veel-verzoeken", "Te veel verzoeken; probeer het later opnieuw."};
    case ErrorCode::header_too_large: return {431, "headers-te-groot", "De headers van de aanvraag zijn te groot."};
    case ErrorCode::internal: return {500, "interne-fout", "Er ging iets mis op de server."};
    case ErrorCode::busy: return {503, "bezet", "De dienst is tijdelijk bezet."};
    case ErrorCode::unavailable: return {503, "niet-beschikbaar", "De dienst is tijdelijk niet beschikbaar."};
  }
  return {500, "interne-fout", "Er ging iets mis op de server."};
}

}  // namespace

int status_of(ErrorCode code) noexcept { return kind_of(code).status; }

Response problem_response(const Error& error, std::string_view instance) {
  const Kind kind = kind_of(error.code());
  boost::json::object body;
  body["type"] = "https://rmt-platform.example.nl/problemen/" + std::string(kind.slug);
  body["title"] = kind.title;
  body["status"] = kind.status;
  body["detail"] = error.detail().empty() ? kind.title : std::string_view(error.detail());
  body["instance"] = instance;
  if (!error.invalid_params().empty()) {
    boost::json::array params;
    for (const InvalidParam& p : error.invalid_params()) {
      params.push_back({{"name", p.name}, {"code", p.code}, {"reason", p.reason}});
    }
    body["invalidParams"] = std::move(params);
  }
  Response r;
  r.status = kind.status;
  r.headers.set("Content-Type", "application/problem+json");
  if (error.retry_after() > 0) r.headers.set("Retry-After", std::to_string(error.retry_after()));
  if (error.code() == ErrorCode::busy) r.headers.set("Retry-After", "1");
  if (error.code() == ErrorCode::unavailable) r.headers.set("Retry-After", "5");
  r.body = boost::json::serialize(body);
  return r;
}

}  // namespace rmt::http
