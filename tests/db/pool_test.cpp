// The bounded connection pool.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "db/pool.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

class PoolTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
  }
  std::unique_ptr<test::TestDatabase> database_;
};

TEST_P(PoolTest, ExhaustedPoolAnswersBusyAfterTheTimeout) {
  auto pool = std::make_shared<Pool>([this] { return database_->connect(); }, 2, std::chrono::milliseconds(50));
  auto a = pool->acquire();
  auto b = pool->acquire();
  try {
    pool->acquire();
    FAIL() << "expected busy";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::busy);
  }
}

TEST_P(PoolTest, ReturnedConnectionIsReusedWithoutAnOpenTransaction) {
  auto pool = database_->pool(1);
  {
    auto lease = pool->acquire();
    lease->begin(TxMode::write);
  }
  auto again = pool->acquire();
  EXPECT_FALSE(again->in_transaction());
}

TEST_P(PoolTest, ManyThreadsShareFewConnections) {
  auto pool = database_->pool(3);
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        auto lease = pool->acquire();
        if (lease->query("SELECT 1")[0].get<std::int64_t>(0) == 1) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 160);
}

TEST_P(PoolTest, ClosedPoolRefusesNewLeases) {
  auto pool = database_->pool(2);
  pool->close();
  EXPECT_THROW(pool->acquire(), Error);
}

INSTANTIATE_TEST_SUITE_P(Db, PoolTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
