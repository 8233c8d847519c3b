// Group commit of read logs (LogWriter) and the in-process writer queue of SQLite, on both back
// ends: concurrent readers each get their entries committed in one unbroken audit chain; a
// failed commit fails every read in its batch and writes none of its entries; writers that roll
// back or fail leave the queue usable; an Uitstel holds a request's entries until the transport
// asks for their commit, and commits them anyway when nobody does.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
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

// What the transport does with afronding(): commit, then learn the outcome.
std::exception_ptr rond_af(Uitstel& uitstel) {
  auto afronding = uitstel.afronding();
  if (!afronding) return nullptr;
  std::promise<std::exception_ptr> uitkomst;
  afronding([&uitkomst](std::exception_ptr fout) { uitkomst.set_value(fout); });
  return uitkomst.get_future().get();
}

TEST_P(LogWriterTest, AnUitstelHoldsTheEntriesUntilTheResponseAsksForTheirCommit) {
  LogWriter writer(pool_, hash());
  const auto audit_voor = tel("auditregel");
  EXPECT_EQ(Uitstel::actief(), nullptr);
  {
    Uitstel uitstel;
    EXPECT_EQ(Uitstel::actief(), &uitstel);
    uitstel.voeg_toe(writer, lezing(1));
    uitstel.voeg_toe(writer, lezing(2));
    writer.schrijf(lezing(3));  // another request's read, committed while these are held
    EXPECT_EQ(tel("auditregel"), audit_voor + 1) << "held entries are not queued yet";
    EXPECT_EQ(rond_af(uitstel), nullptr);
    EXPECT_EQ(tel("auditregel"), audit_voor + 3);
    EXPECT_EQ(tel("verwerking"), 3);
    EXPECT_FALSE(uitstel.afronding()) << "the entries were handed over once";
  }
  EXPECT_EQ(Uitstel::actief(), nullptr);
  EXPECT_EQ(tel("auditregel"), audit_voor + 3) << "nothing is committed twice";
}

TEST_P(LogWriterTest, AFailedCommitReachesTheResponseThroughTheUitstel) {
  LogWriter writer(pool_, hash());
  const auto audit_voor = tel("auditregel");
  Uitstel uitstel;
  uitstel.voeg_toe(writer, lezing(1));
  conn_->execute("ALTER TABLE verwerking RENAME TO verwerking_weg");
  const auto fout = rond_af(uitstel);
  conn_->execute("ALTER TABLE verwerking_weg RENAME TO verwerking");
  ASSERT_NE(fout, nullptr);
  EXPECT_THROW(std::rethrow_exception(fout), Error);
  EXPECT_EQ(tel("auditregel"), audit_voor);
}

TEST_P(LogWriterTest, EntriesOfAHandlerThatThrewAreCommittedWithoutAnyoneWaiting) {
  const auto audit_voor = tel("auditregel");
  {
    LogWriter writer(pool_, hash());
    try {
      Uitstel uitstel;
      uitstel.voeg_toe(writer, lezing(1));
      throw Error(ErrorCode::conflict, "de handler faalt na het lezen");
    } catch (const Error&) {
    }
  }  // the writer commits its queue before it stops
  EXPECT_EQ(tel("auditregel"), audit_voor + 1);
}

INSTANTIATE_TEST_SUITE_P(Db, LogWriterTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::services
