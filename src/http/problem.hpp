#pragma once
// The one mapping from rmt::Error to an HTTP status and an application/problem+json body
// (RFC 9457, NL API Design Rules), used for every error the server sends.
#include <string_view>

#include "domain/error.hpp"
#include "http/message.hpp"

namespace rmt::http {

int status_of(ErrorCode code) noexcept;

// `instance` identifies this occurrence (urn:uuid of the request id).
Response problem_response(const Error& error, std::string_view instance);

}  // namespace rmt::http
