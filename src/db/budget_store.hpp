#pragma once
// Budgetten, their lines and the proposals that change them. Balances come from mutatie_store.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/budget.hpp"

namespace rmt::db {

void insert_budget(Connection& conn, const Budget& b, const std::string& door);
void insert_budgetregel(Connection& conn, const Budgetregel& r);
// With its lines and their balances (ledger stands and approved overschrijdingen).
std::optional<Budget> find_budget(Connection& conn, const std::string& id);
// Every budget, by regio and year.
std::vector<std::string> alle_budget_ids(Connection& conn);
std::optional<std::string> budget_id_voor(Connection& conn, const std::string& regio_code, std::int64_t jaar);
// Newest year first; with balances.
std::vector<Budget> list_budgetten(Connection& conn, const std::vector<std::string>& regio_codes);

// Locks the line against concurrent bookings (PostgreSQL: FOR UPDATE; SQLite writers are serial)
// and returns its balance; call it in the write transaction that books.
Saldo lock_budgetregel(Connection& conn, const std::string& regel_id);

void insert_budgetwijziging(Connection& conn, const Budgetwijziging& w);
std::optional<Budgetwijziging> find_budgetwijziging(Connection& conn, const std::string& id);
std::vector<Budgetwijziging> list_budgetwijzigingen(Connection& conn, const std::string& budget_id);
// Records the kassier's decision on a proposal still voorgesteld; false when it was decided already.
bool beoordeel_budgetwijziging(Connection& conn, const Budgetwijziging& w);
// Open proposals in the regio's (the kassier's queue).
std::vector<Budgetwijziging> list_open_budgetwijzigingen(Connection& conn, const std::vector<std::string>& regio_codes);

}  // namespace rmt::db
