#pragma once
// JSON-lines logging to stdout: {"ts":…,"level":…,"msg":…}; the "access" logger writes one
// line per request with its fields (http/service.cpp). Times are UTC.
#include <string_view>

namespace rmt::app {

void configure_logging(std::string_view level);

}  // namespace rmt::app
