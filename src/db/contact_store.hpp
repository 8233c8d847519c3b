#pragma once
// Contacten (gidsfunctie).
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/contact.hpp"
#include "domain/paginering.hpp"

namespace rmt::db {

void insert_contact(Connection& conn, const Contact& c);

struct ContactFilter {
  std::vector<std::string> regio_codes;
  std::optional<std::string> klant_id;
  std::optional<std::string> werkgever_id;
  // Set: contacts about a klant only in these regio's (elsewhere those without a klant).
  std::optional<std::vector<std::string>> klant_regio_codes = std::nullopt;
};
// Newest first.
Pagina<Contact> list_contacten(Connection& conn, const ContactFilter& filter, const Paginering& p);

}  // namespace rmt::db
