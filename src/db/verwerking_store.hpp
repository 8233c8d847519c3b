#pragma once
// The Logboek Dataverwerkingen table and the shipped register of processing activities.
#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/verwerking.hpp"

namespace rmt::db {

// The register (data/verwerkingsactiviteiten.csv, compiled in), parsed once.
const std::vector<Verwerkingsactiviteit>& verwerkingsactiviteiten();
bool is_verwerkingsactiviteit(const std::string& id);

void append_verwerking(Connection& conn, const Verwerking& v);

// Entries for one pseudonymised data subject, newest first.
Pagina<Verwerking> list_verwerkingen(Connection& conn, const std::string& betrokkene, const Paginering& p);

}  // namespace rmt::db
