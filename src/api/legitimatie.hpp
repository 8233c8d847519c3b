#pragma once
// Authentication input read off a request (cookie, bearer token, CSRF header, origin) and the
// session cookie written back. Production: `__Host-rmt-sessie; Secure; HttpOnly;
// SameSite=Strict; Path=/`. Development mode on plain-http localhost (documented exception):
// `rmt-sessie` without Secure, because browsers refuse __Host- cookies over http.
#include <string>
#include <string_view>

#include "http/message.hpp"
#include "services/sessie_service.hpp"

namespace rmt::api {

struct CookieBeleid {
  bool secure = true;
  std::string_view naam() const noexcept { return secure ? "__Host-rmt-sessie" : "rmt-sessie"; }
};

services::Oorsprong oorsprong(const http::Request& request);
services::Legitimatie legitimatie(const http::Request& request, const CookieBeleid& beleid);

// Set-Cookie values: a new session token, and the one that clears it.
std::string sessie_cookie(const CookieBeleid& beleid, std::string_view token);
std::string wis_cookie(const CookieBeleid& beleid);

// The value of cookie `name` in a Cookie header, if present.
std::optional<std::string> cookie_waarde(std::string_view header, std::string_view name);

}  // namespace rmt::api
