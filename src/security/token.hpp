#pragma once
// Bearer secrets (session tokens, API tokens, CSRF tokens, recovery codes): random, shown once,
// stored only as a SHA-256 hash.
#include <string>
#include <string_view>
#include <vector>

namespace rmt::security {

// 32 random bytes, base64url without padding (43 characters), optionally with a prefix
// ("rmt_" for API tokens) so leaked tokens are recognisable by secret scanners.
std::string new_token(std::string_view prefix = "");

// Lowercase hex SHA-256 of the token: what the database stores and looks up.
std::string token_hash(std::string_view token);

// Constant-time comparison (sodium_memcmp); false when lengths differ.
bool equal_constant_time(std::string_view a, std::string_view b);

// n recovery codes "xxxxx-xxxxx" (10 characters from a 32-character alphabet without 0/O/1/I).
std::vector<std::string> new_recovery_codes(std::size_t n = 10);

// Normalises user input of a recovery code: upper case, dashes and spaces removed.
std::string normalize_recovery_code(std::string_view input);

}  // namespace rmt::security
