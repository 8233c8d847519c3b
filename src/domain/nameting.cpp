#include "domain/nameting.hpp"

#include "domain/contactgegevens.hpp"

namespace rmt {

void valideer(const NametingInvoer& n, const Codelijsten& lijsten, Validation& v) {
  lijsten.controleer("situatie", "nametingsituatie", n.situatie, v);
  const bool werkend = n.situatie == "werkend";
  if (n.contractvorm) {
    if (werkend) {
      lijsten.controleer("contractvorm", "contractvorm", *n.contractvorm, v);
    } else {
      v.add("contractvorm", "not_applicable", "Een contractvorm hoort alleen bij werkend.");
    }
  } else if (werkend) {
    v.add("contractvorm", "required", "Kies de contractvorm van het werk.");
  }
  if (n.uren_per_week) {
    if (!werkend) {
      v.add("urenPerWeek", "not_applicable", "Uren per week horen alleen bij werkend.");
    } else if (*n.uren_per_week < 1 || *n.uren_per_week > 60) {
      v.add("urenPerWeek", "range", "Het aantal uren per week ligt tussen 1 en 60.");
    }
  }
  valideer_tekst("toelichting", n.toelichting, 2000, v);
}

}  // namespace rmt
