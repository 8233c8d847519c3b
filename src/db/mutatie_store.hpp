#pragma once
// The ledger: append-only (the tables' triggers refuse UPDATE and DELETE).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/budget.hpp"

namespace rmt::db {

// Books one entry: sets m.volgnummer is the database's, m.stand_cent = the line's rubriek stand
// before + m.bedrag_cent. The caller holds the line's lock (lock_budgetregel).
void boek_mutatie(Connection& conn, Mutatie& m);
// The line's stand in each rubriek (the newest entry's stand_cent).
Saldo stand_van(Connection& conn, const std::string& regel_id);
// The entries of a declaratie, oldest first.
std::vector<Mutatie> mutaties_van_declaratie(Connection& conn, const std::string& declaratie_id);
// A page of a budget's ledger in booking order, after volgnummer `na`.
std::vector<Mutatie> list_mutaties(Connection& conn, const std::string& budget_id, std::int64_t na, std::int64_t limit);
// Streams every entry of a budget in booking order (verify, exports) without holding them all.
void elke_mutatie(Connection& conn, const std::string& budget_id, const std::function<void(const Mutatie&)>& f);
// What was committed on a line from a day on (the forecast's pace).
std::int64_t verplicht_sinds(Connection& conn, const std::string& regel_id, const std::string& sinds);

// Spending of a budget (verplicht, gedeclareerd, betaald of the commitments) grouped by `per`:
// dienst, diensttype, aanbieder, doelgroep (the uitkeringssituatie at intake) or maand (YYYY-MM of
// booking).
std::vector<Uitgavenregel> uitgaven(Connection& conn, const std::string& budget_id, const std::string& per);
// The sums of every entry of the budget per rubriek, and how many entries there are.
Saldo grootboek_totaal(Connection& conn, const std::string& budget_id, std::int64_t& aantal);

}  // namespace rmt::db
