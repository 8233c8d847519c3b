#include "domain/inlogpoging.hpp"

#include "domain/tijd.hpp"

namespace rmt {

Inlogpoging na_mislukking(const std::optional<Inlogpoging>& vorige, std::chrono::system_clock::time_point now,
                          const Drempel& drempel) {
  Inlogpoging p;
  const std::string venster_grens = to_rfc3339(now - drempel.venster);
  if (vorige && vorige->venster_start > venster_grens) {
    p = *vorige;
  } else {
    p.venster_start = to_rfc3339(now);
  }
  p.mislukt += 1;
  if (p.mislukt >= drempel.max) p.geblokkeerd_tot = to_rfc3339(now + drempel.blokkade);
  return p;
}

long long seconden_geblokkeerd(const std::optional<Inlogpoging>& poging, std::chrono::system_clock::time_point now) {
  if (!poging || !poging->geblokkeerd_tot) return 0;
  const auto tot = parse_rfc3339(*poging->geblokkeerd_tot);
  if (!tot || *tot <= now) return 0;
  return std::chrono::duration_cast<std::chrono::seconds>(*tot - now).count() + 1;
}

std::string adres_blok(const std::string& adres) {
  if (adres.find(':') == std::string::npos) return adres;
  std::size_t pos = 0;
  for (int groep = 0; groep < 4 && pos != std::string::npos; ++groep) pos = adres.find(':', pos == 0 ? 0 : pos + 1);
  return adres.substr(0, pos) + "::/64";
}

}  // namespace rmt
