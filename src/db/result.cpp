#include "db/result.hpp"

namespace rmt::db {

std::size_t Result::column_index(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i] == name) return i;
  }
  throw Error(ErrorCode::internal, "Onbekende kolom in de query: " + std::string(name));
}

const Cell& Row::cell(std::size_t column) const {
  const std::size_t width = result_->columns_.size();
  if (column >= width) throw Error(ErrorCode::internal, "Kolomnummer buiten bereik.");
  return result_->cells_[index_ * width + column];
}

bool Row::is_null(std::size_t column) const { return !cell(column).has_value(); }

}  // namespace rmt::db
