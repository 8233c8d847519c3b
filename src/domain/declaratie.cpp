#include "domain/declaratie.hpp"

#include <set>

#include "domain/budget.hpp"
#include "domain/iban.hpp"
#include "domain/tijd.hpp"

namespace rmt {
namespace {

bool factuurnummer_ok(std::string_view s) {
  if (s.empty() || s.size() > 35) return false;
  for (char c : s) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '/' ||
                    c == '.' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::int64_t totaal_cent(const DeclaratieInvoer& d) noexcept {
  std::int64_t som = 0;
  for (const Declaratieregel& r : d.regels) som += r.bedrag_cent;
  return som;
}

void valideer(const DeclaratieInvoer& d, std::string_view vandaag, Validation& v) {
  if (d.aanbieder_id.empty()) v.add("aanbiederId", "required", "Kies de aanbieder die factureert.");
  if (!factuurnummer_ok(d.factuurnummer)) {
    v.add("factuurnummer", "pattern", "Het factuurnummer is 1 tot 35 letters, cijfers of - / . _.");
  }
  const auto datum = parse_datum(d.factuurdatum);
  if (!datum) v.add("factuurdatum", "date", "Geef de factuurdatum als JJJJ-MM-DD.");
  else if (d.factuurdatum > vandaag) v.add("factuurdatum", "future", "De factuurdatum ligt niet in de toekomst.");
  const bool van = parse_datum(d.periode_van).has_value(), tot = parse_datum(d.periode_tot).has_value();
  if (!van) v.add("periodeVan", "date", "Geef het begin van de periode als JJJJ-MM-DD.");
  if (!tot) v.add("periodeTot", "date", "Geef het einde van de periode als JJJJ-MM-DD.");
  if (van && tot && d.periode_tot < d.periode_van) v.add("periodeTot", "order", "De periode eindigt niet voor ze begint.");
  if (!iban_geldig(d.iban)) v.add("iban", "iban", "Dit is geen geldig IBAN (controlegetal of lengte klopt niet).");
  if (d.bic && !bic_geldig(*d.bic)) v.add("bic", "bic", "Dit is geen geldige BIC (8 of 11 tekens).");
  if (d.bijlage.empty() || d.bijlage.size() > 500) v.add("bijlage", "length", "Verwijs naar de factuur zelf (1 tot 500 tekens).");
  if (d.regels.empty() || d.regels.size() > 100) v.add("regels", "length", "Een declaratie dekt 1 tot 100 interventies.");
  std::set<std::string> gezien;
  std::int64_t som = 0;
  for (std::size_t n = 0; n < d.regels.size(); ++n) {
    const std::string veld = "regels[" + std::to_string(n) + "]";
    const Declaratieregel& r = d.regels[n];
    if (r.interventie_id.empty()) v.add(veld + ".interventieId", "required", "Kies de interventie.");
    else if (!gezien.insert(r.interventie_id).second) v.add(veld + ".interventieId", "unique", "Elke interventie staat één keer op de declaratie.");
    if (r.bedrag_cent < 1 || r.bedrag_cent > max_bedrag_cent) {
      v.add(veld + ".bedragCent", "range", "Het bedrag is 1 tot 100.000.000.000 cent.");
    } else {
      som += r.bedrag_cent;
    }
  }
  if (som > max_bedrag_cent) v.add("regels", "range", "Het totaal van de declaratie is te groot.");
}

}  // namespace rmt
