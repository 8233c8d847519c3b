#pragma once
// Random identifiers from libsodium's CSPRNG.
#include <cstddef>
#include <cstdint>
#include <string>

namespace rmt::security {

// Call once at program start (idempotent).
void init_crypto();

// 2*n lowercase hex characters from n random bytes.
std::string random_hex(std::size_t bytes);

// 64 random bits.
std::uint64_t random_uint64();

// RFC 9562 UUID version 7 (time-ordered), lowercase canonical form.
std::string uuid_v7();

}  // namespace rmt::security
