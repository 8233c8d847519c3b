#pragma once
// A contact (gidsfunctie): a question answered without a case — information given or a referral
// to a named partner or service — optionally linked to a klant or werkgever.
#include <optional>
#include <string>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct ContactInvoer {
  std::string regio_code;
  std::string kanaal;
  std::string onderwerp;  // a categorie code
  std::string uitkomst;   // informatie_gegeven, doorverwezen, anders
  std::optional<std::string> doorverwezen_naar;
  std::optional<std::string> toelichting;
  std::optional<std::string> klant_id;
  std::optional<std::string> werkgever_id;
};

struct Contact : ContactInvoer {
  std::string id;
  std::optional<std::string> aanmelding_id;
  std::optional<std::string> medewerker_id;
  std::string vastgelegd_op;  // RFC 3339
};

inline constexpr std::size_t max_toelichting_bytes = 2000;

// A referral names where to: doorverwezenNaar is required exactly when the uitkomst is doorverwezen.
void valideer(ContactInvoer& invoer, const Codelijsten& lijsten, Validation& v);

}  // namespace rmt
