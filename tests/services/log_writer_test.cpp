// Group commit of read logs (LogWriter) and the in-process writer queue of SQLite, on both back
// ends: concurrent readers each get their entries committed in one unbroken audit chain; a
// failed commit fails every read in its batch and writes none of its entries; writers that roll
// back or fail leave the queue usable.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "db/migrations.hpp"
#include "security/audit_chain.hpp"
#include "security/keys.hpp"
#include "services/log_writer.hpp"
#include "support/test_database.hpp"

namespace rmt::services {
namespace {

class LogWriterTest : public testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == db::Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    pool_ = database_->pool(4);
    conn_ = database_->connect();
    db::migrate(*conn_);
  }

  db::ChainHash hash() const {
    return [key = keys_.audit](const Auditregel& r) { return security::audit_chain_hash(key, r); };
  }

  static Leeslog lezing(int n) {
    Auditregel a;
    a.tijdstempel = "2026-11-27T10:00:00.000000Z";
    a.actor = "adviseur";
    a.actie = "traject_gelezen";
    a.object_type = "traject";
    a.object_id = "t" + std::to_string(n);
    a.resultaat = "gelukt";
    Verwerking v;
    v.trace_id = std::string(32, 'a');
    v.span_id = std::string(16, 'b');
    v.naam = "traject_gelezen";
    v.start_op = v.eind_op = a.tijdstempel;
    v.verwerkingsactiviteit_id = "trajectbegeleiding";
    v.betrokkene = "p" + std::to_string(n);
    v.actor = "adviseur";
    return {{a}, {v}};
  }

  std::int64_t tel(const char* tabel) {
    return conn_->query(std::string("SELECT COUNT(*) FROM ") + tabel)[0].get<std::int64_t>(0);
  }

  security::Keys keys_ = security::parse_keys(security::generate_key_text());
  std::unique_ptr<test::TestDatabase> database_;
  std::shared_ptr<db::Pool> pool_;
  std::unique_ptr<db::Connection> conn_;
};

TEST_P(LogWriterTest, ConcurrentReadsAllCommitInOneUnbrokenChain) {
  const auto audit_voor = tel("auditregel");
  const auto verwerking_voor = tel("verwerking");
  {
    LogWriter writer(pool_, hash());
    std::vector<std::thread> threads;
    for (int t = 0; t < 16; ++t) {
      threads.emplace_back([&writer, t] {
        for (int i = 0; i < 40; ++i) writer.schrijf(lezing(t * 100 + i));
      });
    }
    for (auto& th : threads) th.join();
  }
  EXPECT_EQ(tel("auditregel") - audit_voor, 640);
  EXPECT_EQ(tel("verwerking") - verwerking_voor, 640);
  const auto status = db::verify_audit_chain(*conn_, hash());
  EXPECT_FALSE(status.eerste_breuk.has_value());
  EXPECT_EQ(conn_->query("SELECT COUNT(DISTINCT betrokkene) FROM verwerking WHERE betrokkene LIKE 'p%'")[0]
                .get<std::int64_t>(0),
            640);
}

TEST_P(LogWriterTest, AFailedCommitFailsTheReadAndWritesNoneOfItsEntries) {
  LogWriter writer(pool_, hash());
  writer.schrijf(lezing(1));
  const auto audit_voor = tel("auditregel");
  conn_->execute("ALTER TABLE verwerking RENAME TO verwerking_weg");
  EXPECT_THROW(writer.schrijf(lezing(2)), Error);
  conn_->execute("ALTER TABLE verwerking_weg RENAME TO verwerking");
  EXPECT_EQ(tel("auditregel"), audit_voor) << "the audit entry of the failed batch was rolled back";
  writer.schrijf(lezing(3));  // and the writer recovers
  EXPECT_EQ(tel("auditregel"), audit_voor + 1);
  EXPECT_FALSE(db::verify_audit_chain(*conn_, hash()).eerste_breuk.has_value());
}

TEST_P(LogWriterTest, WritersThatRollBackOrFailLeaveTheQueueUsable) {
  conn_->execute("CREATE TABLE teller (n INTEGER NOT NULL)");
  std::atomic<int> gelukt = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        auto conn = pool_->acquire();
        db::Transaction tx(*conn, db::TxMode::write);
        conn->execute("INSERT INTO teller (n) VALUES ($n)", {{"n", std::int64_t{t * 100 + i}}});
        if (i % 5 == 1) continue;  // rolled back by the destructor
        if (i % 5 == 2) {
          EXPECT_THROW(conn->execute("INSERT INTO teller (n) VALUES (NULL)"), Error);
          continue;  // a failed statement, then rolled back
        }
        tx.commit();
        ++gelukt;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(gelukt.load(), 8 * 15);
  EXPECT_EQ(tel("teller"), 8 * 15);
}

INSTANTIATE_TEST_SUITE_P(Db, LogWriterTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::services
