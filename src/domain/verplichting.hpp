#pragma once
// A verplichting (commitment): the budget set aside for one interventie with a cost. Requested
// when the interventie is planned; approved by a coordinator (from the budget's threshold on by
// two different coordinators), which books it on a budget line; released (vrijval) when the
// interventie is cancelled or ends cheaper. An interventie with a cost starts only once approved.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rmt {

namespace verplichting_status {
inline constexpr std::string_view aangevraagd = "aangevraagd";
inline constexpr std::string_view eerste_akkoord = "eerste_akkoord";
inline constexpr std::string_view goedgekeurd = "goedgekeurd";
inline constexpr std::string_view afgewezen = "afgewezen";
inline constexpr std::string_view vervallen = "vervallen";
}  // namespace verplichting_status

struct Verplichting {
  std::string id;
  std::string interventie_id;
  std::string regio_code;
  std::int64_t jaar = 0;
  std::optional<std::string> budget_id;
  std::optional<std::string> regel_id;
  std::int64_t bedrag_cent = 0;
  std::string status{verplichting_status::aangevraagd};
  std::optional<std::string> reden;
  std::string aangevraagd_door;
  std::string aangevraagd_op;
  std::optional<std::string> eerste_akkoord_door;
  std::optional<std::string> eerste_akkoord_op;
  std::optional<std::string> beoordeeld_door;
  std::optional<std::string> beoordeeld_op;
  std::int64_t versie = 1;
  // Joined for the lists: what it is for (no personal data).
  std::string dienst_naam;
  std::string aanbieder_id;
  std::string traject_id;

  bool open() const noexcept {
    return status == verplichting_status::aangevraagd || status == verplichting_status::eerste_akkoord;
  }
};

}  // namespace rmt
