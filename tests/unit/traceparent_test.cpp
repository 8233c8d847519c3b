#include "http/traceparent.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace rmt::http {
namespace {

constexpr std::string_view valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

bool is_lower_hex(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

TEST(Traceparent, ParsesValidHeader) {
  const auto t = parse_traceparent(valid);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(t->parent_span_id, "00f067aa0ba902b7");
  EXPECT_EQ(t->flags, "01");
  EXPECT_TRUE(t->span_id.empty());
}

TEST(Traceparent, KeepsUnsampledFlags) {
  const auto t = parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->flags, "00");
}

TEST(Traceparent, RejectsMalformedHeaders) {
  const char* bad[] = {
      "",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",    // short flags
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-011",  // long
      "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",   // wrong separator
      "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",   // upper case
      "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",   // not hex
      "00-00000000000000000000000000000000-00f067aa0ba902b7-01",   // zero trace id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",   // zero parent id
      "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",   // forbidden version
  };
  for (const char* h : bad) EXPECT_FALSE(parse_traceparent(h).has_value()) << h;
}

TEST(Traceparent, StartSpanContinuesIncomingTrace) {
  const TraceContext t = start_span(valid);
  EXPECT_EQ(t.trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(t.parent_span_id, "00f067aa0ba902b7");
  EXPECT_EQ(t.span_id.size(), 16u);
  EXPECT_TRUE(is_lower_hex(t.span_id));
  EXPECT_NE(t.span_id, t.parent_span_id);
}

TEST(Traceparent, StartSpanWithoutHeaderStartsNewTrace) {
  const TraceContext a = start_span(std::nullopt);
  const TraceContext b = start_span(std::nullopt);
  EXPECT_EQ(a.trace_id.size(), 32u);
  EXPECT_TRUE(is_lower_hex(a.trace_id));
  EXPECT_EQ(a.span_id.size(), 16u);
  EXPECT_TRUE(a.parent_span_id.empty());
  EXPECT_EQ(a.flags, "01");
  EXPECT_NE(a.trace_id, b.trace_id);
  EXPECT_NE(a.span_id, b.span_id);
}

TEST(Traceparent, StartSpanReplacesMalformedHeader) {
  const TraceContext t = start_span("00-zz-00f067aa0ba902b7-01");
  EXPECT_EQ(t.trace_id.size(), 32u);
  EXPECT_TRUE(is_lower_hex(t.trace_id));
  EXPECT_TRUE(t.parent_span_id.empty());
}

TEST(Traceparent, FormatRoundTrips) {
  TraceContext t = start_span(valid);
  const std::string out = format_traceparent(t);
  EXPECT_EQ(out, "00-4bf92f3577b34da6a3ce929d0e0e4736-" + t.span_id + "-01");
  const auto back = parse_traceparent(out);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->trace_id, t.trace_id);
  EXPECT_EQ(back->parent_span_id, t.span_id);
}

}  // namespace
}  // namespace rmt::http
