#pragma once
// RFC 4180 CSV: comma separated, double quotes around fields that contain commas or quotes.
#include <string>
#include <string_view>
#include <vector>

namespace rmt::db {

using CsvRow = std::vector<std::string>;

// Parses all records (header included). Throws rmt::Error(invalid_input) on an unterminated quote.
std::vector<CsvRow> parse_csv(std::string_view text);

}  // namespace rmt::db
