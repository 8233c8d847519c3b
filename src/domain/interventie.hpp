#pragma once
// An interventie: one dienst from the regio's catalogue, delivered by its aanbieder within a
// traject, at an agreed cost. Status gepland → gestart → afgerond | afgebroken (with a reason);
// a planned one may also be cancelled (afgebroken). One with a cost has a verplichting on the
// regio's budget, which it needs approved before it starts and which follows its cost.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

namespace interventie_status {
inline constexpr std::string_view gepland = "gepland";
inline constexpr std::string_view gestart = "gestart";
inline constexpr std::string_view afgerond = "afgerond";
inline constexpr std::string_view afgebroken = "afgebroken";
}  // namespace interventie_status

// What a user sets: on planning the dates and cost; later the status, actual dates and result.
struct InterventieInvoer {
  std::string gepland_begin;  // YYYY-MM-DD
  std::string gepland_einde;
  std::optional<std::int64_t> kosten_cent;  // absent on planning: the dienst's standard cost
  std::string status{interventie_status::gepland};
  std::optional<std::string> werkelijk_begin;
  std::optional<std::string> werkelijk_einde;
  std::optional<std::string> reden;      // why it was broken off
  std::optional<std::string> resultaat;  // codelijst interventieresultaat
  std::optional<std::string> toelichting;
};

// Where the interventie's verplichting stands, as its adviser sees it: whether it may start.
struct VerplichtingStand {
  std::string status;                // verplichting_status
  std::optional<std::string> reden;  // why it was refused
};

struct Interventie : InterventieInvoer {
  std::string id;
  std::string traject_id;
  std::string regio_code;
  std::string dienst_id;
  std::string dienst_naam;
  std::string aanbieder_id;
  std::int64_t versie = 1;
  std::optional<VerplichtingStand> verplichting;  // none without a cost
};

bool mag_overgaan_interventie(std::string_view van, std::string_view naar) noexcept;

// The fields of a state (whether the step from the old status is allowed is mag_overgaan's):
// dates valid and in order, cost 0..max, a start date once gestart, an end date and result once
// afgerond, a reason once afgebroken, actual dates not in the future. Adds every bad field to `v`.
void valideer(const InterventieInvoer& nieuw, std::string_view vandaag,
              const Codelijsten& lijsten, Validation& v);

}  // namespace rmt
