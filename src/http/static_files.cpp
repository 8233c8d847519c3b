#include "http/static_files.hpp"

#include <sodium.h>

#include <fstream>
#include <sstream>

#include "domain/error.hpp"

namespace rmt::http {
namespace {

constexpr std::size_t max_file_size = 16 * 1024 * 1024;

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string etag_of(std::string_view content) {
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(content.data()),
                     content.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return "\"" + std::string(hex) + "\"";
}

bool unsafe_path(std::string_view path) {
  if (path.empty() || path.front() != '/') return true;
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos) {
    return true;
  }
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    const auto segment = path.substr(start, slash - start);
    if (segment == ".." || segment == ".") return true;
    start = slash + 1;
  }
  return false;
}

// If-None-Match: "*", or a comma-separated list of (possibly weak W/) entity tags.
bool etag_matches(std::string_view header, std::string_view etag) {
  if (header == "*") return true;
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t comma = header.find(',', start);
    if (comma == std::string_view::npos) comma = header.size();
    std::string_view tag = header.substr(start, comma - start);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
    start = comma + 1;
  }
  return false;
}

}  // namespace

std::string_view content_type_for(std::string_view path) noexcept {
  const auto dot = path.rfind('.');
  const auto ext = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "json" || ext == "map") return "application/json";
  if (ext == "webmanifest") return "application/manifest+json";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "woff") return "font/woff";
  if (ext == "txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const std::filesystem::path& root) {
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file() || it->is_symlink() || it->file_size() > max_file_size) continue;
    const std::string key = "/" + std::filesystem::relative(it->path(), root).generic_string();
    std::string content = read_file(it->path());
    std::string etag = etag_of(content);
    files_.emplace(key, File{std::move(content), std::string(content_type_for(key)),
                             std::move(etag), key.starts_with("/assets/")});
  }
}

Response StaticFiles::serve(const Request& request) const {
  if (unsafe_path(request.path)) {
    throw Error(ErrorCode::invalid_input, "Ongeldig pad.", {{"path", "path", "Ongeldig pad."}});
  }
  const std::string_view path = request.path == "/" ? "/index.html" : std::string_view(request.path);
  if (auto it = files_.find(path); it != files_.end()) return respond(it->second, request);
  const auto last = path.substr(path.rfind('/') + 1);
  const bool looks_like_file = last.find('.') != std::string_view::npos;
  if (!looks_like_file) {
    if (auto index = files_.find("/index.html"); index != files_.end()) {
      return respond(index->second, request);
    }
  }
  throw Error(ErrorCode::not_found, loaded() ? "Dit bestand bestaat niet."
                                             : "De webapplicatie is niet gebouwd (web/dist ontbreekt).");
}

Response StaticFiles::respond(const File& file, const Request& request) const {
  Response r;
  r.headers.set("Content-Type", file.content_type);
  r.headers.set("ETag", file.etag);
  r.headers.set("Cache-Control",
                file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (auto inm = request.headers.get("If-None-Match"); inm && etag_matches(*inm, file.etag)) {
    r.status = 304;
    return r;
  }
  r.body = file.content;
  return r;
}

}  // namespace rmt::http
