#pragma once
// Named placeholders: queries are written once as `... WHERE code = $code` for both back ends.
// SQLite binds $name natively; for PostgreSQL the text is rewritten to $1..$n.
#include <string>
#include <string_view>
#include <vector>

namespace rmt::db {

struct PositionalSql {
  std::string text;                // placeholders replaced by $1..$n
  std::vector<std::string> names;  // names[i] is bound to $(i+1); each name appears once
};

// Rewrites $name placeholders (letters, digits, underscore; not starting with a digit) outside
// quoted strings, quoted identifiers and comments. The same name used twice maps to one $n.
PositionalSql to_positional(std::string_view sql);

}  // namespace rmt::db
