#pragma once
// The project's one error type. Every layer throws rmt::Error; http/problem.cpp is the only
// place that turns it into an HTTP status and a problem+json body.
#include <stdexcept>
#include <string>
#include <vector>

namespace rmt {

enum class ErrorCode {
  invalid_input,          // 400: bad syntax or failed validation (lists invalid params)
  unauthenticated,        // 401: no (valid) session or token
  login_failed,           // 401: wrong password or code at a login step
  forbidden,              // 403
  not_found,              // 404
  method_not_allowed,     // 405
  conflict,               // 409: uniqueness or state conflict
  precondition_failed,    // 412: stale If-Match
  payload_too_large,      // 413
  unsupported_media_type, // 415
  unprocessable,          // 422: well-formed but cannot be processed (e.g. a reused Idempotency-Key)
  precondition_required,  // 428: If-Match missing
  too_many_requests,      // 429
  header_too_large,       // 431
  internal,               // 500
  busy,                   // 503: transient (lock, pool exhausted); retry
  unavailable,            // 503: a dependency (database) is down
};

struct InvalidParam {
  std::string name;    // field or parameter name as the client sent it
  std::string code;    // machine-readable reason: required, pattern, minimum, type, ...
  std::string reason;  // human-readable (Dutch)
  bool operator==(const InvalidParam&) const = default;
};

class Error : public std::runtime_error {
 public:
  // `detail` is shown to the client: never put personal data, SQL or secrets in it.
  Error(ErrorCode code, std::string detail, std::vector<InvalidParam> invalid_params = {});

  ErrorCode code() const noexcept { return code_; }
  const std::string& detail() const noexcept { return detail_; }
  const std::vector<InvalidParam>& invalid_params() const noexcept { return invalid_params_; }
  // Seconds after which a retry makes sense (too_many_requests: the rest of a lockout).
  long long retry_after() const noexcept { return retry_after_; }
  Error& with_retry_after(long long seconds) noexcept { retry_after_ = seconds; return *this; }

 private:
  ErrorCode code_;
  std::string detail_;
  std::vector<InvalidParam> invalid_params_;
  long long retry_after_ = 0;
};

// Collects every invalid field of one request, then throws them together (a 400 lists all).
class Validation {
 public:
  // A field already named keeps its first reason.
  void add(std::string name, std::string code, std::string reason);
  bool ok() const noexcept { return params_.empty(); }
  // Throws Error(invalid_input) listing all collected params when any were added.
  void throw_if_invalid() const;

 private:
  std::vector<InvalidParam> params_;
};

// Throws Error(invalid_input) for one field.
[[noreturn]] void throw_invalid(InvalidParam param);

}  // namespace rmt
