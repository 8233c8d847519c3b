#include "http/service.hpp"

#include <algorithm>
#include <chrono>

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "http/problem.hpp"
#include "http/traceparent.hpp"
#include "security/random.hpp"

namespace rmt::http {
namespace {

constexpr std::string_view api_csp = "default-src 'none'; frame-ancestors 'none'";
constexpr std::string_view html_csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'; object-src 'none'";

void access_log(const Request& req, const Response& resp, std::chrono::steady_clock::duration took) {
  // The path only: query strings and bodies may carry personal data and are never logged.
  boost::json::object line{
      {"msg", "request"},
      {"method", method_name(req.method)},
      {"path", req.path.size() > 200 ? req.path.substr(0, 200) : req.path},
      {"status", resp.status},
      {"bytes", resp.body.size()},
      {"durationUs", std::chrono::duration_cast<std::chrono::microseconds>(took).count()},
      {"requestId", req.request_id},
      {"traceId", req.trace.trace_id},
      {"spanId", req.trace.span_id},
  };
  static const std::shared_ptr<spdlog::logger> logger = [] {
    auto access = spdlog::get("access");
    return access ? access : spdlog::default_logger();
  }();
  const std::string json = boost::json::serialize(line);
  // The access logger's pattern supplies the braces (app/logging.cpp).
  logger->info("{}", std::string_view(json).substr(1, json.size() - 2));
}

}  // namespace

Service::Service(Router router, StaticFiles static_files, ServiceOptions options)
    : router_(std::move(router)),
      static_files_(std::move(static_files)),
      options_(std::move(options)) {}

std::size_t Service::body_limit(Method method, std::string_view path) const {
  return router_.body_limit(method, path);
}

Response Service::handle(Request& request) noexcept {
  const auto start = request.received = std::chrono::steady_clock::now();
  Response response;
  try {
    request.request_id = security::uuid_v7();
    request.trace = start_span(request.headers.get("traceparent"));
    response = dispatch(request);
  } catch (const Error& e) {
    if (e.code() == ErrorCode::internal) spdlog::error("internal error: {}", e.what());
    response = problem_response(e, "urn:uuid:" + request.request_id);
    if (e.code() == ErrorCode::method_not_allowed) {
      response.headers.set("Allow", allow_header(router_.match(Method::other, request.path).allowed));
    }
  } catch (const std::exception& e) {
    spdlog::error("unhandled exception: {}", e.what());
    response = problem_response(Error(ErrorCode::internal, ""), "urn:uuid:" + request.request_id);
  }
  finish(request, response);
  if (!response.afronding) access_log(request, response, std::chrono::steady_clock::now() - start);
  return response;
}

Response Service::afgerond(Request& request, Response response, std::exception_ptr fout) noexcept {
  if (fout) {
    try {
      std::rethrow_exception(fout);
    } catch (const Error& e) {
      return reject(request, e);
    } catch (...) {
      return reject(request, Error(ErrorCode::internal, ""));
    }
  }
  response.afronding = nullptr;
  access_log(request, response, std::chrono::steady_clock::now() - request.received);
  return response;
}

Response Service::reject(Request& request, const Error& error) noexcept {
  const auto now = std::chrono::steady_clock::now();
  const auto start = request.received == std::chrono::steady_clock::time_point{} ? now : request.received;
  Response response;
  try {
    if (request.request_id.empty()) request.request_id = security::uuid_v7();
    if (request.trace.trace_id.empty()) request.trace = start_span(std::nullopt);
    response = problem_response(error, "urn:uuid:" + request.request_id);
    finish(request, response);
    access_log(request, response, std::chrono::steady_clock::now() - start);
  } catch (...) {
    response.status = 500;
  }
  return response;
}

bool Service::is_api(std::string_view path) const {
  return path.starts_with(options_.api_prefix) || std::string(path) + "/" == options_.api_prefix;
}

Response Service::dispatch(Request& request) {
  if (!is_api(request.path)) {
    if (request.method != Method::get && request.method != Method::head) {
      Response r = problem_response(
          Error(ErrorCode::method_not_allowed, "Alleen GET en HEAD zijn toegestaan op deze pagina."),
          "urn:uuid:" + request.request_id);
      r.headers.set("Allow", "GET, HEAD");
      return r;
    }
    return static_files_.serve(request);
  }
  if (request.method == Method::options) return preflight(request);
  Router::Match m = router_.match(request.method, request.path);
  if (!m.route) {
    if (m.allowed.empty()) {
      throw Error(ErrorCode::not_found, "Er is geen resource op dit pad.");
    }
    throw Error(ErrorCode::method_not_allowed,
                "Deze resource ondersteunt alleen " + allow_header(m.allowed) + ".");
  }
  for (auto& [name, value] : m.params) request.path_params.emplace(name, value);
  return m.route->handler(request);
}

Response Service::preflight(const Request& request) const {
  const Router::Match m = router_.match(Method::options, request.path);
  if (m.allowed.empty()) throw Error(ErrorCode::not_found, "Er is geen resource op dit pad.");
  Response r;
  r.status = 204;
  r.headers.set("Allow", allow_header(m.allowed) + ", OPTIONS");
  r.headers.set("Access-Control-Allow-Methods", allow_header(m.allowed));
  r.headers.set("Access-Control-Allow-Headers",
                "Content-Type, If-Match, Idempotency-Key, Authorization, traceparent, X-CSRF-Token");
  r.headers.set("Access-Control-Max-Age", "600");
  return r;
}

void Service::finish(const Request& request, Response& response) const {
  auto& h = response.headers;
  const bool api = is_api(request.path);
  const bool html = h.get("Content-Type").value_or("").starts_with("text/html");
  h.set("API-Version", options_.api_version);
  if (!h.has("Cache-Control") || api) h.set("Cache-Control", "no-store");
  h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  h.set("X-Content-Type-Options", "nosniff");
  h.set("X-Frame-Options", "DENY");
  h.set("Content-Security-Policy", std::string(html ? html_csp : api_csp));
  h.set("Referrer-Policy", "no-referrer");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
  h.set("Cross-Origin-Resource-Policy", "same-origin");
  if (!request.request_id.empty()) h.set("X-Request-ID", request.request_id);
  if (!request.trace.trace_id.empty()) h.set("traceparent", format_traceparent(request.trace));

  if (request.path == options_.open_cors_path) {
    h.set("Access-Control-Allow-Origin", "*");
    h.set("Cross-Origin-Resource-Policy", "cross-origin");
  } else if (auto origin = request.headers.get("Origin"); origin && api) {
    const auto& allowed = options_.cors_origins;
    if (std::find(allowed.begin(), allowed.end(), *origin) != allowed.end()) {
      h.set("Access-Control-Allow-Origin", std::string(*origin));
      h.set("Access-Control-Allow-Credentials", "true");
      h.set("Access-Control-Expose-Headers", "API-Version, ETag, Location, X-Request-ID");
    }
    h.set("Vary", "Origin");
  }
}

}  // namespace rmt::http
