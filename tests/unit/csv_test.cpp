#include "db/csv.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "domain/error.hpp"

namespace rmt::db {
namespace {

using Rows = std::vector<CsvRow>;

TEST(Csv, ParsesPlainRecords) {
  EXPECT_EQ(parse_csv("code,naam\nAM01,Groningen\n"),
            (Rows{{"code", "naam"}, {"AM01", "Groningen"}}));
}

TEST(Csv, QuotedFieldKeepsCommas) {
  EXPECT_EQ(parse_csv("GM0363,\"Amsterdam, gemeente\",AM13\n"),
            (Rows{{"GM0363", "Amsterdam, gemeente", "AM13"}}));
}

TEST(Csv, DoubledQuoteIsOneQuote) {
  EXPECT_EQ(parse_csv("\"zeg \"\"hoi\"\"\",x\n"), (Rows{{"zeg \"hoi\"", "x"}}));
}

TEST(Csv, QuotedFieldKeepsNewline) {
  EXPECT_EQ(parse_csv("\"regel 1\nregel 2\",b\n"), (Rows{{"regel 1\nregel 2", "b"}}));
}

TEST(Csv, CrlfEndsRecords) {
  EXPECT_EQ(parse_csv("a,b\r\nc,d\r\n"), (Rows{{"a", "b"}, {"c", "d"}}));
}

TEST(Csv, LastRecordWithoutNewline) {
  EXPECT_EQ(parse_csv("a,b\nc,d"), (Rows{{"a", "b"}, {"c", "d"}}));
}

TEST(Csv, EmptyFieldsAreKept) {
  EXPECT_EQ(parse_csv("a,,c\n,\n\"\"\n"), (Rows{{"a", "", "c"}, {"", ""}, {""}}));
}

TEST(Csv, BlankLinesAndEmptyInputGiveNoRecords) {
  EXPECT_TRUE(parse_csv("").empty());
  EXPECT_EQ(parse_csv("a\n\n\r\nb\n"), (Rows{{"a"}, {"b"}}));
}

TEST(Csv, UnterminatedQuoteThrows) {
  try {
    parse_csv("a,\"niet afgesloten\nb,c\n");
    FAIL() << "accepted an unterminated quote";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
  }
}

}  // namespace
}  // namespace rmt::db
