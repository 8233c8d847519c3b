#include "security/random.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <regex>
#include <set>
#include <string>
#include <thread>

namespace rmt::security {
namespace {

const std::regex uuid_v7_format(
    "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

std::uint64_t millis_of(const std::string& uuid) {
  return std::stoull(uuid.substr(0, 8) + uuid.substr(9, 4), nullptr, 16);
}

TEST(Random, UuidV7HasVersionAndVariant) {
  for (int i = 0; i < 200; ++i) {
    const std::string id = uuid_v7();
    ASSERT_EQ(id.size(), 36u);
    EXPECT_TRUE(std::regex_match(id, uuid_v7_format)) << id;
  }
}

TEST(Random, UuidV7PrefixIsCurrentUnixMillis) {
  const auto now = [] {
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
  };
  const std::uint64_t before = now();
  const std::string id = uuid_v7();
  const std::uint64_t after = now();
  EXPECT_GE(millis_of(id), before) << id;
  EXPECT_LE(millis_of(id), after) << id;
}

TEST(Random, UuidV7TimePrefixIncreases) {
  const std::string first = uuid_v7();
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  const std::string second = uuid_v7();
  EXPECT_LT(millis_of(first), millis_of(second));
  EXPECT_LT(first, second);
}

TEST(Random, UuidV7IsUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(uuid_v7());
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(Random, RandomHexHasTwoCharsPerByte) {
  EXPECT_EQ(random_hex(0), "");
  EXPECT_EQ(random_hex(1).size(), 2u);
  EXPECT_EQ(random_hex(16).size(), 32u);
  EXPECT_EQ(random_hex(33).size(), 66u);
}

TEST(Random, RandomHexIsLowercaseHex) {
  const std::regex hex("[0-9a-f]+");
  std::set<char> chars;
  for (int i = 0; i < 50; ++i) {
    const std::string h = random_hex(32);
    EXPECT_TRUE(std::regex_match(h, hex)) << h;
    chars.insert(h.begin(), h.end());
  }
  EXPECT_EQ(chars.size(), 16u);  // 3200 random digits use every hex digit
  EXPECT_NE(random_hex(16), random_hex(16));
}

}  // namespace
}  // namespace rmt::security
