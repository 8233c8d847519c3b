#pragma once
// Keyed pseudonyms and blind indexes: HMAC-SHA-256 under a purpose, so the same person gets a
// different, unlinkable value per purpose ("verwerking", "bsn-index", …).
#include <string>
#include <string_view>

namespace rmt::security {

// Lowercase hex HMAC-SHA-256(key, purpose ‖ 0x00 ‖ identifier). key: 32 bytes.
std::string pseudonym(std::string_view key, std::string_view purpose, std::string_view identifier);

}  // namespace rmt::security
