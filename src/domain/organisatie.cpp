#include "domain/organisatie.hpp"

#include <algorithm>

#include "domain/auditregel.hpp"
#include "domain/regio.hpp"

namespace rmt {

bool is_organisatie_type(std::string_view type) noexcept {
  return std::find(std::begin(organisatie_typen), std::end(organisatie_typen), type) !=
         std::end(organisatie_typen);
}

bool is_kvk_nummer(std::string_view nummer) noexcept {
  return nummer.size() == 8 && std::all_of(nummer.begin(), nummer.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         nummer != "00000000";
}

void valideer(OrganisatieInvoer& o, Validation& v) {
  if (o.naam.empty() || o.naam.size() > 200) v.add("naam", "length", "Een naam van 1 tot 200 tekens is verplicht.");
  else if (!is_nette_tekst(o.naam)) v.add("naam", "characters", "Een naam bevat geen regeleinden of besturingstekens.");
  if (!is_organisatie_type(o.type)) {
    v.add("type", "enum", "Kies een van: uwv, gemeente, werkgeversorganisatie, werknemersorganisatie, onderwijs, sbb, leerwerkloket, aanbieder, werkcentrum.");
  }
  if (o.kvk_nummer && !is_kvk_nummer(*o.kvk_nummer)) {
    v.add("kvkNummer", "pattern", "Een KvK-nummer bestaat uit 8 cijfers.");
  }
  if (o.regio_codes.empty()) v.add("regioCodes", "required", "Kies minstens één arbeidsmarktregio.");
  for (std::size_t i = 0; i < o.regio_codes.size(); ++i) {
    if (!is_regio_code(o.regio_codes[i])) {
      v.add("regioCodes[" + std::to_string(i) + "]", "pattern", "Een regiocode is AM gevolgd door twee cijfers.");
    }
  }
  std::sort(o.regio_codes.begin(), o.regio_codes.end());
  o.regio_codes.erase(std::unique(o.regio_codes.begin(), o.regio_codes.end()), o.regio_codes.end());
}

}  // namespace rmt
