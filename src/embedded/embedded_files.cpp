#include "embedded/embedded_files.hpp"

#include <stdexcept>
#include <string>

namespace rmt::embedded {

std::string_view file(std::string_view path) {
  for (const File& f : files()) {
    if (f.path == path) return f.content;
  }
  throw std::out_of_range("embedded file not found: " + std::string(path));
}

}  // namespace rmt::embedded
