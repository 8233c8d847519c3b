#include "domain/doorverwijzing.hpp"

#include <algorithm>

#include "domain/contactgegevens.hpp"
#include "domain/tijd.hpp"
#include "domain/traject.hpp"

namespace rmt {

bool geldig(const Toestemming& t, std::string_view vandaag) noexcept {
  return !t.ingetrokken_op && t.geldig_tot >= vandaag;
}

void valideer(ToestemmingInvoer& t, std::string_view vandaag, const Codelijsten& lijsten, Validation& v) {
  if (t.organisatie_id.empty()) v.add("organisatieId", "required", "Kies de organisatie waarvoor de toestemming geldt.");
  if (t.scope.empty()) v.add("scope", "required", "Kies welke gegevens gedeeld mogen worden.");
  for (const auto& s : t.scope) lijsten.controleer("scope", "gegevenscategorie", s, v);
  std::sort(t.scope.begin(), t.scope.end());
  if (std::adjacent_find(t.scope.begin(), t.scope.end()) != t.scope.end()) {
    v.add("scope", "unique", "Noem elke gegevenscategorie één keer.");
  }
  if (!parse_datum(t.geldig_tot)) {
    v.add("geldigTot", "format", "Gebruik een datum als 2026-11-27.");
  } else if (t.geldig_tot < vandaag) {
    v.add("geldigTot", "range", "Een toestemming geldt niet tot een datum in het verleden.");
  } else if (t.geldig_tot > dagen_terug(vandaag, -731)) {
    v.add("geldigTot", "range", "Een toestemming geldt hoogstens twee jaar.");
  }
  if (t.vastgelegd_via != "mondeling" && t.vastgelegd_via != "schriftelijk" && t.vastgelegd_via != "digitaal") {
    v.add("vastgelegdVia", "enum", "Kies mondeling, schriftelijk of digitaal.");
  }
  valideer_tekst("toelichting", t.toelichting, 2000, v);
}

bool mag_overgaan_doorverwijzing(std::string_view van, std::string_view naar, Partij partij) noexcept {
  using namespace doorverwijzing_status;
  if (partij == Partij::ontvanger) {
    return (van == verstuurd && (naar == geaccepteerd || naar == afgewezen)) || (van == geaccepteerd && naar == afgerond);
  }
  return naar == ingetrokken && (van == verstuurd || van == geaccepteerd);
}

bool geeft_toegang(std::string_view status) noexcept {
  return status == doorverwijzing_status::geaccepteerd || status == doorverwijzing_status::afgerond;
}

}  // namespace rmt
