#pragma once
// Rows returned by a query, with typed reads by column name or index.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/value.hpp"

namespace rmt::db {

class Result;

class Row {
 public:
  Row(const Result& result, std::size_t index) : result_(&result), index_(index) {}

  // get<T>: the column must not be NULL. get<std::optional<T>>: NULL becomes std::nullopt.
  template <typename T>
  T get(std::string_view column) const;
  template <typename T>
  T get(std::size_t column) const;

  bool is_null(std::size_t column) const;

 private:
  const Cell& cell(std::size_t column) const;
  const Result* result_;
  std::size_t index_;
};

class Result {
 public:
  Result() = default;
  Result(std::vector<std::string> columns, std::vector<Cell> cells)
      : columns_(std::move(columns)), cells_(std::move(cells)) {}

  std::size_t size() const noexcept { return columns_.empty() ? 0 : cells_.size() / columns_.size(); }
  bool empty() const noexcept { return size() == 0; }
  Row operator[](std::size_t i) const { return Row(*this, i); }
  std::size_t column_index(std::string_view name) const;  // throws if unknown
  const std::vector<std::string>& columns() const noexcept { return columns_; }

  class iterator {
   public:
    iterator(const Result* r, std::size_t i) : r_(r), i_(i) {}
    Row operator*() const { return Row(*r_, i_); }
    iterator& operator++() { ++i_; return *this; }
    bool operator!=(const iterator& o) const { return i_ != o.i_; }
   private:
    const Result* r_;
    std::size_t i_;
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

 private:
  friend class Row;
  std::vector<std::string> columns_;
  std::vector<Cell> cells_;  // row-major
};

template <typename T>
T Row::get(std::size_t column) const {
  const Cell& c = cell(column);
  if constexpr (detail::is_optional<T>::value) {
    if (!c) return std::nullopt;
    return cell_as<typename T::value_type>(*c);
  } else {
    if (!c) throw Error(ErrorCode::internal, "Onverwachte lege waarde in de database.");
    return cell_as<T>(*c);
  }
}

template <typename T>
T Row::get(std::string_view column) const {
  return get<T>(result_->column_index(column));
}

}  // namespace rmt::db
