// The memory-mapping VFS: pages come from the map (no page-cache misses, whatever the
// mmap_size cap), readers see other connections' commits, and a file that grows after the map
// was made is read correctly.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "db/sqlite_connection.hpp"
#include "db/sqlite_mmap_vfs.hpp"

namespace rmt::db {
namespace {

class SqliteMmapVfsTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("rmt-mmap-" + std::to_string(getpid()) + "-" +
                                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override {
    for (sqlite3* db : open_) sqlite3_close_v2(db);
    std::filesystem::remove_all(dir_);
  }

  sqlite3* open(const char* vfs, const char* pragmas) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs), SQLITE_OK);
    open_.push_back(db);
    exec(db, pragmas);
    return db;
  }
  static void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
  }
  static std::int64_t scalar(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    const std::int64_t value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
  }
  static int cache_misses(sqlite3* db) {
    int current = 0, high = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_MISS, &current, &high, 1);
    return current;
  }
  // `rows` rows of ~1 KB in table t, written and checkpointed into the database file.
  void fill(sqlite3* writer, int rows, int marker) {
    exec(writer, "BEGIN; DELETE FROM t;"
                 " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(rows) +
                 ") INSERT INTO t SELECT i, " + std::to_string(marker) + ", randomblob(1000) FROM n; COMMIT;"
                 " PRAGMA wal_checkpoint(TRUNCATE);");
  }

  static constexpr const char* wal_pragmas = "PRAGMA journal_mode=WAL; PRAGMA mmap_size=1;";
  std::filesystem::path dir_;
  std::string path_;
  std::vector<sqlite3*> open_;
};

TEST_F(SqliteMmapVfsTest, ReadsPagesThroughTheMapWhereSqlitesOwnMapIsCappedAway) {
  sqlite3* writer = open(nullptr, wal_pragmas);
  exec(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, marker INTEGER, data BLOB)");
  fill(writer, 2000, 7);

  // mmap_size=1 leaves SQLite's own map (the unix VFS) one byte: every page is a cache miss.
  sqlite3* plain = open(nullptr, wal_pragmas);
  EXPECT_EQ(scalar(plain, "SELECT SUM(marker) + SUM(length(data)) FROM t"), 2000 * 7 + 2000 * 1000);
  EXPECT_GT(cache_misses(plain), 400);

  sqlite3* mapped = open(sqlite_mmap_vfs(), wal_pragmas);
  EXPECT_EQ(scalar(mapped, "SELECT SUM(marker) + SUM(length(data)) FROM t"), 2000 * 7 + 2000 * 1000);
  EXPECT_LE(cache_misses(mapped), 2);  // page 1 is always read, at the pragmas and at the schema
  EXPECT_EQ(scalar(mapped, "PRAGMA mmap_size"), sqlite_mmap_window);
}

TEST_F(SqliteMmapVfsTest, SeesCommitsOfOtherConnectionsAndAFileThatGrewAfterTheMapWasMade) {
  sqlite3* writer = open(nullptr, wal_pragmas);
  exec(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, marker INTEGER, data BLOB)");
  fill(writer, 10, 1);
  sqlite3* mapped = open(sqlite_mmap_vfs(), wal_pragmas);
  EXPECT_EQ(scalar(mapped, "SELECT SUM(marker) FROM t"), 10);

  fill(writer, 5000, 3);  // the file grows from a few pages to ~5 MB, then is rewritten
  EXPECT_EQ(scalar(mapped, "SELECT SUM(marker) FROM t"), 5000 * 3);
  EXPECT_EQ(scalar(mapped, "SELECT COUNT(*) FROM t WHERE length(data) = 1000"), 5000);

  exec(writer, "UPDATE t SET marker = 4 WHERE id % 2 = 0");  // in the WAL only: read, not mapped
  EXPECT_EQ(scalar(mapped, "SELECT SUM(marker) FROM t"), 2500 * 3 + 2500 * 4);
}

TEST_F(SqliteMmapVfsTest, ReadsAFileThatShrankUnderTheMap) {
  sqlite3* writer = open(nullptr, wal_pragmas);
  exec(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, marker INTEGER, data BLOB)");
  fill(writer, 5000, 2);
  sqlite3* mapped = open(sqlite_mmap_vfs(), wal_pragmas);
  EXPECT_EQ(scalar(mapped, "SELECT SUM(marker) FROM t"), 10000);
  const auto groot = std::filesystem::file_size(path_);

  fill(writer, 10, 5);
  exec(writer, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);");
  EXPECT_LT(std::filesystem::file_size(path_), groot / 10);
  EXPECT_EQ(scalar(mapped, "SELECT SUM(marker) FROM t"), 50);
  EXPECT_EQ(scalar(mapped, "SELECT COUNT(*) FROM t"), 10);
}

TEST_F(SqliteMmapVfsTest, TheConnectionsOfThePlatformUseIt) {
  auto conn = open_sqlite({path_});
  EXPECT_EQ(conn->query("PRAGMA mmap_size")[0].get<std::int64_t>(0), sqlite_mmap_window);
  conn->execute_script("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2);");
  EXPECT_EQ(conn->query("SELECT SUM(id) FROM t")[0].get<std::int64_t>(0), 3);
}

}  // namespace
}  // namespace rmt::db
