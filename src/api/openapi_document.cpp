#include "api/openapi_document.hpp"

#include <boost/json.hpp>

#include "embedded/embedded_files.hpp"

namespace rmt::api {
namespace {

const boost::json::object& document() {
  static const boost::json::object doc = boost::json::parse(openapi_json()).as_object();
  return doc;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return out;
}

}  // namespace

std::string_view openapi_json() { return embedded::file("api/openapi.json"); }

const std::string& openapi_version() {
  static const std::string version(document().at("info").at("version").as_string());
  return version;
}

std::set<std::pair<std::string, std::string>> openapi_operations() {
  const std::string base(document().at("servers").at(0).at("url").as_string());
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& [path, item] : document().at("paths").as_object()) {
    for (const auto& [method, op] : item.as_object()) {
      if (method == "parameters" || method == "summary" || method == "description") continue;
      out.emplace(upper(method), base + std::string(path));
    }
  }
  return out;
}

}  // namespace rmt::api
