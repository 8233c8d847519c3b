#pragma once
// Files compiled into the binary (cmake/embed.cmake): OpenAPI document, migrations, reference data.
#include <span>
#include <string_view>

namespace rmt::embedded {

struct File {
  std::string_view path;  // relative to the source root, e.g. "migrations/0001_basis.sql"
  std::string_view content;
};

std::span<const File> files();

// The content of the embedded file at `path`; throws std::out_of_range when absent.
std::string_view file(std::string_view path);

}  // namespace rmt::embedded
