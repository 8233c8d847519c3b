#pragma once
// Klanten; the BSN only sealed and as a blind index (the services layer handles the keys).
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/klant.hpp"

namespace rmt::db {

struct KlantRij {
  Klant klant;  // bsn not filled
  std::optional<std::string> bsn_versleuteld;
};

void insert_klant(Connection& conn, const Klant& k, const std::optional<std::string>& bsn_versleuteld,
                  const std::optional<std::string>& bsn_index, const std::string& nu);
std::optional<KlantRij> find_klant(Connection& conn, const std::string& id);
std::int64_t count_klanten(Connection& conn);

// Matches within the given regio's only (at most 50).
std::vector<KlantRij> find_klanten_by_bsn_index(Connection& conn, const std::string& index,
                                                const std::vector<std::string>& regio_codes);
std::vector<KlantRij> find_klanten_by_naam(Connection& conn, const std::string& naam, const std::string& geboortedatum,
                                           const std::vector<std::string>& regio_codes);

}  // namespace rmt::db
