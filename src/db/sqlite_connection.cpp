#include "db/sqlite_connection.hpp"

#include "db/sqlite_mmap_vfs.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <unordered_map>

#include <spdlog/spdlog.h>

namespace rmt::db {
namespace {

constexpr std::size_t max_cached_statements = 256;

[[noreturn]] void throw_sqlite(sqlite3* db, int rc) {
  const int primary = rc & 0xff;
  // The message names tables and columns, never bound values.
  const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (primary) {
    case SQLITE_CONSTRAINT:
      throw Error(ErrorCode::conflict, "De gegevens botsen met bestaande gegevens.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Error(ErrorCode::busy, "De database is bezet; probeer het zo opnieuw.");
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      spdlog::error("sqlite unavailable: {}", message);
      throw Error(ErrorCode::unavailable, "De database is niet beschikbaar.");
    default:
      spdlog::error("sqlite error {}: {}", rc, message);
      throw Error(ErrorCode::internal, "Databasefout.");
  }
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const SqliteOptions& options)
      : writer_(options.writer),
        checkpointer_(options.checkpointer),
        busy_timeout_(std::chrono::milliseconds(options.busy_timeout_ms)) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(options.path.c_str(), &db_, flags, sqlite_mmap_vfs());
    if (rc != SQLITE_OK) {
      sqlite3_close(db_);
      db_ = nullptr;
      throw_sqlite(nullptr, rc);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, options.busy_timeout_ms);
    // WAL with synchronous=NORMAL (TECH.md): a commit survives a crash of the process; a power
    // loss may undo the last commits (data and their audit entries together) but never corrupts
    // the file. FULL would fsync every commit (~0.5 ms here), which caps all writers together.
    // Any positive mmap_size makes SQLite fetch pages through the VFS's map (see
    // sqlite_mmap_vfs.hpp); the size itself is capped at 2 GiB and not used. A WAL file that a
    // burst of writes grew beyond 64 MiB is cut back to that when SQLite next starts it afresh.
    execute_script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        " PRAGMA mmap_size=1048576; PRAGMA journal_size_limit=67108864;");
    if (checkpointer_) sqlite3_wal_hook(db_, &wal_hook, checkpointer_.get());  // replaces the automatic one
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const noexcept override { return Dialect::sqlite; }

  Result query(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = prepare(sql);
    Reset reset{stmt};
    bind(stmt, params);
    const int width = sqlite3_column_count(stmt);
    std::vector<std::string> columns;
    columns.reserve(static_cast<std::size_t>(width));
    for (int i = 0; i < width; ++i) columns.emplace_back(sqlite3_column_name(stmt, i));
    std::vector<Cell> cells;
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) throw_sqlite(db_, rc);
      for (int i = 0; i < width; ++i) cells.push_back(read_cell(stmt, i));
    }
    return Result(std::move(columns), std::move(cells));
  }

  std::int64_t execute(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = prepare(sql);
    Reset reset{stmt};
    bind(stmt, params);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) throw_sqlite(db_, rc);
    return sqlite3_changes64(db_);
  }

  void execute_script(std::string_view sql) override {
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      sqlite3_free(err);
      throw_sqlite(db_, rc);
    }
  }

  bool check() override {
    try {
      query("SELECT 1", {});
      return true;
    } catch (const Error&) {
      return false;
    }
  }

 protected:
  void before_write() override {
    if (writer_ && !writer_->try_lock_for(busy_timeout_)) {
      throw Error(ErrorCode::busy, "De database is bezet; probeer het zo opnieuw.");
    }
  }
  void after_write() noexcept override {
    if (writer_) writer_->unlock();
  }

 private:
  struct Reset {
    sqlite3_stmt* stmt;
    ~Reset() {
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
    }
  };

  sqlite3_stmt* prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) throw_sqlite(db_, rc);
    if (cache_.size() >= max_cached_statements) {
      for (auto& [s, old] : cache_) sqlite3_finalize(old);
      cache_.clear();
    }
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  void bind(sqlite3_stmt* stmt, const Params& params) {
    const int count = sqlite3_bind_parameter_count(stmt);
    int bound = 0;
    for (const Param& p : params) {
      const std::string marker = "$" + p.name;
      const int index = sqlite3_bind_parameter_index(stmt, marker.c_str());
      if (index == 0) continue;  // a parameter the statement does not use
      ++bound;
      int rc = std::visit(
          [&](const auto& v) -> int {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              return sqlite3_bind_null(stmt, index);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              return sqlite3_bind_int64(stmt, index, v);
            } else if constexpr (std::is_same_v<T, double>) {
              return sqlite3_bind_double(stmt, index, v);
            } else if constexpr (std::is_same_v<T, std::string>) {
              return sqlite3_bind_text64(stmt, index, v.data(), v.size(), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
            } else {
              return sqlite3_bind_blob64(stmt, index, v.data(), v.size(), SQLITE_TRANSIENT);
            }
          },
          p.value);
      if (rc != SQLITE_OK) throw_sqlite(db_, rc);
    }
    if (bound != count) {
      throw Error(ErrorCode::internal, "Niet alle parameters van de query zijn gebonden.");
    }
  }

  static Cell read_cell(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_NULL:
        return std::nullopt;
      case SQLITE_INTEGER:
        return std::to_string(sqlite3_column_int64(stmt, i));
      case SQLITE_FLOAT: {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", sqlite3_column_double(stmt, i));
        return std::string(buf);
      }
      default: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, i));
        const int size = sqlite3_column_bytes(stmt, i);
        return data ? std::string(data, static_cast<std::size_t>(size)) : std::string();
      }
    }
  }

  static int wal_hook(void* checkpointer, sqlite3* db, const char*, int pages) {
    static_cast<SqliteCheckpointer*>(checkpointer)->wal_grew(db, pages);
    return SQLITE_OK;
  }

  std::shared_ptr<std::timed_mutex> writer_;
  std::shared_ptr<SqliteCheckpointer> checkpointer_;
  std::chrono::milliseconds busy_timeout_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const SqliteOptions& options) {
  // Memory statistics take a global mutex on every allocation SQLite makes, and a read at a
  // million trajecten allocates its pages anew after every commit. Off, traject reads at 64
  // connections went from 1,310 and 1,405 to 1,638 and 1,680 req/s (alternating runs on the 1M
  // bench database). Must precede SQLite's initialisation; later calls are refused harmlessly.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
  return std::make_unique<SqliteConnection>(options);
}

}  // namespace rmt::db
