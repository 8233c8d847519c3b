#pragma once
// Reads of the reference data: arbeidsmarktregio's and gemeenten of the newest year loaded.
#include <optional>
#include <string>

#include "db/connection.hpp"
#include "domain/paginering.hpp"
#include "domain/regio.hpp"

namespace rmt::db {

template <typename T>
struct Pagina {
  std::vector<T> items;
  std::int64_t total = 0;
};

Pagina<Regio> list_regios(Connection& conn, const Paginering& p);
std::optional<RegioMetGemeenten> find_regio(Connection& conn, const std::string& code);
// The regio of a gemeente in the newest reference year; nullopt for an unknown code.
std::optional<Regio> regio_van_gemeente(Connection& conn, const std::string& gemeente_code);
// regio_code empty: all gemeenten. Caller checks the regio exists.
Pagina<Gemeente> list_gemeenten(Connection& conn, const std::string& regio_code, const Paginering& p);

}  // namespace rmt::db
