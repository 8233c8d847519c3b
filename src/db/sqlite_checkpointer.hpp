#pragma once
// Copies the WAL back into the database file on a thread and connection of its own. SQLite's
// automatic checkpoint runs inside the COMMIT that lets the WAL cross 1,000 pages, so that
// writer held the write lock (and every other writer waited) while megabytes were copied.
// Passive: it never blocks readers or writers and copies what no reader still needs.
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace rmt::db {

class SqliteCheckpointer {
 public:
  static constexpr int wal_pages = 1000;  // SQLite's own default threshold

  explicit SqliteCheckpointer(std::string path);
  ~SqliteCheckpointer();
  SqliteCheckpointer(const SqliteCheckpointer&) = delete;
  SqliteCheckpointer& operator=(const SqliteCheckpointer&) = delete;

  // After each commit, with the WAL's size in pages: wakes the thread from the threshold on.
  void wal_grew(int pages);
  int checkpoints() const;  // completed runs, for tests

 private:
  void run();

  std::string path_;
  mutable std::mutex mutex_;
  std::condition_variable werk_;
  bool gevraagd_ = false;
  bool stoppen_ = false;
  int checkpoints_ = 0;
  std::thread thread_;
};

}  // namespace rmt::db
