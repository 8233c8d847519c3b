#pragma once
// Partner organisations and the regio's they work in.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/organisatie.hpp"

namespace rmt::db {

std::optional<Organisatie> find_organisatie(Connection& conn, const std::string& id);

// Organisations working in at least one of `regio_codes` (optionally only `regio`), by name.
Pagina<Organisatie> list_organisaties(Connection& conn, const std::vector<std::string>& regio_codes,
                                      const Paginering& p);

void insert_organisatie(Connection& conn, const Organisatie& o, const std::string& nu);
// Writes o with versie + 1 when the stored versie equals o.versie; false when it did not.
bool update_organisatie(Connection& conn, const Organisatie& o, const std::string& nu);

}  // namespace rmt::db
