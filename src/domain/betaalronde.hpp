#pragma once
// A betaalronde (payment run): the approved declaraties of a regio collected into a frozen
// snapshot, from which the bank file is written. aangemaakt → betaald (then the ledger has the
// betalingen). Nothing in a run changes after it was made.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/betaalbestand.hpp"

namespace rmt {

namespace betaalronde_status {
inline constexpr std::string_view aangemaakt = "aangemaakt";
inline constexpr std::string_view betaald = "betaald";
}  // namespace betaalronde_status

struct Betaalronde {
  std::string id;
  std::string regio_code;
  std::string status{betaalronde_status::aangemaakt};
  Betaalopdracht opdracht;                 // the snapshot; opdracht.posten[n] pays declaratie_ids[n]
  std::vector<std::string> declaratie_ids;
  std::int64_t aantal = 0;
  std::int64_t totaal_cent = 0;
  std::string aangemaakt_door;
  std::optional<std::string> betaald_door;
  std::optional<std::string> betaald_op;
};

}  // namespace rmt
