#pragma once
// A traject: the klant's question at the centre, with one regievoerder (a medewerker) whose
// organisation holds the regie, goals, interventies from the catalogue and referrals to partners.
// Status: aangemeld → intake → actief → afgesloten (closing from any open state, with a reason and
// a resultaat); a closed traject may be reopened (to actief), which is recorded. A werkgever
// traject carries a personeelsvraag; the trajecten of its employees link to it.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

namespace traject_status {
inline constexpr std::string_view aangemeld = "aangemeld";
inline constexpr std::string_view intake = "intake";
inline constexpr std::string_view actief = "actief";
inline constexpr std::string_view afgesloten = "afgesloten";
}  // namespace traject_status

struct TrajectInvoer {
  std::optional<std::string> klant_id;      // persoon
  std::optional<std::string> werkgever_id;  // werkgever
  std::optional<std::string> aanmelding_id;
  std::optional<std::string> werkgever_traject_id;  // an employee's traject within an employer's
  std::string categorie;  // codelijst categorie (persoon) or personeelsvraag (werkgever)
  std::string klantvraag;  // the client's words
  std::optional<std::string> doelen;
  std::string regievoerder_id;
  std::optional<std::string> startdatum;  // YYYY-MM-DD; absent: today. Earlier for work begun on paper.
};

// The outcome recorded when a traject closes.
struct Resultaat {
  std::string uitkomst;  // codelijst trajectuitkomst
  std::string datum;     // YYYY-MM-DD
  std::optional<std::string> contractvorm;  // werk gevonden / behouden / van werk naar werk
  std::optional<std::int64_t> uren_per_week;
  std::optional<std::string> toelichting;
};

struct Traject : TrajectInvoer {
  std::string id;
  std::string regio_code;
  std::string soort;            // persoon, werkgever
  std::string organisatie_id;   // the regievoerder's organisation: holds the regie
  std::optional<std::string> intake_id;  // the doelgroep snapshot: the newest intake at creation
  std::string status{traject_status::aangemeld};
  std::optional<Resultaat> resultaat;
  std::string laatste_dienst_op;  // YYYY-MM-DD: the last service activity, or the start
  std::int64_t versie = 1;
  std::string aangemaakt_op;  // RFC 3339
  std::string gewijzigd_op;
};

inline constexpr std::size_t max_klantvraag_bytes = 4000;

// Exactly one of klant_id and werkgever_id; categorie from the list of that soort; texts bounded;
// a startdatum not in the future and at most five years back.
void valideer(const TrajectInvoer& invoer, std::string_view vandaag, const Codelijsten& lijsten, Validation& v);

bool is_traject_status(std::string_view status) noexcept;
// The allowed steps; closing and reopening need more (a resultaat, a reason): see valideer_overgang.
bool mag_overgaan(std::string_view van, std::string_view naar) noexcept;

// A status change: to afgesloten needs a resultaat (valid, not in the future, not before the
// traject began); reopening (afgesloten → actief) needs a reden. Adds every bad field to `v`.
void valideer_overgang(std::string_view van, std::string_view naar, const std::optional<std::string>& reden,
                       const std::optional<Resultaat>& resultaat, std::string_view begonnen_op,
                       std::string_view vandaag, const Codelijsten& lijsten, Validation& v);

// The exit rule: an open traject without any service activity for 90 days should be closed.
inline constexpr int dagen_zonder_dienst = 90;
bool sluiten_aanbevolen(std::string_view status, std::string_view laatste_dienst_op, std::string_view vandaag);

// The nameting dates: 3, 6 and 12 months after the closing date (clamped to the month's end).
std::vector<std::string> nametingdata(std::string_view afgesloten_op);

// YYYY-MM-DD `dagen` days before `datum` (a valid date).
std::string dagen_terug(std::string_view datum, int dagen);

}  // namespace rmt
