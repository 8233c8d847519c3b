#include "services/casus_regio.hpp"

#include <algorithm>

#include "db/regio_store.hpp"

namespace rmt::services {

Regio casus_regio(db::Connection& conn, const Verantwoording& v, const Context& ctx, const std::string& gemeente_code,
                  std::string_view veld, std::string_view object_type) {
  v.autoriseer(conn, ctx, Actie::casus_schrijven, {}, object_type, "*");
  auto regio = db::regio_van_gemeente(conn, gemeente_code);
  if (!regio) {
    throw Error(ErrorCode::invalid_input, "De aanvraag bevat 1 ongeldig veld.",
                {{std::string(veld), "unknown", "Deze gemeente bestaat niet."}});
  }
  const auto eigen = regios_voor(ctx.principal, Actie::casus_schrijven);
  if (std::find(eigen.begin(), eigen.end(), regio->code) == eigen.end()) {
    v.weiger(conn, ctx, Actie::casus_schrijven, object_type, "*",
             "Deze gemeente hoort bij een regio waarin u geen rol heeft.");
  }
  return *regio;
}

}  // namespace rmt::services
