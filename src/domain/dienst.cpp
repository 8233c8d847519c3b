#include "domain/dienst.hpp"

#include "domain/contactgegevens.hpp"
#include "domain/regio.hpp"

namespace rmt {

void valideer(const DienstInvoer& d, const Codelijsten& lijsten, Validation& v) {
  if (!is_regio_code(d.regio_code)) v.add("regioCode", "pattern", "Kies een regio (code AMnn).");
  valideer_naam("naam", d.naam, v);
  lijsten.controleer("type", "diensttype", d.type, v);
  valideer_tekst("omschrijving", d.omschrijving, 4000, v);
  if (d.aanbieder_id.empty()) v.add("aanbiederId", "required", "Kies de organisatie die de dienst levert.");
  if (d.standaardkosten_cent < 0 || d.standaardkosten_cent > max_kosten_cent) {
    v.add("standaardkostenCent", "range", "De standaardkosten liggen tussen 0 en 10 miljard cent.");
  }
  if (d.status != "open" && d.status != "gepauzeerd" && d.status != "gesloten") {
    v.add("status", "enum", "Kies open, gepauzeerd of gesloten.");
  }
  if (d.max_per_klant && (*d.max_per_klant < 1 || *d.max_per_klant > 1000)) {
    v.add("maxPerKlant", "range", "Een maximum per klant ligt tussen 1 en 1000.");
  }
}

}  // namespace rmt
