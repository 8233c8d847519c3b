#pragma once
// Nametingen after a traject closed.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/nameting.hpp"
#include "domain/paginering.hpp"

namespace rmt::db {

void insert_nameting(Connection& conn, const Nameting& n);
std::optional<Nameting> find_nameting(Connection& conn, const std::string& id);
// Records the meting when the stored version is still n.versie and it is open.
bool leg_nameting_vast(Connection& conn, const Nameting& n);
std::vector<Nameting> list_nametingen(Connection& conn, const std::string& traject_id);
// Removes the open ones of a reopened traject; returns how many.
std::int64_t schrap_open_nametingen(Connection& conn, const std::string& traject_id);
// The open nametingen of a traject go to its new regievoerder.
void wijs_open_nametingen_toe(Connection& conn, const std::string& traject_id, const std::string& medewerker_id);

struct NametingFilter {
  std::vector<std::string> regio_codes;
  std::optional<std::string> verantwoordelijke_id;
  std::string tot;  // due on or before this date (YYYY-MM-DD)
};
// The open ones due, oldest first.
Pagina<Nameting> list_te_doen(Connection& conn, const NametingFilter& f, const Paginering& p);
// The open ones due per verantwoordelijke (f.verantwoordelijke_id is ignored), most first.
std::vector<NametingenTeDoen> tel_te_doen(Connection& conn, const NametingFilter& f);

}  // namespace rmt::db
