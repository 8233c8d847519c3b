#include "domain/tijd.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <regex>

namespace rmt {
namespace {

using namespace std::chrono;

TEST(Tijd, FormatsWithMicrosecondsAndZ) {
  const sys_time<microseconds> t =
      sys_days{year{2026} / November / 25} + 10h + 31min + 1s + 123456us;
  EXPECT_EQ(to_rfc3339(t), "2026-11-25T10:31:01.123456Z");
}

TEST(Tijd, PadsSmallFractionsAndFields) {
  const sys_time<microseconds> t = sys_days{year{2024} / January / 2} + 3h + 4min + 5s + 7us;
  EXPECT_EQ(to_rfc3339(t), "2024-01-02T03:04:05.000007Z");
}

TEST(Tijd, WholeSecondHasZeroFraction) {
  EXPECT_EQ(to_rfc3339(system_clock::time_point{}), "1970-01-01T00:00:00.000000Z");
}

TEST(Tijd, TruncatesBelowMicroseconds) {
  const auto t = time_point_cast<system_clock::duration>(sys_days{year{2024} / June / 30}) +
                 duration_cast<system_clock::duration>(nanoseconds{999'999'999});
  EXPECT_EQ(to_rfc3339(t), "2024-06-30T00:00:00.999999Z");
}

TEST(Tijd, NowMatchesFormat) {
  const std::regex format(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)");
  EXPECT_TRUE(std::regex_match(to_rfc3339(system_clock::now()), format));
}

TEST(Tijd, SortsLexicographicallyInTimeOrder) {
  const auto base = sys_days{year{2025} / December / 31} + 23h + 59min + 59s;
  const std::string a = to_rfc3339(base + 999'998us);
  const std::string b = to_rfc3339(base + 999'999us);
  const std::string c = to_rfc3339(base + 1s);
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_EQ(c, "2026-01-01T00:00:00.000000Z");
}

}  // namespace
}  // namespace rmt
