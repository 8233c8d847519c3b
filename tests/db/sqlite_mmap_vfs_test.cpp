// The memory-mapping VFS: pages come from the map (no page-cache misses, whatever the
// mmap_size cap), readers see other connections' commits, a file that grows after the map was
// made is read correctly, and so is a WAL that grows and is cut back; the WAL it writes (each
// frame in one write) is complete for any other reader. Opening a file keeps the process's
// locks on it, so another process never deletes the WAL under this one's connections.
#include <gtest/gtest.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

TEST_F(SqliteMmapVfsTest, ReadsAWalThatGrowsAndIsCutBackUnderItsMap) {
  const std::string pragmas = std::string(wal_pragmas) + " PRAGMA wal_autocheckpoint=0;";
  sqlite3* writer = open(sqlite_mmap_vfs(), pragmas.c_str());
  exec(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, marker INTEGER, data BLOB);"
               " INSERT INTO t VALUES (1, 1, randomblob(1000));");
  sqlite3* reader = open(sqlite_mmap_vfs(), pragmas.c_str());
  EXPECT_EQ(scalar(reader, "SELECT SUM(marker) FROM t"), 1);

  // ~6 MB of frames after the reader last looked at the WAL's size.
  exec(writer, "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
               " INSERT INTO t SELECT i, 2, randomblob(1000) FROM n;");
  EXPECT_GT(std::filesystem::file_size(path_ + "-wal"), 5'000'000u);
  EXPECT_EQ(scalar(reader, "SELECT SUM(marker) FROM t"), 1 + 4999 * 2);

  // Cut back to nothing, then a few frames: the reader's old idea of the size is too large.
  exec(writer, "PRAGMA wal_checkpoint(TRUNCATE); UPDATE t SET marker = 3 WHERE id <= 10;");
  EXPECT_LT(std::filesystem::file_size(path_ + "-wal"), 100'000u);
  EXPECT_EQ(scalar(reader, "SELECT SUM(marker) FROM t"), 10 * 3 + 4990 * 2);
  EXPECT_EQ(scalar(reader, "SELECT COUNT(*) FROM t WHERE length(data) = 1000"), 5000);
}

// SQLite only reads WAL frames that exist; still, a read past the end must stay a short read, as
// in the unix VFS, and never touch the map beyond the file (SIGBUS) after another connection cut
// the file back.
TEST_F(SqliteMmapVfsTest, AReadPastTheEndOfACutBackWalIsAShortRead) {
  { std::ofstream database(path_); }  // the unix VFS takes a WAL file's mode from its database
  sqlite3_vfs* vfs = sqlite3_vfs_find(sqlite_mmap_vfs());
  const std::string wal = path_ + "-wal";
  auto open_wal = [&](std::vector<char>& memory) {
    memory.assign(static_cast<std::size_t>(vfs->szOsFile), 0);
    auto* file = reinterpret_cast<sqlite3_file*>(memory.data());
    int out = 0;
    EXPECT_EQ(vfs->xOpen(vfs, wal.c_str(), file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_WAL, &out),
              SQLITE_OK);
    return file;
  };
  std::vector<char> a_memory, b_memory;
  sqlite3_file* a = open_wal(a_memory);
  sqlite3_file* b = open_wal(b_memory);
  const std::vector<char> page(65536, 'x');
  ASSERT_EQ(a->pMethods->xWrite(a, page.data(), 65536, 0), SQLITE_OK);
  std::vector<char> in(4096);
  ASSERT_EQ(b->pMethods->xRead(b, in.data(), 4096, 60000), SQLITE_OK);  // b now knows 64 KiB
  EXPECT_EQ(in[0], 'x');

  ASSERT_EQ(a->pMethods->xTruncate(a, 100), SQLITE_OK);
  EXPECT_EQ(b->pMethods->xRead(b, in.data(), 4096, 60000), SQLITE_IOERR_SHORT_READ);
  EXPECT_EQ(b->pMethods->xRead(b, in.data(), 50, 50), SQLITE_OK);
  EXPECT_EQ(in[49], 'x');
  EXPECT_EQ(a->pMethods->xClose(a), SQLITE_OK);
  EXPECT_EQ(b->pMethods->xClose(b), SQLITE_OK);
}

TEST_F(SqliteMmapVfsTest, ItsWalRecoversInTheUnixVfsAfterACrash) {
  sqlite3* writer = open(sqlite_mmap_vfs(), "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;");
  exec(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, marker INTEGER, data BLOB)");
  for (int i = 1; i <= 50; ++i)
    exec(writer, "INSERT INTO t VALUES (" + std::to_string(i) + ", " + std::to_string(i) + ", randomblob(3000))");

  // The files as a crash leaves them: nothing checkpointed, the WAL index gone.
  const auto crash = dir_ / "crash";
  std::filesystem::create_directories(crash);
  std::filesystem::copy_file(path_, crash / "t.db");
  std::filesystem::copy_file(path_ + "-wal", crash / "t.db-wal");
  path_ = (crash / "t.db").string();
  sqlite3* plain = open(nullptr, "PRAGMA journal_mode=WAL;");
  EXPECT_EQ(scalar(plain, "SELECT SUM(marker) FROM t"), 50 * 51 / 2);
  EXPECT_EQ(scalar(plain, "SELECT COUNT(*) FROM t WHERE length(data) = 3000"), 50);
  EXPECT_EQ(scalar(plain, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
}

// Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
// included. Had opening a connection done that, another process closing its own connection
// would take itself for the last one, checkpoint and delete the WAL, and this process's later
// commits would go to the deleted file: lost.
TEST_F(SqliteMmapVfsTest, OpeningAConnectionKeepsTheLocksOfTheOthersInTheProcess) {
  sqlite3* writer = open(sqlite_mmap_vfs(), "PRAGMA journal_mode=WAL;");
  exec(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);");
  open(sqlite_mmap_vfs(), "SELECT 1");  // a second connection of this process
  // Another process opens the database and closes it again.
  std::string program = RMT_BINARY, command = "migrate", database = "--database=sqlite://" + path_, level = "--log-level=error";
  char* argv[] = {program.data(), command.data(), database.data(), level.data(), nullptr};
  pid_t other = 0;
  ASSERT_EQ(posix_spawn(&other, argv[0], nullptr, nullptr, argv, environ), 0);
  int status = 0;
  ASSERT_EQ(waitpid(other, &status, 0), other);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_TRUE(std::filesystem::exists(path_ + "-wal")) << "the WAL stays while this process has it open";
  exec(writer, "INSERT INTO t VALUES (2);");
  sqlite3* reader = open(sqlite_mmap_vfs(), "SELECT 1");
  EXPECT_EQ(scalar(reader, "SELECT COUNT(*) FROM t"), 2) << "the commit after the other process left is in the database";
}

TEST_F(SqliteMmapVfsTest, TheConnectionsOfThePlatformUseIt) {
  auto conn = open_sqlite({path_});
  EXPECT_EQ(conn->query("PRAGMA mmap_size")[0].get<std::int64_t>(0), sqlite_mmap_window);
  conn->execute_script("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2);");
  EXPECT_EQ(conn->query("SELECT SUM(id) FROM t")[0].get<std::int64_t>(0), 3);
}

}  // namespace
}  // namespace rmt::db
