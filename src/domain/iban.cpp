#include "domain/iban.hpp"

#include <array>

namespace rmt {
namespace {

struct Landlengte {
  std::string_view land;
  std::size_t lengte;
};

// The IBAN lengths of the SWIFT IBAN registry (all SEPA countries and the other registered ones).
constexpr std::array<Landlengte, 89> kLengtes{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26},
    {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
    {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
    {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
    {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
    {"YE", 30},
}};

bool is_letter(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alnum(char c) noexcept { return is_letter(c) || is_digit(c); }

std::size_t lengte_van(std::string_view land) noexcept {
  for (const auto& l : kLengtes) {
    if (l.land == land) return l.lengte;
  }
  return 0;
}

}  // namespace

std::string normaliseer_iban(std::string_view iban) {
  std::string uit;
  uit.reserve(iban.size());
  for (const char c : iban) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    uit.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return uit;
}

bool iban_geldig(std::string_view iban) noexcept {
  if (iban.size() < 5) return false;
  if (!is_letter(iban[0]) || !is_letter(iban[1]) || !is_digit(iban[2]) || !is_digit(iban[3])) return false;
  if (iban.size() != lengte_van(iban.substr(0, 2))) return false;
  // Move the first four characters to the end, read letters as 10..35 and take the number mod 97
  // one digit (or letter pair of digits) at a time: the remainder never exceeds 9,699.
  unsigned rest = 0;
  for (std::size_t i = 0; i < iban.size(); ++i) {
    const char c = iban[(i + 4) % iban.size()];
    if (is_digit(c)) {
      rest = (rest * 10 + static_cast<unsigned>(c - '0')) % 97;
    } else if (is_letter(c)) {
      rest = (rest * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return rest == 1;
}

bool bic_geldig(std::string_view bic) noexcept {
  if (bic.size() != 8 && bic.size() != 11) return false;
  for (std::size_t i = 0; i < 6; ++i) {
    if (!is_letter(bic[i])) return false;
  }
  if (!is_alnum(bic[6]) || bic[6] == '0' || bic[6] == '1') return false;
  if (!is_alnum(bic[7]) || bic[7] == 'O') return false;
  for (std::size_t i = 8; i < bic.size(); ++i) {
    if (!is_alnum(bic[i])) return false;
  }
  return true;
}

}  // namespace rmt
