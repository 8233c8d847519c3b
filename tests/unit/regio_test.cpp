#include "domain/regio.hpp"

#include <gtest/gtest.h>

namespace rmt {
namespace {

TEST(RegioCode, AcceptsAmWithTwoDigits) {
  EXPECT_TRUE(is_regio_code("AM01"));
  EXPECT_TRUE(is_regio_code("AM13"));
  EXPECT_TRUE(is_regio_code("AM99"));
}

TEST(RegioCode, RejectsOtherShapes) {
  for (const char* code : {"", "AM", "AM1", "AM123", "am13", "Am13", "GM13", "AM1a", "AM 1",
                           " AM13", "AM13 ", "AM-1", "AMAM"}) {
    EXPECT_FALSE(is_regio_code(code)) << '"' << code << '"';
  }
}

TEST(GemeenteCode, AcceptsGmWithFourDigits) {
  EXPECT_TRUE(is_gemeente_code("GM0363"));
  EXPECT_TRUE(is_gemeente_code("GM0000"));
  EXPECT_TRUE(is_gemeente_code("GM1992"));
}

TEST(GemeenteCode, RejectsOtherShapes) {
  for (const char* code : {"", "GM", "GM036", "GM03630", "gm0363", "AM0363", "GM036x",
                           "GM 363", "GM0363\n", "0363"}) {
    EXPECT_FALSE(is_gemeente_code(code)) << '"' << code << '"';
  }
}

TEST(RegioCode, RegioAndGemeenteCodesDoNotOverlap) {
  EXPECT_FALSE(is_gemeente_code("AM13"));
  EXPECT_FALSE(is_regio_code("GM0363"));
}

}  // namespace
}  // namespace rmt
