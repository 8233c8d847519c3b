#include "domain/contact.hpp"

#include "domain/contactgegevens.hpp"

namespace rmt {

void valideer(ContactInvoer& c, const Codelijsten& lijsten, Validation& v) {
  lijsten.controleer("kanaal", "kanaal", c.kanaal, v);
  lijsten.controleer("onderwerp", "categorie", c.onderwerp, v);
  lijsten.controleer("uitkomst", "uitkomst", c.uitkomst, v);
  if (c.uitkomst == "doorverwezen" && !c.doorverwezen_naar) {
    v.add("doorverwezenNaar", "required", "Noem de partner of dienst waarnaar u doorverwees.");
  } else if (c.doorverwezen_naar) {
    valideer_naam("doorverwezenNaar", *c.doorverwezen_naar, v);
  }
  valideer_tekst("toelichting", c.toelichting, max_toelichting_bytes, v);
}

}  // namespace rmt
