#pragma once
// Settings around a bulk load (the demo generator): a large SQLite page cache while the indexes
// grow past the default 2 MiB, and fresh planner statistics afterwards on both back ends.
#include "db/connection.hpp"

namespace rmt::db {

void begin_bulk_load(Connection& conn);
void finish_bulk_load(Connection& conn);

}  // namespace rmt::db
