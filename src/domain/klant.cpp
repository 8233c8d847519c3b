#include "domain/klant.hpp"

#include <algorithm>
#include <chrono>
#include <charconv>

#include "domain/auditregel.hpp"
#include "domain/bsn.hpp"
#include "domain/medewerker.hpp"

namespace rmt {
namespace {

std::optional<std::chrono::year_month_day> datum(std::string_view s) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (std::from_chars(s.data(), s.data() + 4, y).ptr != s.data() + 4 ||
      std::from_chars(s.data() + 5, s.data() + 7, m).ptr != s.data() + 7 ||
      std::from_chars(s.data() + 8, s.data() + 10, d).ptr != s.data() + 10) {
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

bool is_gemeente_code(std::string_view c) {
  return c.size() == 6 && c.substr(0, 2) == "GM" &&
         std::all_of(c.begin() + 2, c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

}  // namespace

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

void valideer(KlantInvoer& k, std::string_view vandaag, Validation& v) {
  if (k.naam.empty() || k.naam.size() > 200) v.add("naam", "length", "Een naam van 1 tot 200 tekens is verplicht.");
  else if (!is_nette_tekst(k.naam)) v.add("naam", "characters", "Een naam bevat geen regeleinden of besturingstekens.");
  const auto geboren = datum(k.geboortedatum);
  const auto nu = datum(vandaag);
  if (!geboren) {
    v.add("geboortedatum", "format", "Vul een geldige datum in als JJJJ-MM-DD.");
  } else if (nu && (std::chrono::sys_days{*geboren} > std::chrono::sys_days{*nu} ||
                    geboren->year() < nu->year() - std::chrono::years{120})) {
    v.add("geboortedatum", "range", "Een geboortedatum ligt niet in de toekomst en niet meer dan 120 jaar terug.");
  }
  if (k.email) {
    k.email = normalize_email(*k.email);
    if (!is_email(*k.email)) v.add("email", "format", "Vul een geldig e-mailadres in.");
  }
  if (k.telefoon && !is_telefoon(*k.telefoon)) v.add("telefoon", "format", "Vul een telefoonnummer in van 8 tot 15 cijfers.");
  if (!is_gemeente_code(k.woongemeente_code)) v.add("woongemeenteCode", "pattern", "Kies een gemeente (code GMnnnn).");
  if (k.bsn) {
    std::erase(*k.bsn, ' ');
    // Never echo the number itself in the reason.
    if (!is_bsn(*k.bsn)) v.add("bsn", "elfproef", "Dit is geen geldig BSN (9 cijfers die aan de elfproef voldoen).");
  }
}

}  // namespace rmt
