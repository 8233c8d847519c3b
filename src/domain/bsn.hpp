#pragma once
// The burgerservicenummer: 9 digits passing the elfproef. Never in a URL, log line or error
// message; shown masked. Encryption and the blind index live in security/ (keys).
#include <string>
#include <string_view>

namespace rmt {

// Exactly 9 digits (leading zeros included), not all zeros, and
// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
bool is_bsn(std::string_view bsn) noexcept;

// "*****1234": the last four digits; anything that is not a BSN masks completely.
std::string maskeer_bsn(std::string_view bsn);

}  // namespace rmt
