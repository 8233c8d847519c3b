#pragma once
// A declaratie: an aanbieder's invoice for interventies it delivered, paid from their
// commitments. ingediend → goedgekeurd | afgewezen (reason) by a kassier who did not submit it;
// goedgekeurd → betaald when its payment run is marked paid.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.hpp"

namespace rmt {

namespace declaratie_status {
inline constexpr std::string_view ingediend = "ingediend";
inline constexpr std::string_view goedgekeurd = "goedgekeurd";
inline constexpr std::string_view afgewezen = "afgewezen";
inline constexpr std::string_view betaald = "betaald";
}  // namespace declaratie_status

struct Declaratieregel {
  std::string interventie_id;
  std::int64_t bedrag_cent = 0;
  std::string dienst_naam;  // joined for display
};

struct DeclaratieInvoer {
  std::string aanbieder_id;
  std::string factuurnummer;
  std::string factuurdatum;  // YYYY-MM-DD
  std::string periode_van;
  std::string periode_tot;
  std::string iban;  // as entered; normalised by valideer's caller
  std::optional<std::string> bic;
  std::string bijlage;  // reference to the invoice document
  bool boven_verplichting = false;
  std::optional<std::string> toelichting;
  std::vector<Declaratieregel> regels;
};

struct Declaratie : DeclaratieInvoer {
  std::string id;
  std::string regio_code;
  std::int64_t bedrag_cent = 0;  // the sum of the regels
  std::string status{declaratie_status::ingediend};
  std::optional<std::string> reden;
  std::string ingediend_door;
  std::string ingediend_op;
  std::optional<std::string> beoordeeld_door;
  std::optional<std::string> beoordeeld_op;
  std::optional<std::string> betaalronde_id;
  std::int64_t versie = 1;
  std::string aanbieder_naam;  // joined
};

// Adds every bad field: factuurnummer 1..35 of letters, digits and - / . _; dates real, period in
// order, invoice date not in the future; IBAN (normalised) valid by mod-97, BIC when given valid;
// bijlage 1..500; 1..100 regels, each an interventie once, with an amount 1..max cent; the total
// within range.
void valideer(const DeclaratieInvoer& d, std::string_view vandaag, Validation& v);

// The sum of the regels (validated amounts cannot overflow).
std::int64_t totaal_cent(const DeclaratieInvoer& d) noexcept;

}  // namespace rmt
