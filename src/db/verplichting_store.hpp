#pragma once
// Verplichtingen: one per interventie with a cost.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/verplichting.hpp"

namespace rmt::db {

void insert_verplichting(Connection& conn, const Verplichting& v);
std::optional<Verplichting> find_verplichting(Connection& conn, const std::string& id);
std::optional<Verplichting> verplichting_van(Connection& conn, const std::string& interventie_id);
// Saves status, amount, line and approvers when the stored version is still v.versie (then +1).
bool update_verplichting(Connection& conn, const Verplichting& v);
// The regio's verplichtingen with `status` (empty: all), oldest request first.
Pagina<Verplichting> list_verplichtingen(Connection& conn, const std::vector<std::string>& regio_codes,
                                         const std::string& status, const Paginering& p);

// Every verplichting booked on the budget.
std::vector<Verplichting> verplichtingen_van_budget(Connection& conn, const std::string& budget_id);

}  // namespace rmt::db
