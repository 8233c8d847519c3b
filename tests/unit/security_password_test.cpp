#include "security/password.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <string>

#include "security/common_passwords.hpp"

namespace rmt::security {
namespace {

const std::string too_short = "Een wachtwoord heeft minstens 12 tekens.";
const std::string too_long = "Een wachtwoord heeft hoogstens 128 tekens.";
const std::string common = "Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden.";

std::string repeat(std::string_view unit, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += unit;
  return out;
}

// The entries of a word list as the build compiles them: non-comment lines, CR stripped.
std::vector<std::string> list_entries(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::string> entries;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.starts_with("#!comment:")) continue;
    entries.push_back(line);
  }
  return entries;
}

TEST(SecurityPassword, HashIsArgon2idWithPlatformParametersAndVerifies) {
  const std::string hash = hash_password("paarse olifant op de fiets");
  EXPECT_TRUE(hash.starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << hash;
  EXPECT_EQ(verify_password(hash, "paarse olifant op de fiets"), PasswordMatch::ok);
  EXPECT_EQ(verify_password(hash, "paarse olifant op de fietS"), PasswordMatch::wrong);
  EXPECT_EQ(verify_password(hash, "paarse olifant op de fiets "), PasswordMatch::wrong);
  EXPECT_EQ(verify_password(hash, ""), PasswordMatch::wrong);
}

TEST(SecurityPassword, SamePasswordGetsADifferentSalt) {
  const std::string password = "Zonnebloemen-in-Zwolle";
  EXPECT_NE(hash_password(password), hash_password(password));
}

TEST(SecurityPassword, UnicodeAndEmbeddedNulRoundTrip) {
  const std::string password = std::string("wachtwoord\0met nul ëü€😀", 30);
  const std::string hash = hash_password(password);
  EXPECT_EQ(verify_password(hash, password), PasswordMatch::ok);
  EXPECT_EQ(verify_password(hash, "wachtwoord"), PasswordMatch::wrong);  // not cut at the NUL
}

TEST(SecurityPassword, MalformedHashCountsAsWrong) {
  const std::string hash = hash_password("correct paard batterij");
  for (const std::string& bad : {std::string(), std::string("niet-een-hash"), hash.substr(0, hash.size() - 5),
                                 hash.substr(0, 20) + std::string(1, '\0') + hash.substr(21),
                                 std::string(200, 'a'),
                                 std::string("$argon2id$v=19$m=65536,t=2,p=1$$")}) {
    EXPECT_EQ(verify_password(bad, "correct paard batterij"), PasswordMatch::wrong) << bad;
  }
}

TEST(SecurityPassword, OtherParametersOrAlgorithmNeedRehash) {
  const std::string password = "oude parameters uit 2025";
  char hash[crypto_pwhash_STRBYTES];
  // Argon2id with less memory than the platform's parameters.
  ASSERT_EQ(crypto_pwhash_str_alg(hash, password.data(), password.size(), 2, 8u * 1024u * 1024u,
                                  crypto_pwhash_ALG_ARGON2ID13),
            0);
  EXPECT_EQ(verify_password(hash, password), PasswordMatch::ok_needs_rehash);
  EXPECT_EQ(verify_password(hash, "verkeerd wachtwoord"), PasswordMatch::wrong);
  // Argon2i (needs at least 3 passes) with the platform's memory: verifies, but is to be replaced.
  ASSERT_EQ(crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_argon2i_OPSLIMIT_MIN,
                                  password_memlimit, crypto_pwhash_ALG_ARGON2I13),
            0);
  ASSERT_TRUE(std::string_view(hash).starts_with("$argon2i$")) << hash;
  EXPECT_EQ(verify_password(hash, password), PasswordMatch::ok_needs_rehash);
}

TEST(SecurityPassword, LengthCountsCodePoints) {
  EXPECT_EQ(password_weakness(""), too_short);
  EXPECT_EQ(password_weakness("kort"), too_short);
  EXPECT_EQ(password_weakness("elf tekens!"), too_short);  // 11
  EXPECT_EQ(password_weakness("twaalf teken"), std::nullopt);  // 12
  EXPECT_EQ(password_weakness(repeat("é", 11)), too_short);   // 22 bytes, 11 code points
  EXPECT_EQ(password_weakness(repeat("é", 12)), std::nullopt);
  EXPECT_EQ(password_weakness(repeat("😀", 12)), std::nullopt);  // 48 bytes
  EXPECT_EQ(password_weakness(repeat("x", 128)), std::nullopt);
  EXPECT_EQ(password_weakness(repeat("x", 129)), too_long);
  EXPECT_EQ(password_weakness(repeat("€", 128)), std::nullopt);  // 384 bytes
  EXPECT_EQ(password_weakness(repeat("€", 129)), too_long);
}

