#include "domain/tijd.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace rmt {

std::string to_rfc3339(std::chrono::system_clock::time_point t) {
  const auto micros = std::chrono::floor<std::chrono::microseconds>(t);
  const auto secs = std::chrono::floor<std::chrono::seconds>(micros);
  const auto frac = (micros - secs).count();
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:06d}Z", secs, frac);
}

}  // namespace rmt
