#pragma once
#include <memory>
#include <mutex>
#include <string>

#include "db/connection.hpp"
#include "db/sqlite_checkpointer.hpp"

namespace rmt::db {

struct SqliteOptions {
  std::string path;                 // file path, or ":memory:"
  int busy_timeout_ms = 5000;       // how long a writer waits for the lock before `busy`
  // Shared by the connections of one pool: writers of this process queue on it instead of
  // meeting SQLITE_BUSY, whose handler polls with sleeps of up to 100 ms.
  std::shared_ptr<std::timed_mutex> writer = {};
  // Shared likewise: checkpoints on its own thread instead of inside a writer's COMMIT.
  // Without one, SQLite checkpoints automatically.
  std::shared_ptr<SqliteCheckpointer> checkpointer = {};
};

// Opens the file with WAL, synchronous=NORMAL, foreign keys on and a busy timeout.
std::unique_ptr<Connection> open_sqlite(const SqliteOptions& options);

}  // namespace rmt::db
