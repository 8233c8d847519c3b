#pragma once
// Values bound to and read from SQL statements, shared by both back ends.
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "domain/error.hpp"

namespace rmt::db {

using Blob = std::vector<unsigned char>;
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string, Blob>;

// A named parameter: SQL text refers to it as $name.
struct Param {
  std::string name;
  Value value;
};
using Params = std::vector<Param>;

template <typename T>
Value to_value(const std::optional<T>& v) {
  return v ? Value(*v) : Value(nullptr);
}

// One result cell as the back end returned it: absent for NULL, else text (SQLite integers and
// reals are rendered as text, PostgreSQL sends text; blobs are raw bytes).
using Cell = std::optional<std::string>;

namespace detail {
template <typename T>
struct is_optional : std::false_type {};
template <typename T>
struct is_optional<std::optional<T>> : std::true_type {};

std::int64_t parse_int64(std::string_view text);
double parse_double(std::string_view text);
bool parse_bool(std::string_view text);
}  // namespace detail

// Converts a non-NULL cell to T (std::string, std::int64_t, int, double, bool, Blob).
template <typename T>
T cell_as(const std::string& text) {
  if constexpr (std::is_same_v<T, std::string>) {
    return text;
  } else if constexpr (std::is_same_v<T, bool>) {
    return detail::parse_bool(text);
  } else if constexpr (std::is_integral_v<T>) {
    return static_cast<T>(detail::parse_int64(text));
  } else if constexpr (std::is_floating_point_v<T>) {
    return static_cast<T>(detail::parse_double(text));
  } else if constexpr (std::is_same_v<T, Blob>) {
    return Blob(text.begin(), text.end());
  } else {
    static_assert(sizeof(T) == 0, "unsupported column type");
  }
}

}  // namespace rmt::db
