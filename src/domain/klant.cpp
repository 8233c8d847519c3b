#include "domain/klant.hpp"

#include <algorithm>
#include <chrono>

#include "domain/bsn.hpp"
#include "domain/contactgegevens.hpp"
#include "domain/tijd.hpp"

namespace rmt {

void valideer(KlantInvoer& k, std::string_view vandaag, Validation& v) {
  valideer_naam("naam", k.naam, v);
  const auto geboren = parse_datum(k.geboortedatum);
  const auto nu = parse_datum(vandaag);
  if (!geboren) {
    v.add("geboortedatum", "format", "Vul een geldige datum in als JJJJ-MM-DD.");
  } else if (nu && (std::chrono::sys_days{*geboren} > std::chrono::sys_days{*nu} ||
                    *geboren < *nu - std::chrono::years{120})) {
    v.add("geboortedatum", "range", "Een geboortedatum ligt niet in de toekomst en niet meer dan 120 jaar terug.");
  }
  valideer_contactgegevens(k.email, k.telefoon, v);
  valideer_gemeente("woongemeenteCode", k.woongemeente_code, v);
  if (k.bsn) {
    std::erase(*k.bsn, ' ');
    // Never echo the number itself in the reason.
    if (!is_bsn(*k.bsn)) v.add("bsn", "elfproef", "Dit is geen geldig BSN (9 cijfers die aan de elfproef voldoen).");
  }
}

}  // namespace rmt
