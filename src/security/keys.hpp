#pragma once
// The platform's secret keys, kept outside the database: a key file (RMT_KEY_FILE) or the same
// text in an environment variable (RMT_KEYS). Format: one `name=<64 hex>` per line, `#` comments.
#include <filesystem>
#include <string>
#include <string_view>

namespace rmt::security {

struct Keys {
  std::string audit;      // HMAC key of the audit-log chain (32 bytes)
  std::string pseudoniem; // HMAC key for data-subject pseudonyms in the Logboek (32 bytes)
  std::string veld;       // XChaCha20-Poly1305 key for encrypted fields (TOTP secrets, BSN) (32 bytes)
  std::string index;      // HMAC key for blind indexes (BSN search) (32 bytes)
};

// Parses the key text; every key is required and must be 32 bytes of hex.
// Throws rmt::Error(invalid_input) naming the missing or bad key (never its value).
Keys parse_keys(std::string_view text);

// Four fresh random keys in the file format.
std::string generate_key_text();

// Reads the file (must not be readable by group or others). Throws rmt::Error(invalid_input).
Keys load_key_file(const std::filesystem::path& path);

// Writes a fresh key file with mode 0600, creating parent directories; refuses to overwrite.
void create_key_file(const std::filesystem::path& path);

}  // namespace rmt::security
