// IBAN (ISO 13616) and BIC (ISO 9362) checks; the numbers are the published example accounts.
#include "domain/iban.hpp"

#include <gtest/gtest.h>

namespace rmt {
namespace {

TEST(Iban, NormalisingDropsSpacesAndUppercases) {
  EXPECT_EQ(normaliseer_iban("nl91 abna 0417 1643 00"), "NL91ABNA0417164300");
  EXPECT_EQ(normaliseer_iban("  DE89 3704 0044 0532 0130 00 "), "DE89370400440532013000");
  EXPECT_EQ(normaliseer_iban("fr14\t2004 1010 0505 0001 3m02 606"), "FR1420041010050500013M02606");
  EXPECT_EQ(normaliseer_iban(""), "");
}

TEST(Iban, AcceptsValidNumbersOfSeveralCountries) {
  for (const char* geldig :
       {"NL91ABNA0417164300", "NL02ABNA0123456789", "NL20INGB0001234567", "NL44RABO0123456789",
        "DE89370400440532013000", "BE68539007547034", "FR1420041010050500013M02606", "GB29NWBK60161331926819",
        "CH9300762011623852957", "NO9386011117947", "MT84MALT011000012345MTLCAST001S", "AT611904300234573201",
        "ES9121000418450200051332", "IT60X0542811101000000123456", "LU280019400644750000"}) {
    EXPECT_TRUE(iban_geldig(geldig)) << geldig;
  }
}

TEST(Iban, AcceptsWrittenFormsOnceNormalised) {
  for (const char* geschreven : {"NL91 ABNA 0417 1643 00", "nl91abna0417164300", "de89 3704 0044 0532 0130 00",
                                 "BE68 5390 0754 7034", "Fr14 2004 1010 0505 0001 3M02 606"}) {
    EXPECT_FALSE(iban_geldig(geschreven)) << geschreven;
    EXPECT_TRUE(iban_geldig(normaliseer_iban(geschreven))) << geschreven;
  }
}

TEST(Iban, RefusesWrongCheckDigits) {
  for (const char* fout : {"NL91ABNA0417164301", "NL92ABNA0417164300", "NL19ABNA0417164300", "DE88370400440532013000",
                           "BE68539007547043", "FR1520041010050500013M02606", "NL00ABNA0417164300"}) {
    EXPECT_FALSE(iban_geldig(fout)) << fout;
  }
}

TEST(Iban, RefusesWrongLengthForTheCountryEvenWithValidChecksum) {
  // Both pass mod 97 but NL IBANs are 18 characters.
  EXPECT_FALSE(iban_geldig("NL58ABNA041716430"));
  EXPECT_FALSE(iban_geldig("NL06ABNA04171643001"));
  EXPECT_FALSE(iban_geldig("DE8937040044053201300"));
  EXPECT_FALSE(iban_geldig("BE685390075470341"));
}

TEST(Iban, RefusesUnknownCountries) {
  EXPECT_FALSE(iban_geldig("XX62ABNA0417164300"));  // passes mod 97
}

TEST(Iban, RefusesBadCharactersAndShortInput) {
  for (const char* fout : {"", "N", "NL", "NL91", "NL91ABNA041716430-", "NL91ABNA04171643.0", "NL91ABNA 417164300",
                           "1L91ABNA0417164300", "NLA1ABNA0417164300", "NL91ABNA0417164300\n", "NL91ÄBNA0417164300"}) {
    EXPECT_FALSE(iban_geldig(fout)) << fout;
  }
}

TEST(Bic, AcceptsEightAndElevenCharacters) {
  for (const char* geldig : {"ABNANL2A", "INGBNL2A", "RABONL2U", "DEUTDEFF", "DEUTDEFF500", "BNPAFRPPXXX", "GEBABEBB"}) {
    EXPECT_TRUE(bic_geldig(geldig)) << geldig;
  }
}

TEST(Bic, RefusesWrongLengthCaseAndCharacters) {
  for (const char* fout : {"", "ABNANL2", "ABNANL2AX", "ABNANL2AXXXX", "abnanl2a", "AbnaNL2A", "ABN1NL2A",
                           "ABNAN12A", "ABNA NL2A", "ABNANL2-", "DEUTDEFF50_", "DEUTDEFF50a"}) {
    EXPECT_FALSE(bic_geldig(fout)) << fout;
  }
}

TEST(Bic, RefusesLocationCodesTheSchemaForbids) {
  // pain.001 BICIdentifier: location [A-Z2-9][A-NP-Z0-9] (0 marks a test BIC, 1 a passive one).
  EXPECT_FALSE(bic_geldig("ABNANL0A"));
  EXPECT_FALSE(bic_geldig("ABNANL1A"));
  EXPECT_FALSE(bic_geldig("ABNANL2O"));
  EXPECT_TRUE(bic_geldig("ABNANL20"));
}

}  // namespace
}  // namespace rmt
