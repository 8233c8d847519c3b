#include "db/value.hpp"

#include <cstdlib>

namespace rmt::db::detail {

std::int64_t parse_int64(std::string_view text) {
  std::int64_t out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size()) {
    throw Error(ErrorCode::internal, "Onverwacht gegevenstype in de database.");
  }
  return out;
}

double parse_double(std::string_view text) {
  std::string copy(text);
  char* end = nullptr;
  double out = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size()) {
    throw Error(ErrorCode::internal, "Onverwacht gegevenstype in de database.");
  }
  return out;
}

bool parse_bool(std::string_view text) {
  if (text == "1" || text == "t" || text == "true") return true;
  if (text == "0" || text == "f" || text == "false") return false;
  throw Error(ErrorCode::internal, "Onverwacht gegevenstype in de database.");
}

}  // namespace rmt::db::detail
