#include "api/legitimatie.hpp"

#include <chrono>

#include "domain/sessie.hpp"

namespace rmt::api {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string cookie_attributen(const CookieBeleid& beleid) {
  return std::string("; Path=/; HttpOnly; SameSite=Strict") + (beleid.secure ? "; Secure" : "");
}

}  // namespace

std::optional<std::string> cookie_waarde(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const auto semi = header.find(';');
    const std::string_view pair = trim(header.substr(0, semi));
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && trim(pair.substr(0, eq)) == name) return std::string(trim(pair.substr(eq + 1)));
    if (semi == std::string_view::npos) break;
    header.remove_prefix(semi + 1);
  }
  return std::nullopt;
}

services::Oorsprong oorsprong(const http::Request& request) {
  return {request.remote_address, std::string(request.headers.get("User-Agent").value_or("")),
          request.trace.trace_id, request.trace.span_id};
}

services::Legitimatie legitimatie(const http::Request& request, const CookieBeleid& beleid) {
  services::Legitimatie a;
  if (auto cookies = request.headers.get("Cookie")) a.sessie_token = cookie_waarde(*cookies, beleid.naam());
  if (auto auth = request.headers.get("Authorization")) {
    constexpr std::string_view bearer = "Bearer ";
    // Any Authorization header means token authentication: a malformed one must not fall back
    // to the cookie.
    a.bearer_token = auth->size() > bearer.size() && auth->substr(0, bearer.size()) == bearer
                         ? std::string(trim(auth->substr(bearer.size())))
                         : std::string();
  }
  if (auto csrf = request.headers.get("X-CSRF-Token")) a.csrf_token = std::string(*csrf);
  a.onveilig = request.method == http::Method::post || request.method == http::Method::put ||
               request.method == http::Method::patch || request.method == http::Method::del;
  a.oorsprong = oorsprong(request);
  return a;
}

std::string sessie_cookie(const CookieBeleid& beleid, std::string_view token) {
  const auto max_age = std::chrono::duration_cast<std::chrono::seconds>(sessie_absoluut_max).count();
  return std::string(beleid.naam()) + "=" + std::string(token) + cookie_attributen(beleid) +
         "; Max-Age=" + std::to_string(max_age);
}

std::string wis_cookie(const CookieBeleid& beleid) {
  return std::string(beleid.naam()) + "=" + cookie_attributen(beleid) + "; Max-Age=0";
}

}  // namespace rmt::api
