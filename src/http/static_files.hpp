#pragma once
// The built web front end (web/dist), loaded into memory at start. Only files that exist under
// the root at start are ever served, so a path cannot escape it. Paths without a file extension
// fall back to index.html (client-side routes); hashed assets get a long cache lifetime.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace rmt::http {

class StaticFiles {
 public:
  StaticFiles() = default;
  // Loads every regular file below root (no symlinks followed). A missing root serves nothing.
  explicit StaticFiles(const std::filesystem::path& root);

  // GET/HEAD of a non-API path. Throws Error(not_found) or Error(invalid_input) for a bad path.
  Response serve(const Request& request) const;
  bool loaded() const noexcept { return !files_.empty(); }
  std::size_t size() const noexcept { return files_.size(); }

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
    bool immutable;  // under /assets/: the name carries a content hash
  };
  Response respond(const File& file, const Request& request) const;
  std::map<std::string, File, std::less<>> files_;  // key: "/index.html", "/assets/x.js"
};

std::string_view content_type_for(std::string_view path) noexcept;

}  // namespace rmt::http
