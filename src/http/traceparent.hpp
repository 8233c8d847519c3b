#pragma once
// W3C Trace Context: accept an incoming traceparent, start a span of our own.
#include <optional>
#include <string_view>

#include "http/message.hpp"

namespace rmt::http {

// Parses "00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>"; nullopt when malformed
// (all-zero ids are invalid too).
std::optional<TraceContext> parse_traceparent(std::string_view header);

// Continues the incoming trace (or starts a new one) with a fresh span id.
TraceContext start_span(std::optional<std::string_view> traceparent_header);

std::string format_traceparent(const TraceContext& t);

}  // namespace rmt::http
