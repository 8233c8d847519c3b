#include "db/bulk_load.hpp"

namespace rmt::db {

void begin_bulk_load(Connection& conn) {
  if (conn.dialect() == Dialect::sqlite) conn.execute_script("PRAGMA cache_size = -262144");  // 256 MiB
}

void finish_bulk_load(Connection& conn) {
  // Without statistics the planners guess the queue's plan after a bulk load.
  conn.execute_script("ANALYZE");
}

}  // namespace rmt::db
