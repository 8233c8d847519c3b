#pragma once
// Copies the WAL back into the database file on a thread and connection of its own. SQLite's
// automatic checkpoint runs inside the COMMIT that lets the WAL cross 1,000 pages, so that
// writer held the write lock (and every other writer waited) while megabytes were copied.
// Passive: it never blocks readers or writers and copies what no reader still needs.
// A writer that begins while a checkpoint is still copying keeps the WAL from starting afresh,
// so under a steady stream of commits the checkpointer never catches up and the file grew
// without bound (18 GB in three minutes of `rmt demo --schaal 1250000`). From `wal_pages_max`
// on, the committing writer therefore finishes the copy itself (after the thread's, if one is
// running), as SQLite would, while it still holds the pool's write lock; the next writer then
// starts the WAL from its beginning.
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace rmt::db {

class SqliteCheckpointer {
 public:
  static constexpr int wal_pages = 1000;  // SQLite's own default threshold
  static constexpr int wal_pages_max = 4 * wal_pages;

  explicit SqliteCheckpointer(std::string path);
  ~SqliteCheckpointer();
  SqliteCheckpointer(const SqliteCheckpointer&) = delete;
  SqliteCheckpointer& operator=(const SqliteCheckpointer&) = delete;

  // After each commit on `db`, with the WAL's size in pages: wakes the thread from the threshold
  // on; checkpoints on `db` itself from `wal_pages_max` on.
  void wal_grew(sqlite3* db, int pages);
  int checkpoints() const;  // completed runs, for tests

 private:
  void run();

  std::string path_;
  mutable std::mutex mutex_;
  std::mutex copying_;  // one checkpoint at a time: the thread's or a writer's
  std::condition_variable werk_;
  bool gevraagd_ = false;
  bool stoppen_ = false;
  int checkpoints_ = 0;
  std::thread thread_;
};

}  // namespace rmt::db
