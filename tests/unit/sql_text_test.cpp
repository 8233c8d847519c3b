#include "db/sql_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rmt::db {
namespace {

using Names = std::vector<std::string>;

TEST(SqlText, NumbersNamesInOrderOfAppearance) {
  const PositionalSql p =
      to_positional("SELECT * FROM regio WHERE jaar = $jaar AND code = $code_1 LIMIT $limit");
  EXPECT_EQ(p.text, "SELECT * FROM regio WHERE jaar = $1 AND code = $2 LIMIT $3");
  EXPECT_EQ(p.names, (Names{"jaar", "code_1", "limit"}));
}

TEST(SqlText, ReusedNameMapsToOneNumber) {
  const PositionalSql p = to_positional("UPDATE t SET a = $x, b = $y WHERE c = $x OR d = $y");
  EXPECT_EQ(p.text, "UPDATE t SET a = $1, b = $2 WHERE c = $1 OR d = $2");
  EXPECT_EQ(p.names, (Names{"x", "y"}));
}

TEST(SqlText, PlaceholderAtEndAndAdjacentPunctuation) {
  const PositionalSql p = to_positional("VALUES ($a,$b)::text[$c]");
  EXPECT_EQ(p.text, "VALUES ($1,$2)::text[$3]");
  EXPECT_EQ(p.names, (Names{"a", "b", "c"}));
}

TEST(SqlText, LeavesSingleQuotedStringsUntouched) {
  const PositionalSql p = to_positional("SELECT '$nee', $ja");
  EXPECT_EQ(p.text, "SELECT '$nee', $1");
  EXPECT_EQ(p.names, (Names{"ja"}));
}

TEST(SqlText, LeavesDoubleQuotedIdentifiersUntouched) {
  const PositionalSql p = to_positional("SELECT \"$kolom\" FROM t WHERE a = $a");
  EXPECT_EQ(p.text, "SELECT \"$kolom\" FROM t WHERE a = $1");
  EXPECT_EQ(p.names, (Names{"a"}));
}

TEST(SqlText, DoubledQuoteDoesNotEndString) {
  const PositionalSql p = to_positional("SELECT 'it''s $nee' || $ja");
  EXPECT_EQ(p.text, "SELECT 'it''s $nee' || $1");
  EXPECT_EQ(p.names, (Names{"ja"}));
  const PositionalSql q = to_positional("SELECT \"a\"\"$b\" , $c");
  EXPECT_EQ(q.text, "SELECT \"a\"\"$b\" , $1");
  EXPECT_EQ(q.names, (Names{"c"}));
}

TEST(SqlText, LeavesLineCommentsUntouched) {
  const PositionalSql p = to_positional("SELECT $a -- uitleg over $b\nFROM t WHERE c = $c");
  EXPECT_EQ(p.text, "SELECT $1 -- uitleg over $b\nFROM t WHERE c = $2");
  EXPECT_EQ(p.names, (Names{"a", "c"}));
}

TEST(SqlText, CommentAtEndWithoutNewline) {
  const PositionalSql p = to_positional("SELECT $a -- $b");
  EXPECT_EQ(p.text, "SELECT $1 -- $b");
  EXPECT_EQ(p.names, (Names{"a"}));
}

TEST(SqlText, LeavesBlockCommentsUntouched) {
  const PositionalSql p = to_positional("SELECT /* $b */ $a");
  EXPECT_EQ(p.text, "SELECT /* $b */ $1");
  EXPECT_EQ(p.names, (Names{"a"}));
}

TEST(SqlText, NumericAndBareDollarsAreNotNames) {
  const PositionalSql p = to_positional("SELECT $1, $ , $9abc");
  EXPECT_EQ(p.text, "SELECT $1, $ , $9abc");
  EXPECT_TRUE(p.names.empty());
}

TEST(SqlText, UnterminatedQuoteIsCopied) {
  const PositionalSql p = to_positional("SELECT 'open $a");
  EXPECT_EQ(p.text, "SELECT 'open $a");
  EXPECT_TRUE(p.names.empty());
}

}  // namespace
}  // namespace rmt::db
