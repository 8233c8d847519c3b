#include "security/token.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <regex>
#include <set>
#include <string>

namespace rmt::security {
namespace {

TEST(SecurityToken, NewTokenIs43Base64UrlCharacters) {
  const std::regex base64url("[A-Za-z0-9_-]{43}");
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const std::string token = new_token();
    EXPECT_TRUE(std::regex_match(token, base64url)) << token;
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(SecurityToken, PrefixIsPrepended) {
  const std::string token = new_token("rmt_");
  ASSERT_EQ(token.size(), 47u);
  EXPECT_TRUE(token.starts_with("rmt_")) << token;
  EXPECT_TRUE(std::regex_match(token.substr(4), std::regex("[A-Za-z0-9_-]{43}"))) << token;
}

TEST(SecurityToken, HashIsLowercaseHexSha256) {
  EXPECT_EQ(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(token_hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  const std::string token = new_token("rmt_");
  EXPECT_EQ(token_hash(token), token_hash(token));
  EXPECT_NE(token_hash(token), token_hash(token.substr(4)));
  EXPECT_TRUE(std::regex_match(token_hash(token), std::regex("[0-9a-f]{64}")));
}

TEST(SecurityToken, ConstantTimeEquality) {
  EXPECT_TRUE(equal_constant_time("abc", "abc"));
  EXPECT_TRUE(equal_constant_time("", ""));
  EXPECT_TRUE(equal_constant_time(std::string_view(), ""));
  EXPECT_FALSE(equal_constant_time("abc", "abd"));
  EXPECT_FALSE(equal_constant_time("abc", "Abc"));
  EXPECT_FALSE(equal_constant_time("abc", "abcd"));
  EXPECT_FALSE(equal_constant_time("abc", ""));
  EXPECT_FALSE(equal_constant_time(std::string("a\0b", 3), std::string("a\0c", 3)));
  const std::string token = new_token();
  EXPECT_TRUE(equal_constant_time(token_hash(token), token_hash(std::string(token))));
}

TEST(SecurityToken, RecoveryCodesUseTheUnambiguousAlphabet) {
  const std::regex format("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}");
  const auto codes = new_recovery_codes();
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 10u);
  std::set<char> used;
  for (int round = 0; round < 100; ++round) {
    for (const std::string& code : new_recovery_codes()) {
      EXPECT_TRUE(std::regex_match(code, format)) << code;
      for (const char c : code) used.insert(c);
    }
  }
  used.erase('-');
  EXPECT_EQ(used.size(), 32u);  // every character of the alphabet shows up in 10 000
  EXPECT_EQ(new_recovery_codes(3).size(), 3u);
  EXPECT_TRUE(new_recovery_codes(0).empty());
}

TEST(SecurityToken, NormalizeRecoveryCode) {
  EXPECT_EQ(normalize_recovery_code("abcde-fghjk"), "ABCDEFGHJK");
  EXPECT_EQ(normalize_recovery_code("  ABCDE fghjk\n"), "ABCDEFGHJK");
  EXPECT_EQ(normalize_recovery_code("a-b-c-d-e-2-3-4-5-6"), "ABCDE23456");
  EXPECT_EQ(normalize_recovery_code(""), "");
  EXPECT_EQ(normalize_recovery_code("abc_é"), "ABC_é");  // other characters are kept
  const std::string code = new_recovery_codes(1).front();
  const std::string expected = code.substr(0, 5) + code.substr(6);
  EXPECT_EQ(normalize_recovery_code(code), expected);
  std::string lower = code;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(normalize_recovery_code(lower), expected);
}

}  // namespace
}  // namespace rmt::security
