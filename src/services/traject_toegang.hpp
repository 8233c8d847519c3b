#pragma once
// What every service working in a traject shares: opening it under the one policy (role ×
// regio × involvement of the user's organisation × consent), what a user's organisation may see
// of it (the scope of its toestemmingen), and accounting for the work (audit, Logboek entry for
// the klant or werkgever, wijziging row, timeline entry).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/traject_store.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

inline constexpr std::string_view traject_activiteit = "va-trajecten";

struct TrajectInZicht {
  Traject traject;
  std::vector<std::string> betrokken;  // organisations working in it today
  // What the user's organisation may see: nullopt for all (it holds the regie, or the user
  // coordinates the regio); otherwise the gegevenscategorieën of its valid toestemmingen.
  std::optional<std::vector<std::string>> scope;

  bool mag_zien(std::string_view categorie) const;
};

// Loads and authorises `actie` on the traject: 404 when it does not exist, belongs to another
// regio or the user's organisation is not involved (audited).
TrajectInZicht open_traject(db::Connection& conn, const Verantwoording& v, const Context& ctx, Actie actie,
                            const std::string& id);

// What a user needs to see `categorie` (a gegevenscategorie: contactgegevens for the record and its
// BSN, doelgroep for its intakes) of a klant of `regio_code`: frontoffice (the front door takes
// klanten in) or coordinator of the regio; anyone else a traject of the klant in which their
// organisation works under a toestemming covering the category. A klant without any traject yet
// (being taken in) is the regio's. Without a category: to act for the klant (start a traject,
// take an intake), the organisation must hold the regie of one of the klant's trajecten.
Doel klant_doel(db::Connection& conn, const std::string& klant_id, const std::string& regio_code,
                const std::optional<std::string>& categorie);

// Audit entry and Logboek entry for the traject's klant (or werkgever); with `wijziging` also a
// wijziging row for the object. In the caller's write transaction.
void verantwoord(db::Connection& conn, const Verantwoording& v, const Context& ctx, const Traject& t,
                 std::string_view actie, std::string_view object_type, const std::string& object_id, bool wijziging,
                 std::chrono::system_clock::time_point start);

// The same entries for a read, added to `log` for Verantwoording::leg_vast.
void verantwoord_lezing(db::Connection& conn, const Verantwoording& v, const Context& ctx, const Traject& t,
                        std::string_view actie, std::string_view object_type, const std::string& object_id,
                        std::chrono::system_clock::time_point start, Leeslog& log);

// A timeline entry by the user, now.
db::Gebeurtenis gebeurtenis(const Context& ctx, const std::string& traject_id, std::string soort,
                            std::string omschrijving, const std::string& nu);

// 400 naming one bad field (a reference that does not fit: unknown, closed, of another regio).
[[noreturn]] void ongeldig(std::string veld, std::string code, std::string reden);

// 409 unless the traject is open (not afgesloten).
void eis_open(const Traject& t);

std::string nu_tekst();

}  // namespace rmt::services
