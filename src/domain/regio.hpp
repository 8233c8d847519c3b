#pragma once
// Arbeidsmarktregio's and gemeenten (reference data, Bron: CBS).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rmt {

struct Gemeente {
  std::string code;        // GMnnnn
  std::string naam;
  std::string regio_code;  // AMnn
  std::int64_t jaar = 0;   // year in which this assignment holds
};

struct Regio {
  std::string code;  // AMnn; codes are not contiguous (AM04 does not exist in 2024)
  std::string naam;
  std::int64_t jaar = 0;
  std::int64_t aantal_gemeenten = 0;
};

struct RegioMetGemeenten {
  Regio regio;
  std::vector<Gemeente> gemeenten;
};

// Syntax checks only; whether a code exists is the store's question.
bool is_regio_code(std::string_view code) noexcept;     // "AM" + 2 digits
bool is_gemeente_code(std::string_view code) noexcept;  // "GM" + 4 digits

}  // namespace rmt
