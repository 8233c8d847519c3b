#pragma once
// Loads the arbeidsmarktregio's and gemeenten of one year from the shipped CSV files.
#include <cstdint>
#include <string_view>

#include "db/connection.hpp"

namespace rmt::db {

// Inserts the rows and checks that every regio's gemeente count matches the regio file.
// Throws rmt::Error(invalid_input) naming the first bad line.
void load_referentiedata(Connection& conn, std::int64_t jaar, std::string_view regios_csv,
                         std::string_view gemeenten_csv);

}  // namespace rmt::db
