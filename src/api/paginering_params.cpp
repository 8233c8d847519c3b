#include "api/paginering_params.hpp"

#include <charconv>

#include <boost/url.hpp>

namespace rmt::api {

std::optional<std::int64_t> read_int_param(const http::Request& request, std::string_view name,
                                           std::int64_t min, std::int64_t max, Validation& v) {
  const auto raw = request.query_param(name);
  if (!raw) return std::nullopt;
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), value);
  if (raw->empty() || ec != std::errc() || end != raw->data() + raw->size()) {
    v.add(std::string(name), "integer", "Moet een geheel getal zijn.");
    return std::nullopt;
  }
  if (value < min) {
    v.add(std::string(name), "minimum", "Moet minimaal " + std::to_string(min) + " zijn.");
    return std::nullopt;
  }
  if (value > max) {
    v.add(std::string(name), "maximum", "Mag hoogstens " + std::to_string(max) + " zijn.");
    return std::nullopt;
  }
  return value;
}

Paginering read_paginering(const http::Request& request, Validation& v) {
  Paginering p;
  if (auto page = read_int_param(request, "page", 1, 1'000'000'000, v)) p.page = *page;
  if (auto size = read_int_param(request, "pageSize", 1, Paginering::max_page_size, v)) {
    p.page_size = *size;
  }
  return p;
}

boost::json::object collection(std::string_view name, boost::json::array items, std::string_view path,
                               const std::vector<std::pair<std::string, std::string>>& filters,
                               const Paginering& p, std::int64_t total) {
  const std::int64_t pages = p.total_pages(total);
  auto link = [&](std::int64_t page) {
    boost::urls::url u(path);
    for (const auto& [k, val] : filters) u.params().append({k, val});
    u.params().append({"page", std::to_string(page)});
    u.params().append({"pageSize", std::to_string(p.page_size)});
    return boost::json::object{{"href", u.buffer()}};
  };
  boost::json::object links{{"self", link(p.page)}, {"first", link(1)}, {"last", link(pages)}};
  if (p.page > 1) links["prev"] = link(std::min(p.page - 1, pages));
  if (p.page < pages) links["next"] = link(p.page + 1);
  return {
      {"_links", std::move(links)},
      {"paginering", {{"page", p.page}, {"pageSize", p.page_size}, {"total", total}, {"totalPages", pages}}},
      {"_embedded", {{name, std::move(items)}}},
  };
}

}  // namespace rmt::api
