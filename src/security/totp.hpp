#pragma once
// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30-second steps) via liboath.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rmt::security {

// 20 random bytes, base32 without padding (what authenticator apps expect).
std::string totp_new_secret();

// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30,
// issuer and account percent-encoded.
std::string totp_uri(std::string_view issuer, std::string_view account, std::string_view secret_base32);

// The code for the step containing unix time `now` (tests and the browser test helper).
std::string totp_code(std::string_view secret_base32, std::int64_t now);

// Accepts a 6-digit code for the step of `now` or one step either side. Returns the matched
// step, or nullopt when the code is wrong, malformed, or its step is not after `last_step`
// (replay protection: a code works once).
std::optional<std::int64_t> totp_verify(std::string_view secret_base32, std::string_view code, std::int64_t now,
                                        std::optional<std::int64_t> last_step);

}  // namespace rmt::security
