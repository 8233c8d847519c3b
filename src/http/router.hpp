#pragma once
// Routes: method + path pattern with {param} segments → handler. Matching is exact: a trailing
// slash or an extra segment does not match (NL API Design Rules: 404, no redirect).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace rmt::http {

using Handler = std::function<Response(Request&)>;

struct Route {
  Method method;
  std::string pattern;  // e.g. "/api/v1/regios/{code}"
  Handler handler;
  std::size_t body_limit;  // bytes accepted in the request body
  // Who may call it: "publiek", "sessie" (any login state; the sessie routes) or the name of the
  // policy action (domain/autorisatie) the handler's service checks. The authorisation matrix
  // test fails for a route without one.
  std::string toegang;
  // CPU-heavy on purpose (password hashing): runs on the separate heavy pool, so that a burst of
  // logins cannot occupy every worker and starve other requests.
  bool heavy = false;
};

class Router {
 public:
  static constexpr std::size_t default_body_limit = 1024 * 1024;

  Route& add(Method method, std::string pattern, Handler handler,
             std::size_t body_limit = default_body_limit);

  struct Match {
    const Route* route = nullptr;                     // set when method and path matched
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<Method> allowed;                      // methods of the path, when only it matched
  };
  // HEAD matches a GET route.
  Match match(Method method, std::string_view path) const;

  // The body limit of the route matching method and path, or the default when none matches
  // (read before the body, so the transport can refuse an oversized one early).
  std::size_t body_limit(Method method, std::string_view path) const;
  bool heavy(Method method, std::string_view path) const;

  const std::vector<Route>& routes() const noexcept { return routes_; }
  // Runs `around(request, handler)` instead of each handler added so far.
  void wrap(const std::function<Response(Request&, const Handler&)>& around);

 private:
  std::vector<Route> routes_;
};

// "GET, HEAD" style list for the Allow header.
std::string allow_header(const std::vector<Method>& methods);

}  // namespace rmt::http
