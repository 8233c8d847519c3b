#include "domain/bsn.hpp"

namespace rmt {

bool is_bsn(std::string_view bsn) noexcept {
  if (bsn.size() != 9 || bsn == "000000000") return false;
  int som = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    if (bsn[i] < '0' || bsn[i] > '9') return false;
    const int cijfer = bsn[i] - '0';
    som += i < 8 ? cijfer * static_cast<int>(9 - i) : -cijfer;
  }
  return som % 11 == 0;
}

std::string maskeer_bsn(std::string_view bsn) {
  if (!is_bsn(bsn)) return "*********";
  return "*****" + std::string(bsn.substr(5));
}

}  // namespace rmt
