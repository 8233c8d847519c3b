#include "http/router.hpp"

#include <algorithm>

namespace rmt::http {
namespace {

// Splits "/a/b/" into {"a", "b", ""}: a trailing slash yields an empty last segment.
std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  if (path.empty() || path.front() != '/') return out;
  std::size_t start = 1;
  for (;;) {
    const std::size_t slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string_view::npos ? slash : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Compares the pattern's segments with the request path's, already split (no allocation: this
// runs for every route on every request).
bool match_path(std::string_view pattern, const std::vector<std::string_view>& have,
                std::vector<std::pair<std::string, std::string>>* params) {
  if (pattern.empty() || pattern.front() != '/') return false;
  std::size_t start = 1;
  std::size_t i = 0;
  for (;; ++i) {
    const std::size_t slash = pattern.find('/', start);
    const std::string_view want = pattern.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (i >= have.size()) return false;
    if (is_param(want)) {
      if (have[i].empty()) return false;
      if (params) params->emplace_back(want.substr(1, want.size() - 2), have[i]);
    } else if (want != have[i]) {
      return false;
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return i + 1 == have.size();
}

}  // namespace

Route& Router::add(Method method, std::string pattern, Handler handler, std::size_t body_limit) {
  routes_.push_back({method, std::move(pattern), std::move(handler), body_limit, "", false});
  return routes_.back();
}

void Router::wrap(const std::function<Response(Request&, const Handler&)>& around) {
  for (Route& route : routes_) {
    route.handler = [around, inner = std::move(route.handler)](Request& request) { return around(request, inner); };
  }
}

Router::Match Router::match(Method method, std::string_view path) const {
  Match m;
  const Method wanted = method == Method::head ? Method::get : method;
  const auto have = segments(path);
  for (const Route& route : routes_) {
    if (!match_path(route.pattern, have, nullptr)) continue;
    if (route.method == wanted && !m.route) {
      m.route = &route;
      match_path(route.pattern, have, &m.params);
    }
    if (std::find(m.allowed.begin(), m.allowed.end(), route.method) == m.allowed.end()) {
      m.allowed.push_back(route.method);
      if (route.method == Method::get) m.allowed.push_back(Method::head);
    }
  }
  return m;
}

std::size_t Router::body_limit(Method method, std::string_view path) const {
  const Match m = match(method, path);
  return m.route ? m.route->body_limit : default_body_limit;
}

bool Router::heavy(Method method, std::string_view path) const {
  if (method == Method::get || method == Method::head) return false;  // reads are never heavy
  const Match m = match(method, path);
  return m.route && m.route->heavy;
}

std::string allow_header(const std::vector<Method>& methods) {
  std::string out;
  for (Method m : methods) {
    if (!out.empty()) out += ", ";
    out += method_name(m);
  }
  return out;
}

}  // namespace rmt::http
