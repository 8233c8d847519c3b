#pragma once
// A klant: a person who brought a question to the centrale toegang. The BSN is optional (only
// where the law allows it) and travels only in memory in plain text.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/error.hpp"

namespace rmt {

struct KlantInvoer {
  std::string naam;
  std::string geboortedatum;  // YYYY-MM-DD
  std::optional<std::string> email;
  std::optional<std::string> telefoon;
  std::string woongemeente_code;  // GMnnnn
  std::optional<std::string> bsn;
};

struct Klant : KlantInvoer {
  std::string id;
  std::string regio_code;
  std::int64_t versie = 1;
};

// Adds every bad field to `v`. `vandaag` is YYYY-MM-DD: a geboortedatum in the future or more
// than 120 years back is refused. Normalises the e-mail address and strips spaces from the BSN.
void valideer(KlantInvoer& invoer, std::string_view vandaag, Validation& v);

}  // namespace rmt
