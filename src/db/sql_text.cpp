#include "db/sql_text.hpp"

#include <algorithm>
#include <cctype>

namespace rmt::db {
namespace {

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

PositionalSql to_positional(std::string_view sql) {
  PositionalSql out;
  out.text.reserve(sql.size());
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {  // copy a quoted literal or identifier verbatim ('' escapes)
      std::size_t end = i + 1;
      while (end < sql.size()) {
        if (sql[end] == c) {
          if (end + 1 < sql.size() && sql[end + 1] == c) { end += 2; continue; }
          break;
        }
        ++end;
      }
      end = std::min(end + 1, sql.size());
      out.text.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {  // line comment
      const std::size_t end = std::min(sql.find('\n', i), sql.size());
      out.text.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {  // block comment
      const std::size_t close = sql.find("*/", i + 2);
      const std::size_t end = close == std::string_view::npos ? sql.size() : close + 2;
      out.text.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '$' && i + 1 < sql.size() && name_start(sql[i + 1])) {
      std::size_t end = i + 1;
      while (end < sql.size() && name_char(sql[end])) ++end;
      std::string name(sql.substr(i + 1, end - i - 1));
      auto found = std::find(out.names.begin(), out.names.end(), name);
      std::size_t position = static_cast<std::size_t>(found - out.names.begin()) + 1;
      if (found == out.names.end()) out.names.push_back(std::move(name));
      out.text += '$';
      out.text += std::to_string(position);
      i = end;
    } else {
      out.text += c;
      ++i;
    }
  }
  return out;
}

}  // namespace rmt::db
