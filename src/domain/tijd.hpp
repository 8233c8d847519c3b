#pragma once
// Times are UTC; the API and the database use RFC 3339 with microseconds and 'Z'.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rmt {

using Tijdstip = std::chrono::sys_time<std::chrono::microseconds>;

// "2026-11-25T10:31:01.123456Z"; sorts lexicographically in time order.
std::string to_rfc3339(std::chrono::system_clock::time_point t);

// Parses RFC 3339 date-time ("2026-11-25T10:31:01Z", fractions, "+01:00" offsets); nullopt when
// malformed or out of range. The result is UTC.
std::optional<std::chrono::system_clock::time_point> parse_rfc3339(std::string_view text);

// A calendar date "YYYY-MM-DD"; nullopt when malformed or not a real day.
std::optional<std::chrono::year_month_day> parse_datum(std::string_view text);

// Today (UTC) as "YYYY-MM-DD".
std::string vandaag();

}  // namespace rmt
