#pragma once
// Intakes: the doelgroep of a klant per moment.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/intake.hpp"

namespace rmt::db {

void insert_intake(Connection& conn, const Intake& i, const std::optional<std::string>& medewerker_id,
                   const std::string& nu);
std::optional<Intake> find_intake(Connection& conn, const std::string& id);
// Newest first.
std::vector<Intake> list_intakes(Connection& conn, const std::string& klant_id);

}  // namespace rmt::db
