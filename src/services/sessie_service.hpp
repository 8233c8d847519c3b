#pragma once
// Login (password, then TOTP or its enrolment, then a forced password change), sessions with idle
// and absolute expiry, CSRF, throttling, logout — and turning a cookie or an API token into the
// Context every other service gets.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "domain/medewerker.hpp"
#include "domain/inlogpoging.hpp"
#include "domain/sessie.hpp"
#include "services/context.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

// What the API layer read from the request.
struct Legitimatie {
  std::optional<std::string> sessie_token;  // cookie value
  std::optional<std::string> bearer_token;  // Authorization: Bearer
  std::optional<std::string> csrf_token;    // X-CSRF-Token
  bool onveilig = false;                    // POST, PUT, PATCH, DELETE
  Oorsprong oorsprong;
};

struct SessieBeeld {
  Sessie sessie;
  Medewerker medewerker;
  std::optional<std::string> nieuw_token;  // set when the cookie must be (re)placed
};

struct TotpRegistratie {
  std::string otpauth_uri;
  std::string geheim;
};

class SessieService {
 public:
  SessieService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> verantwoording)
      : pool_(std::move(pool)), verantwoording_(std::move(verantwoording)) {}

  // 401 for a wrong combination or a blocked account (same answer for unknown e-mail addresses),
  // 429 when the account or the address is locked.
  SessieBeeld inloggen(const std::string& email, const std::string& wachtwoord, const Oorsprong& oorsprong);
  SessieBeeld huidige(const Legitimatie& a);
  SessieBeeld verlengen(const Legitimatie& a);
  // Exactly one of code / herstelcode.
  SessieBeeld tweede_factor(const Legitimatie& a, const std::optional<std::string>& code,
                            const std::optional<std::string>& herstelcode);
  TotpRegistratie totp_registratie_starten(const Legitimatie& a);
  std::pair<SessieBeeld, std::vector<std::string>> totp_registratie_bevestigen(const Legitimatie& a,
                                                                               const std::string& code);
  void wachtwoord_wijzigen(const Legitimatie& a, const std::string& huidig, const std::string& nieuw);
  void uitloggen(const Legitimatie& a);

  // For every other route: a complete session or a valid API token. 401 when there is none (or
  // it expired, was revoked, or is unknown), 403 for a missing or wrong CSRF token or an
  // unfinished login.
  Context context(const Legitimatie& a);

 private:
  struct Gevonden {
    std::string token_hash;
    Sessie sessie;
    std::optional<Medewerker> medewerker;  // read with the session, in the same statement
  };
  // The session behind the cookie (any step); handles expiry and CSRF. Runs in `conn`.
  Gevonden sessie_van(db::Connection& conn, const Legitimatie& a);
  SessieBeeld beeld(db::Connection& conn, const Sessie& s, std::optional<std::string> nieuw_token);
  // Replaces the session's token (after the second factor): a fixed session id cannot be reused.
  std::string vernieuw_token(db::Connection& conn, const std::string& oude_hash, Sessie& s);
  Context token_context(db::Connection& conn, const Legitimatie& a, const std::string& token);
  void mislukt(db::Connection& conn, const std::string& sleutel, const Drempel& drempel, const Oorsprong& o);
  // 429 while the account is locked (also at the TOTP step).
  void vereis_niet_geblokkeerd(db::Connection& conn, const Medewerker& m, const Oorsprong& o);
  // A wrong TOTP or recovery code inside the open write transaction: counted for the session
  // (atomically) and against the account's throttle; the fifth ends the session. Commits, throws.
  [[noreturn]] void foute_code(db::Connection& conn, db::Transaction& tx, const Gevonden& g, const std::string& email,
                               const std::string& actie, const Oorsprong& o);

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
