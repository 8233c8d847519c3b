#pragma once
// One entry of the security audit log (BIO2 8.15: actie, object, resultaat, oorsprong, actor,
// tijdstempel). Never a password, token, TOTP secret or BSN in any field.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rmt {

struct Auditregel {
  std::int64_t volgnummer = 0;
  std::string tijdstempel;  // RFC 3339 UTC
  std::string actor;
  std::string actie;
  std::string object_type;
  std::string object_id;
  std::string resultaat;  // gelukt, mislukt, geweigerd
  std::string oorsprong_adres;
  std::string oorsprong_user_agent;
  std::string trace_id;
  std::string vorige_hash;
  std::string hash;
  // The regio's the entry belongs to, as ",AM13,AM18," (empty: none, e.g. a login attempt for
  // an unknown account): a privacy officer reads the entries of their own regio's and those
  // without one. Covered by the hash.
  std::string regios;
};

// ",AM13,AM18," from a list of regio codes (empty list: "").
std::string regio_lijst(const std::vector<std::string>& codes);

// Client-supplied text (user agent, identifiers) as stored: control characters (CR, LF, ESC…)
// become U+FFFD and the length is capped, so a value cannot forge extra lines in any log view.
std::string audit_veilig(std::string_view text, std::size_t max_length = 256);

// True when the text is valid UTF-8 without control characters or line separators (names and
// other single-line fields people type).
bool is_nette_tekst(std::string_view text);

// The bytes the chain hash covers: every field but volgnummer and hash, length-prefixed so that
// no two different entries share an encoding.
std::string audit_canoniek(const Auditregel& regel);

}  // namespace rmt
