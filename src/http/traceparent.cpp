#include "http/traceparent.hpp"

#include <algorithm>

#include "security/random.hpp"

namespace rmt::http {
namespace {

bool lower_hex(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool all_zero(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '0'; });
}

}  // namespace

std::optional<TraceContext> parse_traceparent(std::string_view h) {
  if (h.size() != 55 || h[2] != '-' || h[35] != '-' || h[52] != '-') return std::nullopt;
  const auto version = h.substr(0, 2), trace = h.substr(3, 32), parent = h.substr(36, 16),
             flags = h.substr(53, 2);
  if (!lower_hex(version) || version == "ff" || !lower_hex(trace) || !lower_hex(parent) ||
      !lower_hex(flags) || all_zero(trace) || all_zero(parent)) {
    return std::nullopt;
  }
  return TraceContext{std::string(trace), "", std::string(parent), std::string(flags)};
}

TraceContext start_span(std::optional<std::string_view> header) {
  std::optional<TraceContext> incoming = header ? parse_traceparent(*header) : std::nullopt;
  TraceContext t = incoming ? *incoming : TraceContext{security::random_hex(16), "", "", "01"};
  t.span_id = security::random_hex(8);
  return t;
}

std::string format_traceparent(const TraceContext& t) {
  return "00-" + t.trace_id + "-" + t.span_id + "-" + t.flags;
}

}  // namespace rmt::http
