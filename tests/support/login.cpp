#include "support/login.hpp"

#include <chrono>
#include <mutex>
#include <thread>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "security/totp.hpp"

namespace rmt::test {

HttpResponse json_request(unsigned short port, const std::string& method, const std::string& target,
                          const std::string& body, std::map<std::string, std::string> headers) {
  if (!body.empty()) headers.emplace("Content-Type", "application/json");
  return request(port, method, target, body, headers);
}

HttpResponse TestSessie::get(const std::string& target) const { return request(port, "GET", target, "", {{"Cookie", cookie}}); }

HttpResponse TestSessie::send(const std::string& method, const std::string& target, const std::string& body,
                              std::map<std::string, std::string> headers) const {
  headers.emplace("Cookie", cookie);
  headers.emplace("X-CSRF-Token", csrf);
  return json_request(port, method, target, body, headers);
}

std::string cookie_van(const HttpResponse& r) {
  const std::string header = r.header("set-cookie");
  return header.substr(0, header.find(';'));
}

std::string json_text(const std::string& body, const std::string& field) {
  boost::system::error_code ec;
  const auto v = boost::json::parse(body, ec);
  if (ec || !v.is_object()) return "";
  const auto* f = v.as_object().if_contains(field);
  return f && f->is_string() ? std::string(f->as_string()) : "";
}

std::string verse_totp(const std::string& account, const std::string& secret) {
  static std::mutex mutex;
  static std::map<std::string, std::int64_t> gebruikt;
  std::lock_guard lock(mutex);
  for (;;) {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    const std::int64_t stap = now / 30;
    std::int64_t& laatste = gebruikt[secret + "|" + account];
    const std::int64_t kandidaat = std::max(stap, laatste + 1);
    if (kandidaat <= stap + 1) {
      laatste = kandidaat;
      return security::totp_code(secret, kandidaat * 30);
    }
    std::this_thread::sleep_for(std::chrono::seconds(30 - now % 30));
  }
}

TestSessie wachtwoord_stap(unsigned short port, const std::string& email, const std::string& wachtwoord) {
  const auto r = json_request(port, "POST", "/api/v1/sessie",
                              R"({"email":")" + email + R"(","wachtwoord":")" + wachtwoord + R"("})");
  EXPECT_EQ(r.status, 201) << email << ": " << r.body;
  return {port, cookie_van(r), json_text(r.body, "csrfToken")};
}

TestSessie inloggen(unsigned short port, const std::string& email) {
  TestSessie s = wachtwoord_stap(port, email);
  const auto r = s.send("POST", "/api/v1/sessie/totp", R"({"code":")" + verse_totp(email) + R"("})");
  EXPECT_EQ(r.status, 200) << email << ": " << r.body;
  return {port, cookie_van(r), json_text(r.body, "csrfToken")};
}

}  // namespace rmt::test
