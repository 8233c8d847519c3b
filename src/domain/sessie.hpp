#pragma once
// A login session and its steps: password → (TOTP enrolment | TOTP) → (password change) →
// complete. Only a complete session carries the medewerker's roles.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rmt {

enum class SessieStap { totp, totp_registreren, wachtwoord_wijzigen, voltooid };
std::string_view stap_naam(SessieStap stap) noexcept;
std::optional<SessieStap> parse_stap(std::string_view naam) noexcept;

inline constexpr std::chrono::minutes sessie_inactief_max{30};
inline constexpr std::chrono::hours sessie_absoluut_max{12};
// Wrong TOTP or recovery codes allowed in one session before it is ended.
inline constexpr int sessie_totp_pogingen_max = 5;

struct Sessie {
  std::string id;
  std::string medewerker_id;
  SessieStap stap = SessieStap::totp;
  std::string csrf_token;
  std::optional<std::string> totp_geheim_nieuw;  // sealed
  int totp_pogingen = 0;
  std::string aangemaakt_op;          // RFC 3339 (see domain/tijd)
  std::string verloopt_op;            // idle expiry
  std::string absoluut_verloopt_op;
};

SessieStap stap_na_wachtwoord(bool totp_ingesteld) noexcept;
SessieStap stap_na_totp(bool wachtwoord_wijzigen) noexcept;

// The idle expiry after activity at `now`: now + 30 min, never past the absolute expiry.
std::string nieuwe_vervaltijd(const Sessie& sessie, std::chrono::system_clock::time_point now);
bool is_verlopen(const Sessie& sessie, std::chrono::system_clock::time_point now);

}  // namespace rmt
