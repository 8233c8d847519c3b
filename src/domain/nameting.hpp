#pragma once
// Nametingen: 3, 6 and 12 months after a traject closed, its regievoerder asks how the klant is
// doing then. Scheduled when the traject closes, dropped while open when it is reopened; one
// can be recorded once it is due.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct NametingInvoer {
  // codelijst nametingsituatie: werkend, niet_werkend, in_opleiding, or niet_bereikt (the klant
  // could not be reached: recorded, so it leaves the due list, and counted as unknown)
  std::string situatie;
  std::optional<std::string> contractvorm;  // werkend only (required then)
  std::optional<std::int64_t> uren_per_week;
  std::optional<std::string> toelichting;
};

struct Nameting {
  std::string id;
  std::string traject_id;
  std::string regio_code;
  std::string verantwoordelijke_id;  // the regievoerder when the traject closed
  std::int64_t maanden = 3;
  std::string gepland_op;  // YYYY-MM-DD
  std::string status = "open";  // open, vastgelegd
  std::optional<NametingInvoer> meting;
  std::optional<std::string> vastgelegd_op;  // RFC 3339
  std::int64_t versie = 1;
};

// How many nametingen one medewerker has due (a coordinator's overview of the regio).
struct NametingenTeDoen {
  std::string medewerker_id;
  std::string naam;
  std::string email;
  std::int64_t aantal = 0;
  std::string oudste;  // the earliest gepland_op among them (YYYY-MM-DD)
};

void valideer(const NametingInvoer& invoer, const Codelijsten& lijsten, Validation& v);

}  // namespace rmt
