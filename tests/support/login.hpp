#pragma once
// Logging in to a test server as a demo account (password, then a TOTP code computed here), and
// requests with the session's cookie and CSRF token.
#include <map>
#include <string>

#include "support/http_client.hpp"

namespace rmt::test {

inline constexpr const char* demo_wachtwoord = "Werkcentrum-demo-2026";
inline constexpr const char* demo_totp = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

struct TestSessie {
  unsigned short port = 0;
  std::string cookie;  // "rmt-sessie=…"
  std::string csrf;

  HttpResponse get(const std::string& target) const;
  HttpResponse send(const std::string& method, const std::string& target, const std::string& body = "",
                    std::map<std::string, std::string> headers = {}) const;
};

// The Set-Cookie "name=value" pair of a response (empty when none).
std::string cookie_van(const HttpResponse& r);
std::string json_text(const std::string& body, const std::string& field);

// A TOTP code for `secret` that was not used before for `account` in this test process: the
// current step, or the next one (the server accepts ±1 step); waits when both were used.
std::string verse_totp(const std::string& account, const std::string& secret = demo_totp);

// POST /sessie with the password; the session is at the TOTP step.
TestSessie wachtwoord_stap(unsigned short port, const std::string& email, const std::string& wachtwoord = demo_wachtwoord);
// Password and TOTP: a complete session. Fails the test (ADD_FAILURE) when a step is refused.
TestSessie inloggen(unsigned short port, const std::string& email);

HttpResponse json_request(unsigned short port, const std::string& method, const std::string& target,
                          const std::string& body, std::map<std::string, std::string> headers = {});

}  // namespace rmt::test
