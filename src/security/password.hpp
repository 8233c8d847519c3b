#pragma once
// Staff passwords: Argon2id (libsodium) with the platform's parameters, the password policy
// (at least 12 characters, at most 128, not in the shipped list of common passwords).
// Hashing is slow on purpose: call it from a worker thread.
#include <optional>
#include <string>
#include <string_view>

namespace rmt::security {

// Argon2id parameters (libsodium "interactive": 2 passes, 64 MiB). Changing them makes
// verify_password report needs_rehash for older hashes.
inline constexpr unsigned long long password_opslimit = 2;
inline constexpr std::size_t password_memlimit = 64u * 1024u * 1024u;

std::string hash_password(std::string_view password);

enum class PasswordMatch { wrong, ok, ok_needs_rehash };
// Constant time in the password; a malformed hash counts as wrong.
PasswordMatch verify_password(std::string_view hash, std::string_view password);

// Why the password is not acceptable (Dutch, for invalidParams), or nullopt when it is.
// Checked in this order: valid UTF-8, length (counts Unicode code points), the common list.
// The common-list check ignores (ASCII) case but is an exact match: a listed password with
// extra characters (e.g. digits or punctuation appended) is not rejected by it.
std::optional<std::string> password_weakness(std::string_view password);

// True when the password (ASCII case-insensitive, otherwise exact) is in the shipped list of
// common passwords: Openwall's password.lst (Debian john-data) plus data/wachtwoorden-aanvulling.txt,
// compiled in at build time.
bool is_common_password(std::string_view password);

// A random one-time password for new accounts (20 characters, unambiguous alphabet).
std::string generate_password();

}  // namespace rmt::security
