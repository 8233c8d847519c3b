#include "security/totp.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "domain/error.hpp"

namespace rmt::security {
namespace {

// RFC 6238 appendix B, SHA-1: the ASCII secret "12345678901234567890".
const std::string rfc_secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
constexpr std::int64_t now = 1111111109;  // step 37037036, 29 s into it
constexpr std::int64_t step = now / 30;

TEST(SecurityTotp, MatchesRfc6238Vectors) {
  // The RFC lists 8-digit codes; a 6-digit code is their last six digits.
  EXPECT_EQ(totp_code(rfc_secret, 59), "287082");          // 94287082
  EXPECT_EQ(totp_code(rfc_secret, 1111111109), "081804");  // 07081804
  EXPECT_EQ(totp_code(rfc_secret, 1111111111), "050471");  // 14050471
  EXPECT_EQ(totp_code(rfc_secret, 1234567890), "005924");  // 89005924
  EXPECT_EQ(totp_code(rfc_secret, 2000000000), "279037");  // 69279037
  EXPECT_EQ(totp_code(rfc_secret, 20000000000), "353130");  // 65353130
}

TEST(SecurityTotp, CodeIsTheSameWithinAStep) {
  EXPECT_EQ(totp_code(rfc_secret, 30), totp_code(rfc_secret, 59));
  EXPECT_NE(totp_code(rfc_secret, 59), totp_code(rfc_secret, 60));
  EXPECT_EQ(totp_code("gezdgnbvgy3tqojqgezdgnbvgy3tqojq", 59), "287082");  // lower case decodes too
}

TEST(SecurityTotp, VerifyAcceptsTheCurrentStepOnce) {
  const std::string code = totp_code(rfc_secret, now);
  EXPECT_EQ(totp_verify(rfc_secret, code, now, std::nullopt), step);
  EXPECT_EQ(totp_verify(rfc_secret, code, now, step - 1), step);
  // Replay: the step was used already (or a later one was).
  EXPECT_EQ(totp_verify(rfc_secret, code, now, step), std::nullopt);
  EXPECT_EQ(totp_verify(rfc_secret, code, now + 1, step), std::nullopt);
  EXPECT_EQ(totp_verify(rfc_secret, code, now, step + 1), std::nullopt);
}

TEST(SecurityTotp, VerifyAcceptsOneStepEitherSideButNotTwo) {
  const std::string previous = totp_code(rfc_secret, now - 30);
  const std::string next = totp_code(rfc_secret, now + 30);
  EXPECT_EQ(totp_verify(rfc_secret, previous, now, std::nullopt), step - 1);
  EXPECT_EQ(totp_verify(rfc_secret, next, now, std::nullopt), step + 1);
  EXPECT_EQ(totp_verify(rfc_secret, totp_code(rfc_secret, now - 60), now, std::nullopt), std::nullopt);
  EXPECT_EQ(totp_verify(rfc_secret, totp_code(rfc_secret, now + 60), now, std::nullopt), std::nullopt);
  // After the next step's code was used, the previous step's code no longer works.
  EXPECT_EQ(totp_verify(rfc_secret, previous, now, step + 1), std::nullopt);
}

TEST(SecurityTotp, VerifyRejectsWrongAndMalformedCodes) {
  const std::string code = totp_code(rfc_secret, now);
  std::string wrong = code;
  wrong[5] = wrong[5] == '9' ? '0' : static_cast<char>(wrong[5] + 1);
  EXPECT_EQ(totp_verify(rfc_secret, wrong, now, std::nullopt), std::nullopt);
  for (const std::string& bad : {std::string(), code.substr(0, 5), code + "0", code.substr(0, 3) + " " + code.substr(3),
                                 " " + code, code.substr(0, 5) + "a", std::string("O") + code.substr(1),
                                 std::string("+") + code.substr(1), std::string(6, '\0')}) {
    EXPECT_EQ(totp_verify(rfc_secret, bad, now, std::nullopt), std::nullopt) << bad;
  }
  // The 8-digit RFC code is not accepted in place of its 6-digit form.
  EXPECT_EQ(totp_verify(rfc_secret, "07081804", now, std::nullopt), std::nullopt);
}

TEST(SecurityTotp, InvalidSecretIsAnInternalError) {
  for (const std::string& bad : {std::string(), std::string("GEZDGNB1"), std::string("!!!!")}) {
    try {
      totp_code(bad, now);
      ADD_FAILURE() << "accepted secret " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::internal);
    }
    EXPECT_THROW(totp_verify(bad, "123456", now, std::nullopt), Error);
  }
}

TEST(SecurityTotp, NewSecretIsBase32OfTwentyRandomBytes) {
  const std::regex base32("[A-Z2-7]{32}");
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const std::string secret = totp_new_secret();
    EXPECT_TRUE(std::regex_match(secret, base32)) << secret;
    seen.insert(secret);
  }
  EXPECT_EQ(seen.size(), 50u);
  const std::string secret = totp_new_secret();
  const std::string code = totp_code(secret, now);
  EXPECT_EQ(totp_verify(secret, code, now, std::nullopt), step);
}

TEST(SecurityTotp, UriPercentEncodesIssuerAndAccount) {
  EXPECT_EQ(totp_uri("RMT Platform", "jan.de-vries+test@voorbeeld.nl", rfc_secret),
            "otpauth://totp/RMT%20Platform:jan.de-vries%2Btest%40voorbeeld.nl?secret=" + rfc_secret +
                "&issuer=RMT%20Platform&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(totp_uri("Werkcentrum Zuid-Limburg", "ëlla:x/y?z&w", "ABC"),
            "otpauth://totp/Werkcentrum%20Zuid-Limburg:%C3%ABlla%3Ax%2Fy%3Fz%26w?secret=ABC"
            "&issuer=Werkcentrum%20Zuid-Limburg&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace rmt::security
