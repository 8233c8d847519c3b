#pragma once
// The collection convention: ?page=&pageSize= in, _links (self/first/prev/next/last) and
// paginering {page, pageSize, total, totalPages} out.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "domain/error.hpp"
#include "domain/paginering.hpp"
#include "http/message.hpp"

namespace rmt::api {

// Reads page and pageSize; every bad value is added to `v` (the caller throws once).
Paginering read_paginering(const http::Request& request, Validation& v);

// Wraps items as {_links, paginering, _embedded: {<name>: items}}. `path` is the collection's
// path; `filters` are the other query parameters to keep in the links.
boost::json::object collection(std::string_view name, boost::json::array items, std::string_view path,
                               const std::vector<std::pair<std::string, std::string>>& filters,
                               const Paginering& p, std::int64_t total);

// Parses a positive integer query parameter strictly (digits only, within [min, max]).
std::optional<std::int64_t> read_int_param(const http::Request& request, std::string_view name,
                                           std::int64_t min, std::int64_t max, Validation& v);

}  // namespace rmt::api
