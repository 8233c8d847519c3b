#pragma once
// The money in the demo: budgets per regio and year, approved like a coordinator and a kassier
// would, and (for `rmt demo`) the money trail of every generated interventie in time order —
// commitments, invoices (some rejected, one duplicate refused per regio), monthly payment runs
// marked paid, releases for cancelled services.
#include <string>

#include "db/connection.hpp"

namespace rmt::app {

// A budget with the lines personele inzet, interventies and overig, the allocations approved
// and booked as toekenningen. Returns its id.
std::string laad_budget(db::Connection& conn, const std::string& regio, int jaar, std::int64_t interventies_cent,
                        const std::string& coordinator, const std::string& kassier, const std::string& op);

struct DemoGeld {
  std::int64_t mutaties = 0;
  std::int64_t declaraties = 0;
  std::int64_t dubbel_geweigerd = 0;  // duplicate invoice numbers the store refused
};

// For every regio with interventies: budgets for their years and the money trail up to `nu`
// (YYYY-MM-DD). In the caller's write transaction per regio.
DemoGeld genereer_geld(db::Connection& conn, const std::string& regio, const std::string& coordinator,
                       const std::string& kassier, const std::string& nu);

}  // namespace rmt::app
