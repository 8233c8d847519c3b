#include "app/config.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/error.hpp"

namespace rmt::app {
namespace {

void expect_invalid_listen(std::string_view text) {
  try {
    parse_listen(text);
    ADD_FAILURE() << "accepted: " << text;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input) << text;
    ASSERT_EQ(e.invalid_params().size(), 1u) << text;
    EXPECT_EQ(e.invalid_params()[0].name, "listen") << text;
  }
}

void expect_invalid_origins(std::string_view text) {
  try {
    parse_origins(text);
    ADD_FAILURE() << "accepted: " << text;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input) << text;
    ASSERT_EQ(e.invalid_params().size(), 1u) << text;
    EXPECT_EQ(e.invalid_params()[0].name, "cors-origins") << text;
  }
}

TEST(ListenAddress, ParsesIpv4) {
  const ListenAddress a = parse_listen("127.0.0.1:8080");
  EXPECT_EQ(a.host, "127.0.0.1");
  EXPECT_EQ(a.port, 8080);
}

TEST(ListenAddress, LocalhostBecomesLoopback) {
  const ListenAddress a = parse_listen("localhost:9000");
  EXPECT_EQ(a.host, "127.0.0.1");
  EXPECT_EQ(a.port, 9000);
}

TEST(ListenAddress, ParsesBracketedIpv6) {
  const ListenAddress a = parse_listen("[::1]:8443");
  EXPECT_EQ(a.host, "::1");
  EXPECT_EQ(a.port, 8443);
  const ListenAddress any = parse_listen("[::]:80");
  EXPECT_EQ(any.host, "::");
  EXPECT_EQ(any.port, 80);
}

TEST(ListenAddress, AcceptsPortBounds) {
  EXPECT_EQ(parse_listen("0.0.0.0:0").port, 0);
  EXPECT_EQ(parse_listen("0.0.0.0:65535").port, 65535);
}

TEST(ListenAddress, RejectsBadInput) {
  for (const char* text : {
           "127.0.0.1",         // missing colon
           "127.0.0.1:",        // empty port
           ":8080",             // empty host
           "127.0.0.1:http",    // not a number
           "127.0.0.1:80a",     // trailing garbage
           "127.0.0.1:-1",      // negative
           "127.0.0.1:65536",   // > 65535
           "127.0.0.1:99999999999",
           "::1:8080",          // IPv6 without brackets
           "[::1]",             // IPv6 without port
           "[::1]8080",         // IPv6 without colon
           "[]:8080",           // empty IPv6 host
       }) {
    expect_invalid_listen(text);
  }
}

TEST(CorsOrigins, EmptyTextGivesNoOrigins) {
  EXPECT_TRUE(parse_origins("").empty());
  EXPECT_TRUE(parse_origins(" , ").empty());
}

TEST(CorsOrigins, SplitsAndTrimsSpaces) {
  EXPECT_EQ(parse_origins(" https://a.example ,http://localhost:5173,  https://b.example:8443 "),
            (std::vector<std::string>{"https://a.example", "http://localhost:5173",
                                      "https://b.example:8443"}));
}

TEST(CorsOrigins, RejectsBadSchemeAndPaths) {
  for (const char* text : {
           "ftp://a.example",
           "a.example",
           "https://",
           "https://a.example/",
           "https://a.example/pad",
           "https://a.example,https://b.example/pad",
       }) {
    expect_invalid_origins(text);
  }
}

}  // namespace
}  // namespace rmt::app
