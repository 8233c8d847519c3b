#pragma once
// Staff users of partner organisations, with roles per regio.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/autorisatie.hpp"
#include "domain/error.hpp"

namespace rmt {

struct MedewerkerInvoer {
  std::string naam;
  std::string email;  // lower case after validation
  std::string organisatie_id;
  std::string status = "actief";  // actief, geblokkeerd
  std::vector<RolToekenning> rollen;  // sorted, unique after validation
};

struct Medewerker : MedewerkerInvoer {
  std::string id;
  bool totp_ingesteld = false;
  bool wachtwoord_wijzigen = true;
  std::int64_t versie = 1;
};

// A plausible e-mail address: one '@', a non-empty local part, a domain with a dot, no spaces
// or control characters, at most 254 characters.
bool is_email(std::string_view email) noexcept;
std::string normalize_email(std::string_view email);

// Adds every bad field to `v`; normalises the e-mail and sorts the roles.
void valideer(MedewerkerInvoer& invoer, Validation& v);

// The regio codes in which the roles are held, sorted and unique.
std::vector<std::string> regios_van(const std::vector<RolToekenning>& rollen);

}  // namespace rmt
