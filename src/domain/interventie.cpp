#include "domain/interventie.hpp"

#include "domain/contactgegevens.hpp"
#include "domain/dienst.hpp"
#include "domain/tijd.hpp"

namespace rmt {
namespace {

bool datum_ok(std::string_view veld, const std::optional<std::string>& d, Validation& v) {
  if (!d) return false;
  if (!parse_datum(*d)) {
    v.add(std::string(veld), "format", "Gebruik een datum als 2026-11-27.");
    return false;
  }
  return true;
}

}  // namespace

bool mag_overgaan_interventie(std::string_view van, std::string_view naar) noexcept {
  using namespace interventie_status;
  if (van == naar) return van == gepland || van == gestart;  // changing dates or cost
  return (van == gepland && (naar == gestart || naar == afgebroken)) ||
         (van == gestart && (naar == afgerond || naar == afgebroken));
}

void valideer(const InterventieInvoer& n, std::string_view vandaag,
              const Codelijsten& lijsten, Validation& v) {
  using namespace interventie_status;
  const bool begin_ok = datum_ok("geplandBegin", n.gepland_begin, v);
  const bool einde_ok = datum_ok("geplandEinde", n.gepland_einde, v);
  if (n.gepland_begin.empty()) v.add("geplandBegin", "required", "Vul de geplande begindatum in.");
  if (n.gepland_einde.empty()) v.add("geplandEinde", "required", "Vul de geplande einddatum in.");
  if (begin_ok && einde_ok && n.gepland_einde < n.gepland_begin) {
    v.add("geplandEinde", "order", "De geplande einddatum ligt niet voor de begindatum.");
  }
  if (n.kosten_cent && (*n.kosten_cent < 0 || *n.kosten_cent > max_kosten_cent)) {
    v.add("kostenCent", "range", "De afgesproken kosten liggen tussen 0 en 10 miljard cent.");
  }
  if (n.status != gepland && n.status != gestart && n.status != afgerond && n.status != afgebroken) {
    v.add("status", "enum", "Kies gepland, gestart, afgerond of afgebroken.");
  }
  const bool wb = datum_ok("werkelijkBegin", n.werkelijk_begin, v);
  const bool we = datum_ok("werkelijkEinde", n.werkelijk_einde, v);
  if (wb && *n.werkelijk_begin > vandaag) v.add("werkelijkBegin", "range", "Een werkelijke datum ligt niet in de toekomst.");
  if (we && *n.werkelijk_einde > vandaag) v.add("werkelijkEinde", "range", "Een werkelijke datum ligt niet in de toekomst.");
  if (wb && we && *n.werkelijk_einde < *n.werkelijk_begin) {
    v.add("werkelijkEinde", "order", "De werkelijke einddatum ligt niet voor de begindatum.");
  }
  const bool begonnen = n.status == gestart || n.status == afgerond;
  if (begonnen && !n.werkelijk_begin) v.add("werkelijkBegin", "required", "Vul in wanneer de interventie begon.");
  if (!begonnen && n.status != afgebroken && n.werkelijk_begin) {
    v.add("werkelijkBegin", "not_applicable", "Een geplande interventie is nog niet begonnen.");
  }
  const bool klaar = n.status == afgerond || n.status == afgebroken;
  if (n.status == afgerond && !n.werkelijk_einde) v.add("werkelijkEinde", "required", "Vul in wanneer de interventie eindigde.");
  if (!klaar && n.werkelijk_einde) v.add("werkelijkEinde", "not_applicable", "De interventie is nog niet geëindigd.");
  if (n.status == afgerond) {
    if (!n.resultaat) {
      v.add("resultaat", "required", "Leg het resultaat van de interventie vast.");
    } else {
      lijsten.controleer("resultaat", "interventieresultaat", *n.resultaat, v);
    }
  } else if (n.resultaat) {
    v.add("resultaat", "not_applicable", "Een resultaat hoort bij een afgeronde interventie.");
  }
  if (n.status == afgebroken && (!n.reden || n.reden->empty())) {
    v.add("reden", "required", "Geef aan waarom de interventie is afgebroken.");
  }
  valideer_tekst("reden", n.reden, 2000, v);
  valideer_tekst("toelichting", n.toelichting, 4000, v);
}

}  // namespace rmt
