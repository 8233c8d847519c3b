#include "security/audit_chain.hpp"

#include <sodium.h>

#include "domain/error.hpp"

namespace rmt::security {

std::string audit_chain_hash(std::string_view key, const Auditregel& regel) {
  if (key.size() != crypto_auth_hmacsha256_KEYBYTES) {
    throw Error(ErrorCode::internal, "De auditsleutel heeft niet de juiste lengte.");
  }
  const std::string message = audit_canoniek(regel);
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  crypto_auth_hmacsha256_final(&state, mac);
  char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

}  // namespace rmt::security
