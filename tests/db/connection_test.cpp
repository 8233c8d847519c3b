// The storage layer on both back ends: the same SQL text, named parameters, typed reads,
// error mapping, transactions.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <limits>
#include <thread>

#include "db/connection.hpp"
#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class ConnectionTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    conn_->execute_script(
        GetParam() == Dialect::sqlite
            ? "CREATE TABLE t (id INTEGER PRIMARY KEY, naam TEXT NOT NULL UNIQUE, bedrag INTEGER,"
              " ratio REAL, data BLOB) STRICT"
            : "CREATE TABLE t (id BIGINT PRIMARY KEY, naam TEXT NOT NULL UNIQUE, bedrag BIGINT,"
              " ratio DOUBLE PRECISION, data BYTEA)");
  }
  std::int64_t count() { return conn_->query("SELECT COUNT(*) FROM t")[0].get<std::int64_t>(0); }

  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(ConnectionTest, RoundTripsEveryValueTypeByName) {
  const Blob bytes{0x00, 0xff, 0x10, 0x5c, 0x78};
  const auto max = std::numeric_limits<std::int64_t>::max();
  conn_->execute("INSERT INTO t (id, naam, bedrag, ratio, data) VALUES ($id, $naam, $bedrag, $ratio, $data)",
                 {{"naam", std::string("O'Brien \"x\" é")}, {"id", std::int64_t{1}}, {"bedrag", max},
                  {"ratio", 0.25}, {"data", bytes}});
  const Result r = conn_->query("SELECT id, naam, bedrag, ratio, data FROM t WHERE id = $id",
                                {{"id", std::int64_t{1}}});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].get<std::int64_t>("id"), 1);
  EXPECT_EQ(r[0].get<std::string>("naam"), "O'Brien \"x\" é");
  EXPECT_EQ(r[0].get<std::int64_t>("bedrag"), max);
  EXPECT_DOUBLE_EQ(r[0].get<double>("ratio"), 0.25);
  EXPECT_EQ(r[0].get<Blob>("data"), bytes);
}

TEST_P(ConnectionTest, NullReadsAsNulloptAndFailsAsPlainValue) {
  conn_->execute("INSERT INTO t (id, naam, bedrag) VALUES (1, 'a', $b)", {{"b", nullptr}});
  const Result r = conn_->query("SELECT bedrag FROM t");
  EXPECT_EQ(r[0].get<std::optional<std::int64_t>>(0), std::nullopt);
  EXPECT_TRUE(r[0].is_null(0));
  EXPECT_THROW(r[0].get<std::int64_t>(0), Error);
}

TEST_P(ConnectionTest, ReusedNameBindsOneValue) {
  conn_->execute("INSERT INTO t (id, naam, bedrag) VALUES ($x, 'a', $x)", {{"x", std::int64_t{7}}});
  const Result r = conn_->query("SELECT id, bedrag FROM t WHERE id = $x AND bedrag = $x", {{"x", std::int64_t{7}}});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].get<std::int64_t>(1), 7);
}

TEST_P(ConnectionTest, MissingParameterIsAnErrorAndWritesNothing) {
  EXPECT_THROW(conn_->execute("INSERT INTO t (id, naam) VALUES ($id, $naam)", {{"id", std::int64_t{1}}}), Error);
  EXPECT_EQ(count(), 0);
}

TEST_P(ConnectionTest, UniqueViolationIsConflict) {
  conn_->execute("INSERT INTO t (id, naam) VALUES (1, 'a')");
  try {
    conn_->execute("INSERT INTO t (id, naam) VALUES (2, 'a')");
    FAIL() << "expected a conflict";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
  }
  EXPECT_EQ(count(), 1);
}

TEST_P(ConnectionTest, SyntaxErrorIsInternalWithoutSqlInDetail) {
  try {
    conn_->query("SELEC nonsense");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::internal);
    EXPECT_EQ(e.detail().find("SELEC"), std::string::npos);
  }
}

TEST_P(ConnectionTest, TransactionRollsBackUnlessCommitted) {
  {
    Transaction tx(*conn_, TxMode::write);
    conn_->execute("INSERT INTO t (id, naam) VALUES (1, 'a')");
  }
  EXPECT_EQ(count(), 0);
  EXPECT_FALSE(conn_->in_transaction());
  {
    Transaction tx(*conn_, TxMode::write);
    conn_->execute("INSERT INTO t (id, naam) VALUES (1, 'a')");
    tx.commit();
  }
  EXPECT_EQ(count(), 1);
}

TEST_P(ConnectionTest, FailedStatementInsideTransactionLeavesNothing) {
  try {
    Transaction tx(*conn_, TxMode::write);
    conn_->execute("INSERT INTO t (id, naam) VALUES (1, 'a')");
    conn_->execute("INSERT INTO t (id, naam) VALUES (2, 'a')");  // conflict
    tx.commit();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
  }
  EXPECT_EQ(count(), 0);
  conn_->execute("INSERT INTO t (id, naam) VALUES (3, 'b')");  // the connection is usable again
  EXPECT_EQ(count(), 1);
}

TEST_P(ConnectionTest, ExecuteReportsChangedRows) {
  conn_->execute("INSERT INTO t (id, naam) VALUES (1, 'a')");
  conn_->execute("INSERT INTO t (id, naam) VALUES (2, 'b')");
  EXPECT_EQ(conn_->execute("UPDATE t SET bedrag = 5"), 2);
  EXPECT_EQ(conn_->execute("DELETE FROM t WHERE id = $id", {{"id", std::int64_t{9}}}), 0);
}

