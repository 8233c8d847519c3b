#pragma once
// JSON bodies out of the API layer.
#include <cstdint>
#include <optional>
#include <string>

#include <boost/json.hpp>

#include "api/json_invoer.hpp"
#include "http/message.hpp"

namespace rmt::api {

inline http::Response json(int status, const boost::json::value& body) {
  return http::json_response(status, boost::json::serialize(body));
}

// With an ETag carrying the record's version (what If-Match must send back).
inline http::Response met_etag(int status, const boost::json::value& body, std::int64_t versie) {
  http::Response r = json(status, body);
  r.headers.set("ETag", etag(versie));
  return r;
}

// A file to save (bank file, export): its media type and the file name offered.
inline http::Response download(std::string body, const char* media_type, const std::string& bestandsnaam) {
  http::Response r;
  r.body = std::move(body);
  r.headers.set("Content-Type", media_type);
  r.headers.set("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
  return r;
}

// A JSON string or null.
template <typename T>
boost::json::value of_nullable(const std::optional<T>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace rmt::api
