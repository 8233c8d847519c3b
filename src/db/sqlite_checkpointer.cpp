#include "db/sqlite_checkpointer.hpp"

#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include "db/sqlite_mmap_vfs.hpp"

namespace rmt::db {

SqliteCheckpointer::SqliteCheckpointer(std::string path) : path_(std::move(path)), thread_([this] { run(); }) {}

SqliteCheckpointer::~SqliteCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stoppen_ = true;
  }
  werk_.notify_one();
  thread_.join();
}

namespace {

void passive_checkpoint(sqlite3* db) {
  const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  if (rc != SQLITE_OK && rc != SQLITE_BUSY) spdlog::warn("checkpoint failed: {}", sqlite3_errmsg(db));
}

}  // namespace

void SqliteCheckpointer::wal_grew(sqlite3* db, int pages) {
  if (pages < wal_pages) return;
  if (pages >= wal_pages_max) {
    std::lock_guard copy(copying_);  // SQLite would refuse while the thread copies
    passive_checkpoint(db);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    gevraagd_ = true;
  }
  werk_.notify_one();
}

int SqliteCheckpointer::checkpoints() const {
  std::lock_guard lock(mutex_);
  return checkpoints_;
}

void SqliteCheckpointer::run() {
  sqlite3* db = nullptr;
  std::unique_lock lock(mutex_);
  for (;;) {
    werk_.wait(lock, [&] { return stoppen_ || gevraagd_; });
    if (stoppen_) break;
    gevraagd_ = false;
    lock.unlock();
    // A connection checkpoints only once it has read the file and found it in WAL mode.
    constexpr int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (!db && (sqlite3_open_v2(path_.c_str(), &db, flags, sqlite_mmap_vfs()) != SQLITE_OK ||
                sqlite3_exec(db, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr) != SQLITE_OK)) {
      spdlog::warn("checkpoint: cannot open the database: {}", sqlite3_errmsg(db));
      sqlite3_close(db);
      db = nullptr;
    }
    if (db) {
      std::lock_guard copy(copying_);
      passive_checkpoint(db);
    }
    lock.lock();
    ++checkpoints_;
  }
  lock.unlock();
  sqlite3_close_v2(db);
}

}  // namespace rmt::db
