#include "domain/autorisatie.hpp"

#include <algorithm>

namespace rmt {
namespace {

struct Regel {
  Actie actie;
  std::vector<Rol> rollen;
};

// One row per action. Roles not listed are refused. beheerder manages users and configuration
// but never reads case content; privacy reads the logs; analist sees only protected aggregates
// (later issue), so it appears in none of these rows.
const std::vector<Regel>& regels() {
  static const std::vector<Regel> table = {
      {Actie::organisaties_lezen, {Rol::beheerder, Rol::coordinator, Rol::frontoffice, Rol::adviseur, Rol::kassier}},
      {Actie::organisaties_beheren, {Rol::beheerder}},
      {Actie::medewerkers_lezen, {Rol::beheerder, Rol::coordinator}},
      {Actie::medewerkers_beheren, {Rol::beheerder}},
      {Actie::api_tokens_beheren, {Rol::beheerder}},
      {Actie::auditregels_lezen, {Rol::privacy}},
      {Actie::verwerkingen_lezen, {Rol::privacy}},
      {Actie::casus_lezen, {Rol::frontoffice, Rol::adviseur, Rol::coordinator}},
      {Actie::casus_schrijven, {Rol::frontoffice, Rol::adviseur, Rol::coordinator}},
      {Actie::aanmeldingen_behandelen, {Rol::frontoffice, Rol::coordinator}},
      {Actie::catalogus_lezen, {Rol::frontoffice, Rol::adviseur, Rol::coordinator, Rol::kassier}},
      {Actie::catalogus_beheren, {Rol::coordinator}},
      {Actie::budget_lezen, {Rol::coordinator, Rol::kassier}},
      {Actie::budget_voorstellen, {Rol::coordinator}},
      {Actie::budget_vaststellen, {Rol::kassier}},
      {Actie::verplichtingen_goedkeuren, {Rol::coordinator}},
      {Actie::declaraties_indienen, {Rol::frontoffice, Rol::adviseur, Rol::coordinator, Rol::kassier}},
      {Actie::declaraties_beoordelen, {Rol::kassier}},
      {Actie::betalen, {Rol::kassier}},
      {Actie::casus_overzien, {Rol::coordinator}},
  };
  return table;
}

}  // namespace

std::string_view rol_naam(Rol rol) noexcept {
  switch (rol) {
    case Rol::frontoffice: return "frontoffice";
    case Rol::adviseur: return "adviseur";
    case Rol::coordinator: return "coordinator";
    case Rol::kassier: return "kassier";
    case Rol::analist: return "analist";
    case Rol::beheerder: return "beheerder";
    case Rol::privacy: return "privacy";
  }
  return "onbekend";
}

std::optional<Rol> parse_rol(std::string_view naam) noexcept {
  for (Rol rol : alle_rollen) {
    if (rol_naam(rol) == naam) return rol;
  }
  return std::nullopt;
}

std::string_view actie_naam(Actie actie) noexcept {
  switch (actie) {
    case Actie::organisaties_lezen: return "organisaties_lezen";
    case Actie::organisaties_beheren: return "organisaties_beheren";
    case Actie::medewerkers_lezen: return "medewerkers_lezen";
    case Actie::medewerkers_beheren: return "medewerkers_beheren";
    case Actie::api_tokens_beheren: return "api_tokens_beheren";
    case Actie::auditregels_lezen: return "auditregels_lezen";
    case Actie::verwerkingen_lezen: return "verwerkingen_lezen";
    case Actie::casus_lezen: return "casus_lezen";
    case Actie::casus_schrijven: return "casus_schrijven";
    case Actie::aanmeldingen_behandelen: return "aanmeldingen_behandelen";
    case Actie::catalogus_lezen: return "catalogus_lezen";
    case Actie::catalogus_beheren: return "catalogus_beheren";
    case Actie::budget_lezen: return "budget_lezen";
    case Actie::budget_voorstellen: return "budget_voorstellen";
    case Actie::budget_vaststellen: return "budget_vaststellen";
    case Actie::verplichtingen_goedkeuren: return "verplichtingen_goedkeuren";
    case Actie::declaraties_indienen: return "declaraties_indienen";
    case Actie::declaraties_beoordelen: return "declaraties_beoordelen";
    case Actie::betalen: return "betalen";
    case Actie::casus_overzien: return "casus_overzien";
  }
  return "onbekend";
}

bool Principal::heeft_rol(Rol rol) const noexcept {
  return std::any_of(rollen.begin(), rollen.end(), [&](const RolToekenning& t) { return t.rol == rol; });
}

bool Principal::heeft_rol_in(Rol rol, std::string_view regio_code) const noexcept {
  return std::any_of(rollen.begin(), rollen.end(),
                     [&](const RolToekenning& t) { return t.rol == rol && t.regio_code == regio_code; });
}

std::vector<std::string> Principal::regios_met(Rol rol) const {
  std::vector<std::string> out;
  for (const RolToekenning& t : rollen) {
    if (t.rol == rol) out.push_back(t.regio_code);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Rol> rollen_voor(Actie actie) {
  for (const Regel& r : regels()) {
    if (r.actie == actie) return r.rollen;
  }
  return {};
}

std::vector<std::string> regios_voor(const Principal& principal, Actie actie) {
  const std::vector<Rol> mogen = rollen_voor(actie);
  std::vector<std::string> out;
  for (const RolToekenning& t : principal.rollen) {
    if (std::find(mogen.begin(), mogen.end(), t.rol) != mogen.end()) out.push_back(t.regio_code);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Besluit beslis(const Principal& principal, Actie actie, const Doel& doel) {
  if (!principal.mfa_voltooid) {
    return {Uitkomst::geweigerd, "De tweede factor (TOTP) is nog niet gecontroleerd."};
  }
  const std::vector<Rol> mogen = rollen_voor(actie);
  const bool rol_ergens = std::any_of(mogen.begin(), mogen.end(), [&](Rol r) { return principal.heeft_rol(r); });
  if (!rol_ergens) {
    return {Uitkomst::geweigerd, "Geen rol die " + std::string(actie_naam(actie)) + " mag."};
  }
  if (doel.regio_codes.empty()) return {Uitkomst::toegestaan, "rol in eigen regio"};
  const bool in_regio = std::any_of(mogen.begin(), mogen.end(), [&](Rol r) {
    return std::any_of(doel.regio_codes.begin(), doel.regio_codes.end(),
                       [&](const std::string& code) { return principal.heeft_rol_in(r, code); });
  });
  if (!in_regio) {
    // Known role, other tenant: answer as if the record does not exist.
    return {Uitkomst::verborgen, "Record van een andere regio."};
  }
  if (doel.betrokken) {
    for (Rol r : doel.regio_breed) {
      const bool ziet_regio = std::find(mogen.begin(), mogen.end(), r) != mogen.end() &&
                              std::any_of(doel.regio_codes.begin(), doel.regio_codes.end(),
                                          [&](const std::string& code) { return principal.heeft_rol_in(r, code); });
      if (ziet_regio) return {Uitkomst::toegestaan, std::string(rol_naam(r)) + " van de regio"};
    }
    const auto& b = *doel.betrokken;
    if (std::find(b.begin(), b.end(), principal.organisatie_id) == b.end()) {
      // Whether someone is a klant in a traject is itself personal data.
      return {Uitkomst::verborgen, "Organisatie niet betrokken bij het traject."};
    }
    return {Uitkomst::toegestaan, "organisatie betrokken bij het traject"};
  }
  return {Uitkomst::toegestaan, "rol in de regio van het record"};
}

}  // namespace rmt
