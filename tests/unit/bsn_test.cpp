// The BSN elfproef and masking (synthetic numbers only: RvIG test range 999990019…).
#include <gtest/gtest.h>

#include "domain/bsn.hpp"

namespace rmt {
namespace {

TEST(Bsn, ElfproefAcceptsValidNumbers) {
  for (const char* geldig : {"999990019", "999990020", "999990032", "999990044"}) EXPECT_TRUE(is_bsn(geldig)) << geldig;
}

TEST(Bsn, RefusesWrongChecksumLengthCharactersAndZeros) {
  for (const char* fout : {"999990018", "999990021", "12345678", "1234567820", "12345678a", " 99999001", "000000000", ""}) {
    EXPECT_FALSE(is_bsn(fout)) << fout;
  }
}

TEST(Bsn, MaskShowsOnlyTheLastFourDigits) {
  EXPECT_EQ(maskeer_bsn("999990019"), "*****0019");
  EXPECT_EQ(maskeer_bsn("12345"), "*********");
}

}  // namespace
}  // namespace rmt
