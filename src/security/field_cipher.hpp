#pragma once
// Encrypted columns: XChaCha20-Poly1305 (IETF) with a random nonce; the associated data binds a
// value to its place (e.g. "medewerker.totp_geheim:<id>") so it cannot be moved to another row.
#include <string>
#include <string_view>

namespace rmt::security {

// base64 (no padding) of nonce ‖ ciphertext ‖ tag. key: 32 bytes.
std::string seal(std::string_view key, std::string_view plaintext, std::string_view associated_data);

// Throws rmt::Error(internal) when the value was tampered with, has the wrong binding or key.
std::string open(std::string_view key, std::string_view sealed, std::string_view associated_data);

}  // namespace rmt::security
