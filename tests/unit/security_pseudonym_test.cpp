#include "security/pseudonym.hpp"

#include <gtest/gtest.h>

#include <string>

#include "domain/error.hpp"

namespace rmt::security {
namespace {

std::string key_of(char first) {
  std::string key(32, '\0');
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<char>(first + static_cast<char>(i));
  return key;
}

TEST(SecurityPseudonym, IsHmacSha256OfPurposeNulIdentifier) {
  // Expected values computed independently: HMAC-SHA-256(bytes 0..31, purpose "\0" identifier).
  const std::string key = key_of(0);
  EXPECT_EQ(pseudonym(key, "verwerking", "999999990"),
            "4c42060f83bbd010d8bf03c2e7718b5bc052912064a46c43debdc1bb1aa5b972");
  EXPECT_EQ(pseudonym(key, "bsn-index", "999999990"),
            "8ebe232381993d7fbb31ec14e6752f92c6b43000b14a3b96d002645cc94009de");
}

TEST(SecurityPseudonym, DependsOnKeyPurposeAndIdentifier) {
  const std::string a = key_of(0);
  const std::string b = key_of(1);
  EXPECT_EQ(pseudonym(a, "verwerking", "42"), pseudonym(a, "verwerking", "42"));
  EXPECT_NE(pseudonym(a, "verwerking", "42"), pseudonym(b, "verwerking", "42"));
  EXPECT_NE(pseudonym(a, "verwerking", "42"), pseudonym(a, "bsn-index", "42"));
  EXPECT_NE(pseudonym(a, "verwerking", "42"), pseudonym(a, "verwerking", "43"));
  // The separator keeps the split between purpose and identifier.
  EXPECT_NE(pseudonym(a, "ab", "c"), pseudonym(a, "a", "bc"));
  EXPECT_EQ(pseudonym(a, "verwerking", "").size(), 64u);
}

TEST(SecurityPseudonym, RejectsBadKeyOrPurpose) {
  for (const std::string& key : {std::string(), std::string(31, 'k'), std::string(33, 'k')}) {
    try {
      pseudonym(key, "verwerking", "42");
      ADD_FAILURE() << "accepted a key of " << key.size() << " bytes";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::internal);
    }
  }
  EXPECT_THROW(pseudonym(key_of(0), std::string("a\0b", 3), "42"), Error);
  EXPECT_THROW(pseudonym(key_of(0), "", "42"), Error);
}

}  // namespace
}  // namespace rmt::security
