#include "domain/medewerker.hpp"

#include <algorithm>
#include <tuple>

#include "domain/auditregel.hpp"
#include "domain/regio.hpp"

namespace rmt {

bool is_email(std::string_view e) noexcept {
  if (e.empty() || e.size() > 254) return false;
  const auto at = e.find('@');
  if (at == 0 || at == std::string_view::npos || e.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = e.substr(at + 1);
  const auto dot = domain.find('.');
  if (domain.empty() || dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
  return std::none_of(e.begin(), e.end(), [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7f; });
}

std::string normalize_email(std::string_view email) {
  std::string out(email);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

void valideer(MedewerkerInvoer& m, Validation& v) {
  if (m.naam.empty() || m.naam.size() > 200) v.add("naam", "length", "Een naam van 1 tot 200 tekens is verplicht.");
  else if (!is_nette_tekst(m.naam)) v.add("naam", "characters", "Een naam bevat geen regeleinden of besturingstekens.");
  m.email = normalize_email(m.email);
  if (!is_email(m.email)) v.add("email", "format", "Vul een geldig e-mailadres in.");
  if (m.organisatie_id.empty()) v.add("organisatieId", "required", "Kies een organisatie.");
  if (m.status != "actief" && m.status != "geblokkeerd") v.add("status", "enum", "Kies actief of geblokkeerd.");
  for (std::size_t i = 0; i < m.rollen.size(); ++i) {
    if (!is_regio_code(m.rollen[i].regio_code)) {
      v.add("rollen[" + std::to_string(i) + "].regioCode", "pattern", "Een regiocode is AM gevolgd door twee cijfers.");
    }
  }
  auto key = [](const RolToekenning& t) { return std::tie(t.regio_code, t.rol); };
  std::sort(m.rollen.begin(), m.rollen.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  m.rollen.erase(std::unique(m.rollen.begin(), m.rollen.end()), m.rollen.end());
}

std::vector<std::string> regios_van(const std::vector<RolToekenning>& rollen) {
  std::vector<std::string> out;
  for (const auto& t : rollen) out.push_back(t.regio_code);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace rmt
