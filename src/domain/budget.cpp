#include "domain/budget.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "domain/tijd.hpp"

namespace rmt {

std::int64_t optellen(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) throw Error(ErrorCode::conflict, "Het bedrag is te groot om op te tellen.");
  return out;
}

std::string euro(std::int64_t cent) {
  const bool min = cent < 0;
  // Via unsigned: -INT64_MIN does not fit.
  const std::uint64_t a = min ? 0 - static_cast<std::uint64_t>(cent) : static_cast<std::uint64_t>(cent);
  std::string euros = std::to_string(a / 100);
  for (auto at = static_cast<std::ptrdiff_t>(euros.size()) - 3; at > 0; at -= 3) euros.insert(static_cast<std::size_t>(at), ".");
  return fmt::format("{}€ {},{:02}", min ? "-" : "", euros, a % 100);
}

void Saldo::boek(std::string_view r, std::int64_t bedrag) {
  if (r == rubriek::toegekend) toegekend = optellen(toegekend, bedrag);
  else if (r == rubriek::verplicht) verplicht = optellen(verplicht, bedrag);
  else if (r == rubriek::gedeclareerd) gedeclareerd = optellen(gedeclareerd, bedrag);
  else if (r == rubriek::betaald) betaald = optellen(betaald, bedrag);
  else throw Error(ErrorCode::internal, "Onbekende rubriek in het grootboek.");
}

Mutatie correctie_van(const Mutatie& m) {
  Mutatie c = m;
  c.volgnummer = 0;
  c.soort = mutatie_soort::correctie;
  c.bedrag_cent = -m.bedrag_cent;
  c.corrigeert_id = m.id;
  return c;
}

Saldo Budget::totaal() const {
  Saldo s;
  for (const Budgetregel& r : regels) {
    s.toegekend = optellen(s.toegekend, r.saldo.toegekend);
    s.verplicht = optellen(s.verplicht, r.saldo.verplicht);
    s.gedeclareerd = optellen(s.gedeclareerd, r.saldo.gedeclareerd);
    s.betaald = optellen(s.betaald, r.saldo.betaald);
    s.overschrijding = optellen(s.overschrijding, r.saldo.overschrijding);
  }
  return s;
}

const Budgetregel* Budget::regel(std::string_view regel_id) const noexcept {
  for (const Budgetregel& r : regels) {
    if (r.id == regel_id) return &r;
  }
  return nullptr;
}

void valideer_regel(const BudgetregelInvoer& r, std::string_view veld, Validation& v) {
  const std::string p = veld.empty() ? std::string() : std::string(veld) + ".";
  if (std::find(std::begin(budgetregel_soorten), std::end(budgetregel_soorten), r.soort) == std::end(budgetregel_soorten)) {
    v.add(p + "soort", "enum", "Kies personele_inzet, interventies of overig.");
  }
  if (r.naam.empty() || r.naam.size() > 100) v.add(p + "naam", "length", "Geef de regel een naam van 1 tot 100 tekens.");
  if (r.bedrag_cent < 0 || r.bedrag_cent > max_bedrag_cent) {
    v.add(p + "bedragCent", "range", "Het bedrag is 0 tot 100.000.000.000 cent.");
  }
}

void valideer(const BudgetInvoer& b, Validation& v) {
  if (b.jaar < 2020 || b.jaar > 2100) v.add("jaar", "range", "Het jaar ligt tussen 2020 en 2100.");
  if (b.regeling.empty() || b.regeling.size() > 200) v.add("regeling", "length", "Noem de regeling (1 tot 200 tekens).");
  if (b.vier_ogen_vanaf_cent < 0 || b.vier_ogen_vanaf_cent > max_bedrag_cent) {
    v.add("vierOgenVanafCent", "range", "De grens voor een tweede akkoord is 0 tot 100.000.000.000 cent.");
  }
  if (b.regels.empty() || b.regels.size() > 20) v.add("regels", "length", "Een budget heeft 1 tot 20 regels.");
  std::set<std::string> namen;
  bool interventies = false;
  for (std::size_t n = 0; n < b.regels.size(); ++n) {
    const std::string veld = "regels[" + std::to_string(n) + "]";
    valideer_regel(b.regels[n], veld, v);
    if (!namen.insert(b.regels[n].naam).second) v.add(veld + ".naam", "unique", "Elke regel heeft een eigen naam.");
    interventies = interventies || b.regels[n].soort == "interventies";
  }
  if (!b.regels.empty() && !interventies) v.add("regels", "interventies", "Een budget heeft een regel voor interventies.");
}

bool vier_ogen_nodig(std::int64_t bedrag_cent, std::int64_t vier_ogen_vanaf_cent) noexcept {
  return bedrag_cent >= vier_ogen_vanaf_cent;
}

Prognose prognose(std::int64_t beschikbaar, std::int64_t verplicht_in_periode, int dagen, std::string_view vandaag_tekst) {
  Prognose p;
  if (dagen <= 0 || verplicht_in_periode <= 0) return p;
  p.tempo_cent_per_dag = std::max<std::int64_t>(1, verplicht_in_periode / dagen);
  const auto dag = parse_datum(vandaag_tekst);
  if (!dag) return p;
  // Whole days until the rest is used up; an exhausted line is out today.
  const std::int64_t over = beschikbaar <= 0 ? 0 : (beschikbaar + p.tempo_cent_per_dag - 1) / p.tempo_cent_per_dag;
  const auto op = std::chrono::sys_days(*dag) + std::chrono::days(std::min<std::int64_t>(over, 365 * 100));
  p.uitgeput_op = fmt::format("{:%Y-%m-%d}", op);
  return p;
}

}  // namespace rmt
