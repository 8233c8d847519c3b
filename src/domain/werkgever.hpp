#pragma once
// A werkgever as a klant of the centrale toegang: a company with a contact person.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct WerkgeverInvoer {
  std::string bedrijfsnaam;
  std::string kvk_nummer;  // 8 digits
  std::optional<std::string> sector;
  std::string contactpersoon;
  std::optional<std::string> email;
  std::optional<std::string> telefoon;
  std::string vestigingsgemeente_code;
};

struct Werkgever : WerkgeverInvoer {
  std::string id;
  std::string regio_code;
  std::int64_t versie = 1;
};

void valideer(WerkgeverInvoer& invoer, const Codelijsten& lijsten, Validation& v);

}  // namespace rmt
