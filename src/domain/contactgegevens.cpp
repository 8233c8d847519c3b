#include "domain/contactgegevens.hpp"

#include <algorithm>

#include "domain/auditregel.hpp"
#include "domain/medewerker.hpp"

namespace rmt {
bool is_telefoon(std::string_view t) noexcept {
  int cijfers = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c >= '0' && c <= '9') {
      ++cijfers;
    } else if (!(c == ' ' || c == '-' || (c == '+' && i == 0))) {
      return false;
    }
  }
  return cijfers >= 8 && cijfers <= 15;
}

void valideer_naam(std::string_view veld, const std::string& naam, Validation& v) {
  if (naam.empty() || naam.size() > 200) {
    v.add(std::string(veld), "length", "Vul 1 tot 200 tekens in.");
  } else if (!is_nette_tekst(naam)) {
    v.add(std::string(veld), "characters", "Gebruik geen regeleinden of besturingstekens.");
  }
}

void valideer_tekst(std::string_view veld, const std::optional<std::string>& tekst, std::size_t max_bytes,
                    Validation& v) {
  if (!tekst) return;
  if (tekst->size() > max_bytes) {
    v.add(std::string(veld), "maxLength", "Gebruik hoogstens " + std::to_string(max_bytes) + " tekens.");
  } else if (std::any_of(tekst->begin(), tekst->end(), [](char c) {
               const auto u = static_cast<unsigned char>(c);
               return (u < 0x20 && c != '\n' && c != '\r' && c != '\t') || u == 0x7f;
             })) {
    v.add(std::string(veld), "characters", "Gebruik geen besturingstekens.");
  }
}

void valideer_contactgegevens(std::optional<std::string>& email, const std::optional<std::string>& telefoon,
                              Validation& v) {
  if (email) {
    const auto begin = email->find_first_not_of(" \t");
    email = normalize_email(begin == std::string::npos ? "" : email->substr(begin, email->find_last_not_of(" \t") - begin + 1));
    if (!is_email(*email)) v.add("email", "format", "Vul een geldig e-mailadres in.");
  }
  if (telefoon && !is_telefoon(*telefoon)) v.add("telefoon", "format", "Vul een telefoonnummer in van 8 tot 15 cijfers.");
}

void valideer_gemeente(std::string_view veld, const std::string& code, Validation& v) {
  if (!is_gemeente_code(code)) v.add(std::string(veld), "pattern", "Kies een gemeente (code GMnnnn).");
}

}  // namespace rmt
