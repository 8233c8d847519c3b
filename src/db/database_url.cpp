#include "db/database_url.hpp"

namespace rmt::db {

DatabaseUrl parse_database_url(std::string_view url) {
  auto invalid = [](std::string reason) {
    return Error(ErrorCode::invalid_input, "Ongeldige database-URL: " + reason,
                 {{"database", "format", std::move(reason)}});
  };
  if (url == "sqlite::memory:") return {Dialect::sqlite, ":memory:"};
  if (url.starts_with("sqlite://")) {
    std::string_view path = url.substr(std::string_view("sqlite://").size());
    if (path.empty() || path == "/") throw invalid("sqlite:// zonder bestandspad");
    return {Dialect::sqlite, std::string(path)};  // sqlite:///abs → "/abs"; sqlite://rel → "rel"
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    const auto rest = url.substr(url.find("://") + 3);
    if (rest.empty()) throw invalid("postgresql:// zonder host of database");
    return {Dialect::postgresql, std::string(url)};
  }
  throw invalid("gebruik sqlite:///pad, sqlite://relatief/pad of postgresql://gebruiker@host:poort/db");
}

std::string redact_database_url(std::string_view url) {
  std::string out(url);
  // user:password@host
  const auto scheme = out.find("://");
  if (scheme != std::string::npos) {
    const auto at = out.find('@', scheme + 3);
    const auto slash = out.find('/', scheme + 3);
    const auto colon = out.find(':', scheme + 3);
    if (at != std::string::npos && (slash == std::string::npos || at < slash) && colon < at) {
      out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // ?password=… (libpq accepts it as a query parameter too)
  for (auto pos = out.find('?'); pos != std::string::npos; pos = out.find('&', pos + 1)) {
    if (out.compare(pos + 1, 9, "password=") != 0) continue;
    const auto value = pos + 10;
    out.replace(value, std::min(out.find('&', value), out.size()) - value, "***");
  }
  return out;
}

}  // namespace rmt::db
