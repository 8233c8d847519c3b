#pragma once
// Page arithmetic for collections (page numbers from 1; pageSize 1..max).
#include <cstdint>

namespace rmt {

struct Paginering {
  static constexpr std::int64_t default_page_size = 20;
  static constexpr std::int64_t max_page_size = 100;

  std::int64_t page = 1;
  std::int64_t page_size = default_page_size;

  std::int64_t offset() const noexcept { return (page - 1) * page_size; }
  // Number of pages for `total` results; at least 1 so an empty collection still has page 1.
  std::int64_t total_pages(std::int64_t total) const noexcept {
    return total <= 0 ? 1 : (total + page_size - 1) / page_size;
  }
};

}  // namespace rmt
