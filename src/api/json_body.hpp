#pragma once
// JSON bodies out of the API layer.
#include <boost/json.hpp>

#include "http/message.hpp"

namespace rmt::api {

inline http::Response json(int status, const boost::json::value& body) {
  return http::json_response(status, boost::json::serialize(body));
}

}  // namespace rmt::api
