#pragma once
// The audit log's chain hash: HMAC-SHA-256 with the audit key over the previous entry's hash
// and this entry's fields. Without the key nobody can rewrite history and recompute the chain.
#include <string>
#include <string_view>

#include "domain/auditregel.hpp"

namespace rmt::security {

// `key` must be 32 bytes (crypto_auth_hmacsha256_KEYBYTES). Lowercase hex.
std::string audit_chain_hash(std::string_view key, const Auditregel& regel);

}  // namespace rmt::security
