#pragma once
// The request pipeline between transport and handlers: request id and trace context, CORS,
// routing (API) or static files (web), the one error mapping, security and version headers,
// and the access log. handle() never throws.
#include <exception>
#include <string>
#include <vector>

#include "domain/error.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace rmt::http {

struct ServiceOptions {
  std::string api_version;                 // info.version of the OpenAPI document
  std::vector<std::string> cors_origins;   // exact origins allowed to call the API
  std::string api_prefix = "/api/";
  std::string open_cors_path = "/api/v1/openapi.json";  // CORS "*" (public document)
};

class Service {
 public:
  Service(Router router, StaticFiles static_files, ServiceOptions options);

  Response handle(Request& request) noexcept;
  std::size_t body_limit(Method method, std::string_view path) const;
  bool heavy(Method method, std::string_view path) const { return router_.heavy(method, path); }
  // For errors the transport detects itself (bad syntax, too large, overloaded): the same
  // problem+json, headers and access log line as any other response.
  Response reject(Request& request, const Error& error) noexcept;
  // handle() leaves the access log line of a response with an afronding to this: once the
  // transport knows its outcome, the response itself or, when `fout` is set, its problem.
  Response afgerond(Request& request, Response response, std::exception_ptr fout) noexcept;

  const Router& router() const noexcept { return router_; }

 private:
  bool is_api(std::string_view path) const;
  Response dispatch(Request& request);
  Response preflight(const Request& request) const;
  void finish(const Request& request, Response& response) const;

  Router router_;
  StaticFiles static_files_;
  ServiceOptions options_;
};

}  // namespace rmt::http
