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
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  const auto at = url.find('@', scheme + 3);
  const auto slash = url.find('/', scheme + 3);
  if (at == std::string_view::npos || (slash != std::string_view::npos && slash < at)) {
    return std::string(url);
  }
  const auto colon = url.find(':', scheme + 3);
  if (colon == std::string_view::npos || colon > at) return std::string(url);
  return std::string(url.substr(0, colon + 1)) + "***" + std::string(url.substr(at));
}

}  // namespace rmt::db
