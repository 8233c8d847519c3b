#pragma once
// A dienst in a regio's dienstencatalogus: what a partner (the aanbieder) offers, at a standard
// cost in cents. open: can be planned; gepauzeerd: shown as paused, not plannable now;
// gesloten: no longer offered.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct DienstInvoer {
  std::string regio_code;
  std::string naam;
  std::string type;  // codelijst diensttype
  std::optional<std::string> omschrijving;
  std::string aanbieder_id;
  std::int64_t standaardkosten_cent = 0;
  std::string status = "open";
  std::optional<std::int64_t> max_per_klant;
};

struct Dienst : DienstInvoer {
  std::string id;
  std::int64_t versie = 1;
};

inline constexpr std::int64_t max_kosten_cent = 100'000'000'00;  // € 100 million: beyond any one service

void valideer(const DienstInvoer& invoer, const Codelijsten& lijsten, Validation& v);

}  // namespace rmt
