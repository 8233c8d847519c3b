#include "app/config.hpp"

#include <charconv>

#include "domain/error.hpp"

namespace rmt::app {

ListenAddress parse_listen(std::string_view text) {
  auto invalid = [&](std::string reason) {
    return Error(ErrorCode::invalid_input, "Ongeldig luisteradres: " + reason,
                 {{"listen", "format", reason}});
  };
  std::string_view host, port;
  if (text.starts_with("[")) {
    const auto close = text.find("]:");
    if (close == std::string_view::npos) throw invalid("gebruik [IPv6]:poort");
    host = text.substr(1, close - 1);
    port = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || text.find(':') != colon) throw invalid("gebruik HOST:POORT");
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
  }
  if (host.empty()) throw invalid("host ontbreekt");
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value > 65535) {
    throw invalid("poort moet een getal van 0 tot en met 65535 zijn");
  }
  return {host == "localhost" ? "127.0.0.1" : std::string(host), static_cast<unsigned short>(value)};
}

std::vector<std::string> parse_origins(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view item = text.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) {
      const bool scheme = item.starts_with("https://") || item.starts_with("http://");
      const auto rest = item.substr(item.find("://") + 3);
      if (!scheme || rest.empty() || rest.find('/') != std::string_view::npos) {
        throw Error(ErrorCode::invalid_input, "Ongeldige CORS-origin: " + std::string(item),
                    {{"cors-origins", "format", "gebruik scheme://host[:poort] zonder pad"}});
      }
      out.emplace_back(item);
    }
    start = comma + 1;
  }
  return out;
}

}  // namespace rmt::app
