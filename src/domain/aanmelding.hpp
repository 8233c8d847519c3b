#pragma once
// An aanmelding: a question that arrived at the front door (web, telefoon, balie, via a partner),
// from a person or an employer, routed to the regio of the gemeente. The public side knows it only
// by referentienummer plus a secret code and sees only its status.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct AanmeldingInvoer {
  std::string soort;  // persoon, werkgever
  std::string naam;   // the person, or the employer's contact person
  std::optional<std::string> email;
  std::optional<std::string> telefoon;
  std::optional<std::string> bedrijfsnaam;  // werkgever
  std::optional<std::string> kvk_nummer;    // werkgever
  std::string gemeente_code;
  std::string categorie;
  std::string vraag;
  std::string kanaal;
  bool toestemming_contact = false;
};

// nieuw → toegewezen → klant | afgesloten (toegewezen may be skipped; assigning again is allowed).
namespace aanmelding_status {
inline constexpr std::string_view nieuw = "nieuw";
inline constexpr std::string_view toegewezen = "toegewezen";
inline constexpr std::string_view klant = "klant";
inline constexpr std::string_view afgesloten = "afgesloten";
}  // namespace aanmelding_status

struct Aanmelding : AanmeldingInvoer {
  std::string id;
  std::string referentienummer;
  std::string regio_code;
  std::string status{aanmelding_status::nieuw};
  std::optional<std::string> organisatie_id;
  std::optional<std::string> medewerker_id;
  std::optional<std::string> klant_id;
  std::optional<std::string> werkgever_id;
  std::optional<std::string> contact_id;
  std::int64_t versie = 1;
  std::string ontvangen_op;  // RFC 3339
};

inline constexpr std::size_t max_vraag_bytes = 4000;

// Adds every bad field to `v`; normalises the e-mail address and strips spaces from the KvK-nummer.
void valideer(AanmeldingInvoer& invoer, const Codelijsten& lijsten, Validation& v);

// Triage is possible while the aanmelding is nieuw or toegewezen.
bool is_open(std::string_view status) noexcept;

// What the public status page may say: no personal data, only where it stands and what comes next.
struct PubliekeStatus {
  std::string_view status;  // ontvangen, in_behandeling, afgerond
  std::string_view omschrijving;
  std::string_view volgende_stap;
};
PubliekeStatus publieke_status(std::string_view status) noexcept;

// "RMT-" + 4 + "-" + 4 characters of Crockford base32 (no I, L, O, U) from 40 random bits.
std::string referentienummer_uit(std::uint64_t random_bits);
// The secret status code: 8 Crockford base32 characters from the low 40 bits.
std::string geheime_code_uit(std::uint64_t bits);
// Upper case, without spaces and dashes, with O→0 and I/L→1 (what people mistype).
std::string normaliseer_code(std::string_view invoer);
bool is_referentienummer(std::string_view text) noexcept;

}  // namespace rmt
