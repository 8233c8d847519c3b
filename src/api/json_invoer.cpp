#include "api/json_invoer.hpp"

#include <charconv>

namespace rmt::api {

boost::json::object read_object(const http::Request& request) {
  const std::string_view type = request.headers.get("Content-Type").value_or("");
  if (type.substr(0, type.find(';')) != "application/json") {
    throw Error(ErrorCode::unsupported_media_type, "Stuur de gegevens als application/json.");
  }
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(request.body, ec);
  if (ec || !value.is_object()) {
    throw Error(ErrorCode::invalid_input, "De body is geen geldig JSON-object.",
                {{"body", "json", "De body moet een JSON-object zijn."}});
  }
  return std::move(value.as_object());
}

std::optional<std::string> read_text(const boost::json::object& body, std::string_view name, Validation& v,
                                     bool required, std::size_t max_length) {
  const auto* field = body.if_contains(name);
  if (!field || field->is_null()) {
    if (required) v.add(std::string(name), "required", "Dit veld is verplicht.");
    return std::nullopt;
  }
  if (!field->is_string()) {
    v.add(std::string(name), "type", "Dit veld moet tekst zijn.");
    return std::nullopt;
  }
  std::string text(field->as_string());
  if (text.size() > max_length) {
    v.add(std::string(name), "maxLength", "Dit veld is langer dan " + std::to_string(max_length) + " tekens.");
    return std::nullopt;
  }
  return text;
}

std::optional<bool> read_bool(const boost::json::object& body, std::string_view name, Validation& v) {
  const auto* field = body.if_contains(name);
  if (!field || field->is_null()) return std::nullopt;
  if (!field->is_bool()) {
    v.add(std::string(name), "type", "Dit veld moet true of false zijn.");
    return std::nullopt;
  }
  return field->as_bool();
}

std::optional<std::int64_t> read_int(const boost::json::object& body, std::string_view name, Validation& v,
                                     bool required, std::int64_t min, std::int64_t max) {
  const auto* field = body.if_contains(name);
  if (!field || field->is_null()) {
    if (required) v.add(std::string(name), "required", "Dit veld is verplicht.");
    return std::nullopt;
  }
  if (!field->is_int64() && !field->is_uint64()) {
    v.add(std::string(name), "type", "Dit veld moet een geheel getal zijn.");
    return std::nullopt;
  }
  if (field->is_uint64() && field->as_uint64() > static_cast<std::uint64_t>(max)) {
    v.add(std::string(name), "maximum", "Moet hoogstens " + std::to_string(max) + " zijn.");
    return std::nullopt;
  }
  const std::int64_t n = field->is_int64() ? field->as_int64() : static_cast<std::int64_t>(field->as_uint64());
  if (n < min) {
    v.add(std::string(name), "minimum", "Moet minimaal " + std::to_string(min) + " zijn.");
    return std::nullopt;
  }
  if (n > max) {
    v.add(std::string(name), "maximum", "Moet hoogstens " + std::to_string(max) + " zijn.");
    return std::nullopt;
  }
  return n;
}

std::vector<std::string> read_text_list(const boost::json::object& body, std::string_view name, Validation& v,
                                        bool required, std::size_t max_items) {
  std::vector<std::string> out;
  const auto* field = body.if_contains(name);
  if (!field || field->is_null()) {
    if (required) v.add(std::string(name), "required", "Dit veld is verplicht.");
    return out;
  }
  if (!field->is_array() || field->as_array().size() > max_items) {
    v.add(std::string(name), "type", "Dit veld moet een lijst van hoogstens " + std::to_string(max_items) + " teksten zijn.");
    return out;
  }
  const auto& items = field->as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_string() || items[i].as_string().size() > 200) {
      v.add(std::string(name) + "[" + std::to_string(i) + "]", "type", "Elk element moet tekst zijn.");
    } else {
      out.emplace_back(items[i].as_string());
    }
  }
  return out;
}

std::int64_t read_if_match(const http::Request& request) {
  auto header = request.headers.get("If-Match");
  if (!header) throw Error(ErrorCode::precondition_required, "Stuur de ETag van de versie die u wijzigt mee in If-Match.");
  std::string_view tag = *header;
  if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
  std::int64_t versie = 0;
  if (tag.size() < 3 || tag.front() != '"' || tag.back() != '"' ||
      std::from_chars(tag.data() + 1, tag.data() + tag.size() - 1, versie).ptr != tag.data() + tag.size() - 1 ||
      versie < 1) {
    throw Error(ErrorCode::precondition_failed, "If-Match noemt geen bestaande versie.");
  }
  return versie;
}

std::string etag(std::int64_t versie) { return "\"" + std::to_string(versie) + "\""; }

}  // namespace rmt::api
