#pragma once
// IN-lists with bound parameters: in_list("r", {"AM13","AM18"}, params) appends $r0, $r1 to
// params and returns "$r0, $r1". An empty list yields "NULL" (matches nothing).
#include <string>
#include <string_view>
#include <vector>

#include "db/value.hpp"

namespace rmt::db {

inline std::string in_list(std::string_view prefix, const std::vector<std::string>& values, Params& params) {
  if (values.empty()) return "NULL";
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::string name = std::string(prefix) + std::to_string(i);
    if (i) out += ", ";
    out += "$" + name;
    params.push_back({std::move(name), values[i]});
  }
  return out;
}

}  // namespace rmt::db
