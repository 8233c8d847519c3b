#pragma once
// Working together in one traject. A doorverwijzing sends the klant's question from one
// organisation to another and needs the klant's toestemming for exactly that: which data
// (scope), to which organisation, valid until a date, withdrawable at any moment (recorded).
// Status verstuurd → geaccepteerd | afgewezen (reden); geaccepteerd → afgerond; verstuurd or
// geaccepteerd → ingetrokken (by the sender, or because the toestemming was withdrawn).
// The receiving organisation works in the traject while the referral is accepted (or done) and
// its toestemming holds: that is what the authorisation policy is told (Doel::betrokken).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct ToestemmingInvoer {
  std::string organisatie_id;       // to whom the data may go
  std::vector<std::string> scope;   // codelijst gegevenscategorie
  std::string geldig_tot;           // YYYY-MM-DD
  std::string vastgelegd_via;       // mondeling, schriftelijk, digitaal
  std::optional<std::string> toelichting;
};

struct Toestemming : ToestemmingInvoer {
  std::string id;
  std::string traject_id;
  std::string gegeven_op;  // RFC 3339
  std::optional<std::string> ingetrokken_op;
  std::string vastgelegd_door;  // medewerker
};

// Not withdrawn and not expired on `vandaag`.
bool geldig(const Toestemming& t, std::string_view vandaag) noexcept;

// geldig_tot from today up to two years ahead; a known scope (at least one, no repeats).
void valideer(ToestemmingInvoer& invoer, std::string_view vandaag, const Codelijsten& lijsten, Validation& v);

namespace doorverwijzing_status {
inline constexpr std::string_view verstuurd = "verstuurd";
inline constexpr std::string_view geaccepteerd = "geaccepteerd";
inline constexpr std::string_view afgewezen = "afgewezen";
inline constexpr std::string_view afgerond = "afgerond";
inline constexpr std::string_view ingetrokken = "ingetrokken";
}  // namespace doorverwijzing_status

struct Doorverwijzing {
  std::string id;
  std::string traject_id;
  std::string regio_code;
  std::string van_organisatie_id;
  std::string naar_organisatie_id;
  std::string toestemming_id;
  std::string vraag;
  std::string status{doorverwijzing_status::verstuurd};
  std::optional<std::string> reden;
  std::string verstuurd_door;
  std::string verstuurd_op;  // RFC 3339
  std::optional<std::string> beantwoord_op;
  std::int64_t versie = 1;
};

// Who may take a step: the receiver accepts, rejects and finishes; the sender withdraws.
enum class Partij { afzender, ontvanger };
bool mag_overgaan_doorverwijzing(std::string_view van, std::string_view naar, Partij partij) noexcept;

// Whether an accepted referral lets the receiver into the traject.
bool geeft_toegang(std::string_view status) noexcept;

}  // namespace rmt
