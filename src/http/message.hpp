#pragma once
// The project's HTTP request and response, free of Beast types: everything above transport/
// sees only these.
#include <chrono>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rmt::http {

enum class Method { get, head, post, put, patch, del, options, other };
Method parse_method(std::string_view name) noexcept;
std::string_view method_name(Method m) noexcept;

// Header list with case-insensitive lookup (names are stored as given).
class Headers {
 public:
  void set(std::string name, std::string value);  // replaces an existing header of that name
  void add(std::string name, std::string value);
  std::optional<std::string_view> get(std::string_view name) const;
  bool has(std::string_view name) const { return get(name).has_value(); }
  const std::vector<std::pair<std::string, std::string>>& all() const noexcept { return list_; }

 private:
  std::vector<std::pair<std::string, std::string>> list_;
};

struct TraceContext {
  std::string trace_id;        // 32 hex
  std::string span_id;         // 16 hex: this server's span
  std::string parent_span_id;  // 16 hex from the incoming traceparent, empty if none
  std::string flags = "01";
};

struct Request {
  Method method = Method::get;
  std::string target;  // raw request target, as received
  std::string path;    // percent-decoded path
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  Headers headers;
  std::string body;
  std::string remote_address;

  // Filled in by the pipeline and the router.
  std::map<std::string, std::string, std::less<>> path_params;
  std::string request_id;
  TraceContext trace;
  std::chrono::steady_clock::time_point received{};  // when handling began, for the access log

  // The first value of query parameter `name`, if present.
  std::optional<std::string_view> query_param(std::string_view name) const;
  const std::string& path_param(std::string_view name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // Work that must finish before the response may leave (the commit of a read's log entries).
  // The transport calls it with a callback, waits without holding a worker, and answers with
  // the error's problem instead when the callback gets one. Empty: nothing to wait for.
  std::function<void(std::function<void(std::exception_ptr)>)> afronding;
};

Response json_response(int status, std::string body);

}  // namespace rmt::http