TEST(SecurityPassword, RejectsInvalidUtf8) {
  const std::string tail = "geldig deel van twaalf";
  for (const std::string& bad : {std::string("\xff") + tail, tail + "\x80", tail + "\xc3",
                                 std::string("\xc0\xaf") + tail,           // overlong '/'
                                 std::string("\xe0\x80\xaf") + tail,       // overlong 3-byte
                                 std::string("\xed\xa0\x80") + tail,       // UTF-16 surrogate
                                 std::string("\xf4\x90\x80\x80") + tail,   // above U+10FFFF
                                 std::string("\xe2\x82") + tail}) {        // truncated '€'
    const auto weakness = password_weakness(bad);
    ASSERT_TRUE(weakness.has_value()) << bad;
    EXPECT_NE(weakness->find("UTF-8"), std::string::npos) << *weakness;
  }
}

TEST(SecurityPassword, CommonPasswordsAreRejectedIgnoringCase) {
  EXPECT_EQ(password_weakness("wachtwoord123"), common);
  EXPECT_EQ(password_weakness("WachtWoord123"), common);
  EXPECT_EQ(password_weakness("RMTplatform2026"), common);
  EXPECT_EQ(password_weakness("winniethepooh"), common);  // from Openwall's list
  // Exact match only: a listed password with something appended passes the list check.
  EXPECT_EQ(password_weakness("wachtwoord123!"), std::nullopt);
  EXPECT_EQ(password_weakness("xwachtwoord123"), std::nullopt);
}

TEST(SecurityPassword, IsCommonPasswordCoversBothLists) {
  EXPECT_TRUE(is_common_password("password"));
  EXPECT_TRUE(is_common_password("PassWord"));
  EXPECT_TRUE(is_common_password("123456"));
  EXPECT_TRUE(is_common_password("asdf;lkj"));  // a ';' survives the build-time conversion
  EXPECT_FALSE(is_common_password("paarse olifant op de fiets"));
  EXPECT_FALSE(is_common_password(""));
  EXPECT_FALSE(is_common_password("passwor"));
  EXPECT_FALSE(is_common_password("password "));

  const auto ours = list_entries(RMT_SOURCE_DIR "/data/wachtwoorden-aanvulling.txt");
  EXPECT_GE(ours.size(), 30u);
  for (const std::string& p : ours) {
    EXPECT_GE(p.size(), 12u) << p;
    EXPECT_TRUE(is_common_password(p)) << p;
    EXPECT_EQ(password_weakness(p), common) << p;
  }
  const auto openwall = list_entries("/usr/share/john/password.lst");
  EXPECT_GT(openwall.size(), 3000u);
  for (const std::string& p : openwall) EXPECT_TRUE(is_common_password(p)) << p;
}

TEST(SecurityPassword, CompiledListIsLowerCaseSortedAndUnique) {
  const auto list = detail::common_password_list();
  EXPECT_GT(list.size(), 3000u);
  EXPECT_TRUE(std::adjacent_find(list.begin(), list.end(), std::greater_equal<>()) == list.end());
  for (const std::string_view p : list) {
    EXPECT_FALSE(p.empty());
    EXPECT_TRUE(std::none_of(p.begin(), p.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) << p;
    EXPECT_FALSE(p.starts_with("#!comment:")) << p;
    EXPECT_EQ(p.find('\r'), std::string_view::npos) << p;
  }
}

TEST(SecurityPassword, GeneratedPasswordsAreLongUnambiguousAndAcceptable) {
  std::set<std::string> seen;
  std::set<char> used;
  for (int i = 0; i < 200; ++i) {
    const std::string p = generate_password();
    ASSERT_EQ(p.size(), 20u);
    for (const char c : p) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '9')) << p;
      EXPECT_EQ(std::string_view("0O1lIo").find(c), std::string_view::npos) << p;
      used.insert(c);
    }
    EXPECT_EQ(password_weakness(p), std::nullopt) << p;
    seen.insert(p);
  }
  EXPECT_EQ(seen.size(), 200u);
  EXPECT_EQ(used.size(), 56u);  // the whole alphabet shows up in 4000 characters
}

}  // namespace
}  // namespace rmt::security
