#pragma once
// Times are UTC; the API and the database use RFC 3339 with microseconds and 'Z'.
#include <chrono>
#include <string>

namespace rmt {

using Tijdstip = std::chrono::sys_time<std::chrono::microseconds>;

// "2026-11-25T10:31:01.123456Z"; sorts lexicographically in time order.
std::string to_rfc3339(std::chrono::system_clock::time_point t);

}  // namespace rmt
