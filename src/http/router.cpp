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

bool match_path(std::string_view pattern, std::string_view path,
                std::vector<std::pair<std::string, std::string>>* params) {
  const auto want = segments(pattern);
  const auto have = segments(path);
  if (want.size() != have.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (is_param(want[i])) {
      if (have[i].empty()) return false;
      if (params) params->emplace_back(want[i].substr(1, want[i].size() - 2), have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

Route& Router::add(Method method, std::string pattern, Handler handler, std::size_t body_limit) {
  routes_.push_back({method, std::move(pattern), std::move(handler), body_limit, "", false});
  return routes_.back();
}

Router::Match Router::match(Method method, std::string_view path) const {
  Match m;
  const Method wanted = method == Method::head ? Method::get : method;
  for (const Route& route : routes_) {
    if (!match_path(route.pattern, path, nullptr)) continue;
    if (route.method == wanted && !m.route) {
      m.route = &route;
      match_path(route.pattern, path, &m.params);
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
