#include "domain/sessie.hpp"

#include <algorithm>

#include "domain/tijd.hpp"

namespace rmt {

std::string_view stap_naam(SessieStap stap) noexcept {
  switch (stap) {
    case SessieStap::totp: return "totp";
    case SessieStap::totp_registreren: return "totp-registreren";
    case SessieStap::wachtwoord_wijzigen: return "wachtwoord-wijzigen";
    case SessieStap::voltooid: return "voltooid";
  }
  return "totp";
}

std::optional<SessieStap> parse_stap(std::string_view naam) noexcept {
  for (SessieStap s : {SessieStap::totp, SessieStap::totp_registreren, SessieStap::wachtwoord_wijzigen,
                       SessieStap::voltooid}) {
    if (stap_naam(s) == naam) return s;
  }
  return std::nullopt;
}

SessieStap stap_na_wachtwoord(bool totp_ingesteld) noexcept {
  return totp_ingesteld ? SessieStap::totp : SessieStap::totp_registreren;
}

SessieStap stap_na_totp(bool wachtwoord_wijzigen) noexcept {
  return wachtwoord_wijzigen ? SessieStap::wachtwoord_wijzigen : SessieStap::voltooid;
}

std::string nieuwe_vervaltijd(const Sessie& sessie, std::chrono::system_clock::time_point now) {
  // Both are fixed-width RFC 3339 UTC strings: lexicographic order is time order.
  return std::min(to_rfc3339(now + sessie_inactief_max), sessie.absoluut_verloopt_op);
}

bool is_verlopen(const Sessie& sessie, std::chrono::system_clock::time_point now) {
  const std::string nu = to_rfc3339(now);
  return sessie.verloopt_op <= nu || sessie.absoluut_verloopt_op <= nu;
}

}  // namespace rmt
