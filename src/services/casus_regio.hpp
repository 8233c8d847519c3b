#pragma once
// Where new case content belongs: the regio of the gemeente the person lives or the employer is
// established in. Registering it needs casus_schrijven in that regio.
#include <string>
#include <string_view>

#include "db/connection.hpp"
#include "domain/regio.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

// 403 (audited) when the user has no role that may register case content; then throws `fouten`
// (the caller's validation findings) plus `veld` for an unknown gemeente as one 400; then 403
// (audited) when the user lacks that role in the gemeente's regio.
Regio casus_regio(db::Connection& conn, const Verantwoording& v, const Context& ctx, const std::string& gemeente_code,
                  std::string_view veld, std::string_view object_type, Validation& fouten);

}  // namespace rmt::services
