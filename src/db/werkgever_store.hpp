#pragma once
// Werkgevers (employers as klanten).
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/werkgever.hpp"

namespace rmt::db {

void insert_werkgever(Connection& conn, const Werkgever& w, const std::string& nu);
std::optional<Werkgever> find_werkgever(Connection& conn, const std::string& id);
// Within the given regio's, at most 50, by name.
std::vector<Werkgever> find_werkgevers_by_kvk(Connection& conn, const std::string& kvk_nummer,
                                              const std::vector<std::string>& regio_codes);
// Case-insensitive prefix of the company name.
std::vector<Werkgever> find_werkgevers_by_naam(Connection& conn, const std::string& begin,
                                               const std::vector<std::string>& regio_codes);

}  // namespace rmt::db
