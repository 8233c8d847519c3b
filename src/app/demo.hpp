#pragma once
// The demo region for `make run` and the browser tests (development mode only): organisations in
// AM13 Midden-Utrecht and AM18 Groot Amsterdam and one account per role. All demo accounts share
// one password and one TOTP secret, printed at start — never use this outside development.
#include <string_view>

#include "db/connection.hpp"
#include "services/verantwoording.hpp"

namespace rmt::app {

inline constexpr std::string_view demo_wachtwoord = "Werkcentrum-demo-2026";
inline constexpr std::string_view demo_totp_geheim = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

// Loads the demo data when the database has no medewerkers yet; returns whether it did.
bool laad_demo(db::Connection& conn, const services::Verantwoording& v);

// The lines printed at start: the logins and how to get the codes.
void print_demo_logins();

}  // namespace rmt::app
