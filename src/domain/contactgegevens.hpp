#pragma once
// Checks shared by everything that records a person or employer: names, e-mail, phone, gemeente
// and KvK-nummer. Each adds its field to `v` with a Dutch reason; none echoes the value.
#include <optional>
#include <string>
#include <string_view>

#include "domain/error.hpp"
#include "domain/organisatie.hpp"  // is_kvk_nummer
#include "domain/regio.hpp"        // is_gemeente_code

namespace rmt {

// A Dutch or international phone number: digits with optional leading +, spaces and dashes;
// 8 to 15 digits.
bool is_telefoon(std::string_view telefoon) noexcept;

// 1..200 characters without line breaks or control characters.
void valideer_naam(std::string_view veld, const std::string& naam, Validation& v);
// Optional free text up to max_bytes; line breaks allowed, other control characters not.
void valideer_tekst(std::string_view veld, const std::optional<std::string>& tekst, std::size_t max_bytes,
                    Validation& v);
// Normalises the e-mail address.
void valideer_contactgegevens(std::optional<std::string>& email, const std::optional<std::string>& telefoon,
                              Validation& v);
void valideer_gemeente(std::string_view veld, const std::string& code, Validation& v);

}  // namespace rmt