TEST_P(ConnectionTest, UnknownColumnNameIsAnError) {
  conn_->execute("INSERT INTO t (id, naam) VALUES (1, 'a')");
  const Result r = conn_->query("SELECT id FROM t");
  EXPECT_THROW(r[0].get<std::int64_t>("nope"), Error);
}

INSTANTIATE_TEST_SUITE_P(Db, ConnectionTest, test::BothDatabases, test::dialect_param_name);

TEST(SqliteConnection, UsesWalFullSyncForeignKeysAndStrictTables) {
  test::TestDatabase database(Dialect::sqlite);
  auto conn = database.connect();
  EXPECT_EQ(conn->query("PRAGMA journal_mode")[0].get<std::string>(0), "wal");
  EXPECT_EQ(conn->query("PRAGMA synchronous")[0].get<std::int64_t>(0), 1);  // NORMAL (TECH.md)
  EXPECT_EQ(conn->query("PRAGMA foreign_keys")[0].get<std::int64_t>(0), 1);
  EXPECT_EQ(conn->query("PRAGMA journal_size_limit")[0].get<std::int64_t>(0), std::int64_t{64} << 20);
  conn->execute_script("CREATE TABLE s (n INTEGER NOT NULL) STRICT");
  EXPECT_THROW(conn->execute("INSERT INTO s (n) VALUES ('tekst')"), Error);
}

TEST(SqliteConnection, SecondWriterGetsBusyAfterTimeout) {
  test::TestDatabase database(Dialect::sqlite);
  auto first = database.connect();
  auto second = open_sqlite({database.url().substr(std::string("sqlite://").size()), 100});
  first->execute_script("CREATE TABLE s (n INTEGER) STRICT");
  Transaction hold(*first, TxMode::write);
  try {
    Transaction tx(*second, TxMode::write);
    FAIL() << "expected busy";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::busy);
  }
}

TEST(SqliteConnection, TheCheckpointerCopiesTheWalBackOutsideTheWritersCommit) {
  test::TestDatabase database(Dialect::sqlite);
  const std::string path = database.url().substr(std::string("sqlite://").size());
  auto checkpointer = std::make_shared<SqliteCheckpointer>(path);
  auto conn = open_sqlite({path, 1000, nullptr, checkpointer});
  conn->execute_script("CREATE TABLE s (data BLOB NOT NULL) STRICT");
  {
    Transaction tx(*conn, TxMode::write);
    for (int i = 0; i < 100; ++i) conn->execute("INSERT INTO s (data) VALUES (randomblob(4000))");
    tx.commit();
  }
  EXPECT_EQ(checkpointer->checkpoints(), 0) << "below 1,000 WAL pages nothing is asked";
  {
    Transaction tx(*conn, TxMode::write);
    for (int i = 0; i < 1200; ++i) conn->execute("INSERT INTO s (data) VALUES (randomblob(4000))");
    tx.commit();
  }
  for (int i = 0; i < 500 && checkpointer->checkpoints() == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_EQ(checkpointer->checkpoints(), 1);
  // The hook replaces SQLite's automatic checkpoint: only the checkpointer can have grown the file.
  EXPECT_GT(std::filesystem::file_size(path), std::uintmax_t{1200} * 4000);
}

TEST(SqliteConnection, TheWalStaysBoundedUnderAStreamOfCommits) {
  // Commits back to back while the checkpointer copies: each begins before the copy of the one
  // before has finished, so SQLite never starts the WAL afresh unless a writer finishes the copy
  // (before that, the file grew with every commit: here to 315 MB; it grows with the count).
  test::TestDatabase database(Dialect::sqlite);
  const std::string path = database.url().substr(std::string("sqlite://").size());
  auto checkpointer = std::make_shared<SqliteCheckpointer>(path);
  auto conn = open_sqlite({path, 1000, std::make_shared<std::timed_mutex>(), checkpointer});
  conn->execute_script("CREATE TABLE s (data BLOB NOT NULL) STRICT");
  for (int i = 0; i < 25'000; ++i) {
    Transaction tx(*conn, TxMode::write);
    conn->execute("INSERT INTO s (data) VALUES (randomblob(4000))");
    tx.commit();
  }
  const auto page = conn->query("PRAGMA page_size")[0].get<std::int64_t>(0);
  EXPECT_LE(std::filesystem::file_size(path + "-wal"),
            static_cast<std::uintmax_t>((SqliteCheckpointer::wal_pages_max + 10) * (page + 24)));
  EXPECT_GT(std::filesystem::file_size(path), std::uintmax_t{24'000} * 4000) << "the rows reached the database file";
}

TEST(PostgresConnection, ReconnectsAfterTheServerDroppedTheConnection) {
  if (!test::postgres_available_or_skip()) GTEST_SKIP();
  test::TestDatabase database(Dialect::postgresql);
  auto victim = database.connect();
  auto killer = database.connect();
  const auto pid = victim->query("SELECT pg_backend_pid()")[0].get<std::int64_t>(0);
  killer->query("SELECT pg_terminate_backend($pid)", {{"pid", pid}});
  // The next statement notices the lost connection, reconnects once and succeeds.
  EXPECT_EQ(victim->query("SELECT 41 + 1")[0].get<std::int64_t>(0), 42);
  EXPECT_NE(victim->query("SELECT pg_backend_pid()")[0].get<std::int64_t>(0), pid);
}

TEST(PostgresConnection, UnreachableServerIsUnavailable) {
  try {
    open_postgres("postgresql://postgres@127.0.0.1:1/nope?connect_timeout=2");
    FAIL() << "expected unavailable";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::unavailable);
  }
}

}  // namespace
}  // namespace rmt::db
