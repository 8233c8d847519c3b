#pragma once
// The year-end accountability export of one budget: CSV and XLSX (libxlsxwriter).
//
// Both hold the same content: a header (regio, jaar, regeling, opgesteld op, aantal mutaties), the
// budgetregels with their balances, a "Totaal" of the lines, the ledger's own totals ("Grootboek")
// and the "Aansluiting" between the two (totaal − grootboek per column; "sluit" when toegekend,
// verplicht, gedeclareerd and betaald all agree — the derived columns follow from those, and the
// overschrijding is an approved allowance, not a ledger rubriek), then the spending per dienst and
// per aanbieder with a total row each.
#include <string>

#include "domain/budget.hpp"

namespace rmt::services {

// RFC 4180, comma separated, CRLF, one table with a header row:
//   sectie,naam,soort,toegekend,verplicht,verplicht_open,gedeclareerd,betaald,beschikbaar,overschrijding
// sectie is kop (naam = key, soort = value), budgetregel, totaal, grootboek, aansluiting (soort =
// sluit | VERSCHIL), dienst, dienst_totaal, aanbieder, aanbieder_totaal. Amounts in euros with a
// point and two decimals (-12.30), written from the cents with integer arithmetic; empty where a
// column does not apply. Text fields starting with = + - @ (or a tab/CR) get a leading '.
std::string jaarverantwoording_csv(const Jaarverantwoording& j);

// The bytes of an .xlsx workbook with the sheets "Verantwoording", "Per dienst" and "Per aanbieder".
// Throws Error(ErrorCode::internal, ...) when libxlsxwriter fails.
std::string jaarverantwoording_xlsx(const Jaarverantwoording& j);

}  // namespace rmt::services
