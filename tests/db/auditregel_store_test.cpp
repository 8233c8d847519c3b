// The audit log table on both back ends: chained appends, filters, tamper detection.
#include <gtest/gtest.h>

#include "db/auditregel_store.hpp"
#include "db/migrations.hpp"
#include "security/audit_chain.hpp"
#include "support/test_database.hpp"

namespace rmt::db {
namespace {

const std::string audit_key(32, 'a');

class AuditregelStoreTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    conn_ = database_->connect();
    migrate(*conn_);
  }
  static ChainHash chain(const std::string& key = audit_key) {
    return [key](const Auditregel& r) { return security::audit_chain_hash(key, r); };
  }
  Auditregel append(std::string actor, std::string actie, std::string object_id, std::string user_agent = "test",
                    std::string regios = ",AM13,") {
    Auditregel r{0, "", std::move(actor), std::move(actie), "medewerker", std::move(object_id),
                 "gelukt", "127.0.0.1", std::move(user_agent), "trace", "", "", std::move(regios)};
    Transaction tx(*conn_, TxMode::write);
    append_auditregel(*conn_, r, chain());
    tx.commit();
    return r;
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<Connection> conn_;
};

TEST_P(AuditregelStoreTest, AppendsAChainThatVerifies) {
  const Auditregel a = append("m1", "inloggen", "m1");
  const Auditregel b = append("m1", "rol_gewijzigd", "m2");
  EXPECT_EQ(a.vorige_hash, std::string(64, '0'));
  EXPECT_EQ(b.vorige_hash, a.hash);
  EXPECT_LT(a.volgnummer, b.volgnummer);
  const ChainStatus status = verify_audit_chain(*conn_, chain());
  EXPECT_EQ(status.gecontroleerd, 2);
  EXPECT_FALSE(status.eerste_breuk);
}

TEST_P(AuditregelStoreTest, ChangedRowIsFoundByVerify) {
  append("m1", "inloggen", "m1");
  const Auditregel b = append("m2", "inloggen", "m2");
  append("m3", "inloggen", "m3");
  conn_->execute("UPDATE auditregel SET resultaat = 'mislukt' WHERE volgnummer = $n", {{"n", b.volgnummer}});
  EXPECT_EQ(verify_audit_chain(*conn_, chain()).eerste_breuk, b.volgnummer);
}

TEST_P(AuditregelStoreTest, DeletedRowBreaksTheChainAtTheNextEntry) {
  append("m1", "inloggen", "m1");
  const Auditregel b = append("m2", "inloggen", "m2");
  const Auditregel c = append("m3", "inloggen", "m3");
  conn_->execute("DELETE FROM auditregel WHERE volgnummer = $n", {{"n", b.volgnummer}});
  EXPECT_EQ(verify_audit_chain(*conn_, chain()).eerste_breuk, c.volgnummer);
}

TEST_P(AuditregelStoreTest, AnotherKeyCannotVerifyTheChain) {
  const Auditregel a = append("m1", "inloggen", "m1");
  EXPECT_EQ(verify_audit_chain(*conn_, chain(std::string(32, 'z'))).eerste_breuk, a.volgnummer);
}

TEST_P(AuditregelStoreTest, AppendOutsideATransactionIsRefused) {
  Auditregel r{0, "", "m1", "inloggen", "medewerker", "m1", "gelukt", "", "", "", "", "", ""};
  EXPECT_THROW(append_auditregel(*conn_, r, chain()), Error);
  EXPECT_EQ(list_auditregels(*conn_, {}).total, 0);
}

TEST_P(AuditregelStoreTest, RolledBackChangeLeavesNoEntry) {
  {
    Transaction tx(*conn_, TxMode::write);
    Auditregel r{0, "", "m1", "inloggen", "medewerker", "m1", "gelukt", "", "", "", "", "", ""};
    append_auditregel(*conn_, r, chain());
  }
  EXPECT_EQ(list_auditregels(*conn_, {}).total, 0);
  append("m1", "inloggen", "m1");
  EXPECT_FALSE(verify_audit_chain(*conn_, chain()).eerste_breuk);
}

TEST_P(AuditregelStoreTest, LogInjectionInClientTextIsNeutralised) {
  append("anoniem", "inloggen", "onbekend\nactie=admin", "curl\r\n2026-01-01 FAKE line");
  const auto page = list_auditregels(*conn_, {});
  ASSERT_EQ(page.regels.size(), 1u);
  EXPECT_EQ(page.regels[0].oorsprong_user_agent.find('\n'), std::string::npos);
  EXPECT_EQ(page.regels[0].object_id.find('\n'), std::string::npos);
  EXPECT_FALSE(verify_audit_chain(*conn_, chain()).eerste_breuk);
}

TEST_P(AuditregelStoreTest, RegioFilterKeepsOwnRegiosAndEntriesWithoutRegio) {
  append("a", "x", "1", "test", ",AM13,");
  append("b", "x", "2", "test", ",AM18,");
  append("c", "x", "3", "test", ",AM01,AM18,");
  append("anoniem", "x", "4", "test", "");
  AuditFilter f;
  f.regios = std::vector<std::string>{"AM18"};
  std::vector<std::string> actors;
  for (const auto& r : list_auditregels(*conn_, f).regels) actors.push_back(r.actor);
  EXPECT_EQ(actors, (std::vector<std::string>{"anoniem", "c", "b"}));
  f.regios = std::vector<std::string>{"AM1"};
  EXPECT_EQ(list_auditregels(*conn_, f).total, 1) << "AM1 must not match AM13 or AM18";
  EXPECT_EQ(verify_audit_chain(*conn_, chain()).eerste_breuk, std::nullopt);
  conn_->execute("UPDATE auditregel SET regios = ',AM13,' WHERE actor = 'b'");
  EXPECT_EQ(verify_audit_chain(*conn_, chain()).eerste_breuk, 2) << "the regio is covered by the hash";
}

TEST_P(AuditregelStoreTest, FiltersByActorObjectAndPeriodNewestFirst) {
  append("m1", "inloggen", "m1");
  append("m2", "inloggen", "m2");
  append("m1", "uitloggen", "m1");
  AuditFilter by_actor;
  by_actor.actor = "m1";
  const auto m1 = list_auditregels(*conn_, by_actor);
  ASSERT_EQ(m1.total, 2);
  EXPECT_EQ(m1.regels[0].actie, "uitloggen");
  AuditFilter by_object;
  by_object.object_type = "medewerker";
  by_object.object_id = "m2";
  EXPECT_EQ(list_auditregels(*conn_, by_object).total, 1);
  AuditFilter future;
  future.van = "2999-01-01T00:00:00Z";
  EXPECT_EQ(list_auditregels(*conn_, future).total, 0);
  AuditFilter paged;
  paged.limit = 1;
  paged.offset = 1;
  const auto page = list_auditregels(*conn_, paged);
  EXPECT_EQ(page.total, 3);
  ASSERT_EQ(page.regels.size(), 1u);
  EXPECT_EQ(page.regels[0].actor, "m2");
}

INSTANTIATE_TEST_SUITE_P(Db, AuditregelStoreTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt::db
