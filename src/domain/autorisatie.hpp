#pragma once
// The one authorisation policy: (principal, action, target) → allow or deny with a reason.
// Pure: the services load the principal and the target's regio, then ask here. Regions are
// hard tenants; a role counts only in the regio it was granted for.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rmt {

enum class Rol { frontoffice, adviseur, coordinator, kassier, analist, beheerder, privacy };
inline constexpr Rol alle_rollen[] = {Rol::frontoffice, Rol::adviseur, Rol::coordinator, Rol::kassier,
                                      Rol::analist,     Rol::beheerder, Rol::privacy};
std::string_view rol_naam(Rol rol) noexcept;
std::optional<Rol> parse_rol(std::string_view naam) noexcept;

struct RolToekenning {
  Rol rol;
  std::string regio_code;  // AMnn
  bool operator==(const RolToekenning&) const = default;
};

struct Principal {
  std::string medewerker_id;
  std::string organisatie_id;
  std::vector<RolToekenning> rollen;
  bool mfa_voltooid = false;  // second factor passed in this session (API tokens: true)

  bool heeft_rol(Rol rol) const noexcept;
  bool heeft_rol_in(Rol rol, std::string_view regio_code) const noexcept;
  // The regio's where the principal holds `rol` (sorted, unique).
  std::vector<std::string> regios_met(Rol rol) const;
};

enum class Actie {
  organisaties_lezen,
  organisaties_beheren,
  medewerkers_lezen,
  medewerkers_beheren,
  api_tokens_beheren,
  auditregels_lezen,
  verwerkingen_lezen,
  casus_lezen,     // any case content (aanmeldingen, klanten, trajecten): never for beheerder
  casus_schrijven,  // registering and changing case content
  aanmeldingen_behandelen,  // the front door's queue and triage
  catalogus_lezen,   // the regio's dienstencatalogus
  catalogus_beheren,
  budget_lezen,              // budgetten, ledger, verplichtingen, reports: the regio's money
  budget_voorstellen,        // a new budget, a line, a change of allocation (the kassier approves)
  budget_vaststellen,        // approving those proposals
  verplichtingen_goedkeuren, // approving the commitment of an interventie's cost
  declaraties_indienen,      // invoices: staff of the aanbieder (their own), or the kassier
  declaraties_beoordelen,
  betalen,                   // payment runs and their bank files
  casus_overzien,            // the regio's caseload per medewerker (e.g. the nametingen each has due)
};
std::string_view actie_naam(Actie actie) noexcept;

// What the action is about. regio_codes empty: the action's collection across the principal's
// own regio's (a list); otherwise one record that belongs to these regio's (an organisation can
// work in several): allowed when the principal may act in at least one of them.
// betrokken: set for a traject — the organisations working in it (the one holding the regie, and
// receivers of accepted referrals under a valid toestemming) — or for a klant in trajecten. The
// user then also needs their own organisation among them, unless they hold one of `regio_breed`
// in the regio: a coordinator sees all trajecten of the regio; frontoffice, which takes klanten
// in at the front door, all its klanten.
struct Doel {
  std::vector<std::string> regio_codes;
  std::optional<std::vector<std::string>> betrokken = std::nullopt;
  std::vector<Rol> regio_breed = {Rol::coordinator};
};
// The regio_breed of a klant's records.
inline const std::vector<Rol> klant_regio_breed = {Rol::coordinator, Rol::frontoffice};

enum class Uitkomst {
  toegestaan,
  geweigerd,  // 403: the principal may know the record exists
  verborgen,  // 404: another regio's record; its existence must not leak
};

struct Besluit {
  Uitkomst uitkomst;
  std::string reden;  // for the audit log and the problem detail (no personal data)
  bool toegestaan() const noexcept { return uitkomst == Uitkomst::toegestaan; }
};

Besluit beslis(const Principal& principal, Actie actie, const Doel& doel);

// The roles that may perform an action in their own regio (the policy's rule table).
std::vector<Rol> rollen_voor(Actie actie);

// The regio's in which the principal holds a role that may perform the action (sorted, unique).
std::vector<std::string> regios_voor(const Principal& principal, Actie actie);

}  // namespace rmt
