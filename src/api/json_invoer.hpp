#pragma once
// Reading JSON request bodies: the media type, the shape, and typed fields. Every bad field is
// added to a Validation so that one 400 lists them all.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "domain/error.hpp"
#include "http/message.hpp"

namespace rmt::api {

// 415 unless Content-Type is application/json; 400 unless the body is one JSON object.
boost::json::object read_object(const http::Request& request);

// A string field. Missing (or null) and required: "required"; not a string: "type"; longer
// than max_length bytes: "maxLength".
std::optional<std::string> read_text(const boost::json::object& body, std::string_view name, Validation& v,
                                     bool required, std::size_t max_length = 1000);
std::optional<bool> read_bool(const boost::json::object& body, std::string_view name, Validation& v);
// A whole number within [min, max] (a JSON number without fraction): "type", "minimum", "maximum".
std::optional<std::int64_t> read_int(const boost::json::object& body, std::string_view name, Validation& v,
                                     bool required, std::int64_t min, std::int64_t max);
// An array of strings.
std::vector<std::string> read_text_list(const boost::json::object& body, std::string_view name, Validation& v,
                                        bool required, std::size_t max_items = 100);

// The version in If-Match ("3" or W/"3"): 428 when absent, 412 when it is not a version.
std::int64_t read_if_match(const http::Request& request);
std::string etag(std::int64_t versie);

}  // namespace rmt::api
