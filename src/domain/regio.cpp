#include "domain/regio.hpp"

#include <algorithm>

namespace rmt {
namespace {

bool prefixed_digits(std::string_view code, std::string_view prefix, std::size_t digits) {
  if (code.size() != prefix.size() + digits || !code.starts_with(prefix)) return false;
  return std::all_of(code.begin() + static_cast<std::ptrdiff_t>(prefix.size()), code.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_regio_code(std::string_view code) noexcept { return prefixed_digits(code, "AM", 2); }
bool is_gemeente_code(std::string_view code) noexcept { return prefixed_digits(code, "GM", 4); }

}  // namespace rmt
