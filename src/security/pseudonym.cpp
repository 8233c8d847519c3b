#include "security/pseudonym.hpp"

#include <sodium.h>

#include <array>

#include "domain/error.hpp"

namespace rmt::security {

std::string pseudonym(std::string_view key, std::string_view purpose, std::string_view identifier) {
  if (key.size() != crypto_auth_hmacsha256_KEYBYTES) {
    throw Error(ErrorCode::internal, "De pseudoniemsleutel heeft niet de juiste lengte.");
  }
  // The separator keeps purpose ‖ identifier unambiguous only if the purpose has no NUL.
  if (purpose.empty() || purpose.find('\0') != std::string_view::npos) {
    throw Error(ErrorCode::internal, "Het doel van een pseudoniem is ongeldig.");
  }
  static constexpr unsigned char separator = 0x00;
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(purpose.data()), purpose.size());
  crypto_auth_hmacsha256_update(&state, &separator, 1);
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(identifier.data()),
                                identifier.size());
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256_final(&state, mac.data());
  sodium_memzero(&state, sizeof state);
  std::array<char, crypto_auth_hmacsha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
  return std::string(hex.data(), crypto_auth_hmacsha256_BYTES * 2);
}

}  // namespace rmt::security
