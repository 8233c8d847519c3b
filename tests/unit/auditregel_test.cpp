// Audit entries: sanitising client-supplied text and the canonical encoding under the hash.
#include <gtest/gtest.h>

#include "domain/auditregel.hpp"
#include "domain/error.hpp"
#include "security/audit_chain.hpp"

namespace rmt {
namespace {

TEST(Auditregel, ControlCharactersCannotForgeLines) {
  const std::string veilig = audit_veilig("Mozilla\r\n{\"actie\":\"inloggen\"}\x1b[31m");
  EXPECT_EQ(veilig.find('\n'), std::string::npos);
  EXPECT_EQ(veilig.find('\r'), std::string::npos);
  EXPECT_EQ(veilig.find('\x1b'), std::string::npos);
  EXPECT_NE(veilig.find("Mozilla"), std::string::npos);
}

TEST(Auditregel, LongValuesAreCutOnACharacterBoundary) {
  std::string text(300, 'a');
  text[254] = '\xC3';  // "é" straddling the 256-byte limit
  text[255] = '\xA9';
  text[256] = '\xC3';
  text[257] = '\xA9';
  const std::string cut = audit_veilig(text);
  EXPECT_LE(cut.size(), 256u);
  EXPECT_NE(static_cast<unsigned char>(cut.back()), 0xC3);
}

TEST(Auditregel, CanonicalEncodingSeparatesFields) {
  Auditregel a, b;
  a.actor = "ab";
  a.actie = "c";
  b.actor = "a";
  b.actie = "bc";
  EXPECT_NE(audit_canoniek(a), audit_canoniek(b));
}

TEST(AuditChain, HashDependsOnKeyPreviousHashAndEveryField) {
  const std::string key(32, 'k');
  Auditregel r;
  r.actor = "m1";
  r.actie = "inloggen";
  r.vorige_hash = std::string(64, '0');
  const std::string h = security::audit_chain_hash(key, r);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_NE(security::audit_chain_hash(std::string(32, 'x'), r), h);
  Auditregel changed = r;
  changed.resultaat = "geweigerd";
  EXPECT_NE(security::audit_chain_hash(key, changed), h);
  changed = r;
  changed.vorige_hash = std::string(64, '1');
  EXPECT_NE(security::audit_chain_hash(key, changed), h);
  EXPECT_THROW(security::audit_chain_hash("kort", r), Error);
}

}  // namespace
}  // namespace rmt
