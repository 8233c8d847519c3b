#include "services/casus_regio.hpp"

#include <algorithm>

#include "db/regio_store.hpp"

namespace rmt::services {

Regio casus_regio(db::Connection& conn, const Verantwoording& v, const Context& ctx, const std::string& gemeente_code,
                  std::string_view veld, std::string_view object_type, Validation& fouten) {
  v.autoriseer(conn, ctx, Actie::casus_schrijven, {}, object_type, "*");
  const auto regio = db::regio_van_gemeente(conn, gemeente_code);
  // A malformed code was reported by the caller's validation already.
  if (!regio && is_gemeente_code(gemeente_code)) fouten.add(std::string(veld), "unknown", "Deze gemeente bestaat niet.");
  fouten.throw_if_invalid();
  const auto eigen = regios_voor(ctx.principal, Actie::casus_schrijven);
  if (std::find(eigen.begin(), eigen.end(), regio.value().code) == eigen.end()) {
    v.weiger(conn, ctx, Actie::casus_schrijven, object_type, "*",
             "Deze gemeente hoort bij een regio waarin u geen rol heeft.");
  }
  return regio.value();
}

}  // namespace rmt::services
