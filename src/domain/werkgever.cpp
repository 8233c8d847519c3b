#include "domain/werkgever.hpp"

#include "domain/contactgegevens.hpp"

namespace rmt {

void valideer(WerkgeverInvoer& w, const Codelijsten& lijsten, Validation& v) {
  valideer_naam("bedrijfsnaam", w.bedrijfsnaam, v);
  std::erase(w.kvk_nummer, ' ');
  if (!is_kvk_nummer(w.kvk_nummer)) v.add("kvkNummer", "pattern", "Een KvK-nummer bestaat uit 8 cijfers.");
  if (w.sector) lijsten.controleer("sector", "sector", *w.sector, v);
  valideer_naam("contactpersoon", w.contactpersoon, v);
  valideer_contactgegevens(w.email, w.telefoon, v);
  valideer_gemeente("vestigingsgemeenteCode", w.vestigingsgemeente_code, v);
}

}  // namespace rmt
