#include "security/field_cipher.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "domain/error.hpp"

namespace rmt::security {
namespace {

const std::string key(32, 'k');
const std::string other_key(32, 'K');
const std::string binding = "medewerker.totp_geheim:0190a1b2";

// Expects open() to fail with Error(internal) without revealing the plaintext.
void expect_open_fails(std::string_view k, std::string_view sealed, std::string_view ad) {
  try {
    const std::string plain = open(k, sealed, ad);
    ADD_FAILURE() << "opened to " << plain.size() << " bytes";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::internal);
    EXPECT_EQ(e.detail().find("GEZDGNBV"), std::string::npos) << e.detail();
  }
}

TEST(SecurityFieldCipher, RoundTrips) {
  for (const std::string& plain : {std::string("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), std::string(),
                                   std::string("a\0b\xff", 4), std::string(10000, 'x')}) {
    const std::string sealed = seal(key, plain, binding);
    EXPECT_EQ(open(key, sealed, binding), plain);
  }
  EXPECT_EQ(open(key, seal(key, "geheim", ""), ""), "geheim");
}

TEST(SecurityFieldCipher, IsUnpaddedBase64OfNonceCiphertextAndTag) {
  const std::string plain = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  const std::string sealed = seal(key, plain, binding);
  const std::size_t raw = 24 + plain.size() + 16;
  EXPECT_EQ(sealed.size(), (raw * 4 + 2) / 3);
  EXPECT_TRUE(std::regex_match(sealed, std::regex("[A-Za-z0-9+/]+"))) << sealed;
  EXPECT_EQ(sealed.find("GEZDGNBV"), std::string::npos);
  EXPECT_NE(seal(key, plain, binding), sealed) << "a fresh nonce every time";
}

TEST(SecurityFieldCipher, TamperingIsDetected) {
  const std::string sealed = seal(key, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", binding);
  for (const std::size_t pos : {std::size_t{0}, std::size_t{10}, std::size_t{32}, std::size_t{40},
                                sealed.size() / 2, sealed.size() - 3}) {
    std::string tampered = sealed;
    tampered[pos] = tampered[pos] == 'A' ? 'B' : 'A';
    expect_open_fails(key, tampered, binding);
  }
  expect_open_fails(key, sealed.substr(0, sealed.size() - 4), binding);  // truncated tag
  expect_open_fails(key, sealed + "AAAA", binding);                      // extra bytes
  expect_open_fails(key, "", binding);
  expect_open_fails(key, "AAAA", binding);
  expect_open_fails(key, sealed + "=", binding);  // padding is not part of the format
  expect_open_fails(key, "!" + sealed.substr(1), binding);
}

TEST(SecurityFieldCipher, WrongBindingIsRejected) {
  const std::string sealed = seal(key, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", binding);
  expect_open_fails(key, sealed, "medewerker.totp_geheim:0190a1b3");  // another row
  expect_open_fails(key, sealed, "");
  expect_open_fails(key, sealed, binding + "x");
}

TEST(SecurityFieldCipher, WrongKeyIsRejected) {
  const std::string sealed = seal(key, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", binding);
  expect_open_fails(other_key, sealed, binding);
  for (const std::string& bad : {std::string(), std::string(16, 'k'), std::string(33, 'k')}) {
    EXPECT_THROW(seal(bad, "x", binding), Error);
    expect_open_fails(bad, sealed, binding);
  }
}

}  // namespace
}  // namespace rmt::security
