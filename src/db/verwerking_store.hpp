#pragma once
// The Logboek Dataverwerkingen table and the shipped register of processing activities.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/verwerking.hpp"

namespace rmt::db {

// The register (data/verwerkingsactiviteiten.csv, compiled in), parsed once.
const std::vector<Verwerkingsactiviteit>& verwerkingsactiviteiten();
bool is_verwerkingsactiviteit(const std::string& id);

void append_verwerking(Connection& conn, const Verwerking& v);

// The regio's an actor works in: a medewerker's role regio's, or ("token:<id>") an API token's.
std::vector<std::string> regios_van_actor(Connection& conn, const std::string& actor);
// The regio's of a data subject: a klant's regio; a medewerker's role and organisation regio's.
std::vector<std::string> regios_van_betrokkene(Connection& conn, std::string_view soort, const std::string& id);

// Entries for one pseudonymised data subject, newest first.
Pagina<Verwerking> list_verwerkingen(Connection& conn, const std::string& betrokkene, const Paginering& p);

}  // namespace rmt::db
