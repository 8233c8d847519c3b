#pragma once
// Interventies of trajecten.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/interventie.hpp"

namespace rmt::db {

// klant_id: the traject's klant (none for a werkgever traject), for the maximum per klant.
void insert_interventie(Connection& conn, const Interventie& i, const std::optional<std::string>& klant_id,
                        const std::string& nu);
std::optional<Interventie> find_interventie(Connection& conn, const std::string& id);
// Saves when the stored version is still i.versie; false when someone else changed it first.
bool update_interventie(Connection& conn, const Interventie& i, const std::string& nu);
// By planned start.
std::vector<Interventie> list_interventies(Connection& conn, const std::string& traject_id);
// Every interventie of a regio by planned start (the demo's money trail).
std::vector<Interventie> list_interventies_van_regio(Connection& conn, const std::string& regio_code);
// How often the klant got (or will get) the dienst: every interventie not broken off. Locks the
// klant first (PostgreSQL: FOR UPDATE; SQLite writers are serial), so concurrent plans for one
// klant count one after the other; call it in the write transaction that inserts.
std::int64_t tel_interventies(Connection& conn, const std::string& klant_id, const std::string& dienst_id);

}  // namespace rmt::db
