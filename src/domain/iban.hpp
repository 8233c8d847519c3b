#pragma once
// Bank account numbers of aanbieders and the kassier: the IBAN (ISO 13616) and the BIC (ISO 9362).
#include <string>
#include <string_view>

namespace rmt {

// "nl91 abna 0417 1643 00" → "NL91ABNA0417164300": drops ASCII whitespace, uppercases ASCII.
std::string normaliseer_iban(std::string_view iban);

// A normalised IBAN: two letters of a country that has IBANs, two check digits, an alphanumeric
// BBAN (A-Z 0-9), the length registered for that country (NL 18, BE 16, DE 22, FR 27, …) and
// mod 97 == 1 over the rearranged number. Lowercase or spaces are refused: normalise first.
bool iban_geldig(std::string_view normalised) noexcept;

// ISO 9362, uppercase only: 4 letters bank, 2 letters country, 2 alphanumeric location, optional
// 3 alphanumeric branch (8 or 11 characters). Like the pain.001 schema (BICIdentifier), the
// location may not start with 0 or 1 (test and passive BICs) nor end with the letter O.
bool bic_geldig(std::string_view bic) noexcept;

}  // namespace rmt
