#pragma once
// The dienstencatalogus.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/dienst.hpp"
#include "domain/paginering.hpp"

namespace rmt::db {

void insert_dienst(Connection& conn, const Dienst& d, const std::string& nu);
std::optional<Dienst> find_dienst(Connection& conn, const std::string& id);
// Saves when the stored version is still d.versie; false when someone else changed it first.
bool update_dienst(Connection& conn, const Dienst& d, const std::string& nu);

struct DienstFilter {
  std::vector<std::string> regio_codes;
  std::optional<std::string> status;
  std::optional<std::string> type;
};
// By name.
Pagina<Dienst> list_diensten(Connection& conn, const DienstFilter& filter, const Paginering& p);

}  // namespace rmt::db
