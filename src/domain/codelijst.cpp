#include "domain/codelijst.hpp"

#include <algorithm>

namespace rmt {

bool Codelijsten::bevat(std::string_view lijst, std::string_view code) const {
  const auto it = lijsten.find(lijst);
  return it != lijsten.end() &&
         std::any_of(it->second.begin(), it->second.end(), [&](const Code& c) { return c.code == code; });
}

void Codelijsten::controleer(std::string_view veld, std::string_view lijst, const std::string& code,
                             Validation& v) const {
  if (!bevat(lijst, code)) {
    v.add(std::string(veld), "enum", "Kies een waarde uit de codelijst " + std::string(lijst) + ".");
  }
}

Codelijsten codelijsten_uit(const std::vector<std::vector<std::string>>& rows) {
  Codelijsten out;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    if (r.size() != 4 || r[0].empty() || r[1].empty() || r[2].empty()) {
      throw Error(ErrorCode::invalid_input, "codelijsten.csv regel " + std::to_string(i + 1) + " heeft geen 4 velden.");
    }
    out.versie = std::max(out.versie, r[0]);
  }
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i][0] == out.versie) out.lijsten[rows[i][1]].push_back({rows[i][2], rows[i][3]});
  }
  return out;
}

}  // namespace rmt
