#pragma once
// Partner organisations (UWV, gemeenten, werkgevers- en werknemersorganisaties, onderwijs, …)
// and the regio's they work in.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.hpp"

namespace rmt {

inline constexpr std::string_view organisatie_typen[] = {
    "uwv", "gemeente", "werkgeversorganisatie", "werknemersorganisatie", "onderwijs",
    "sbb", "leerwerkloket", "aanbieder", "werkcentrum"};

struct OrganisatieInvoer {
  std::string naam;
  std::string type;
  std::optional<std::string> kvk_nummer;
  std::vector<std::string> regio_codes;  // sorted, unique after validation
  bool actief = true;
};

struct Organisatie : OrganisatieInvoer {
  std::string id;
  std::int64_t versie = 1;
};

bool is_organisatie_type(std::string_view type) noexcept;
// A KvK-nummer: exactly 8 digits, not all zeros.
bool is_kvk_nummer(std::string_view nummer) noexcept;

// Adds every bad field to `v`; sorts and de-duplicates the regio codes.
void valideer(OrganisatieInvoer& invoer, Validation& v);

}  // namespace rmt
