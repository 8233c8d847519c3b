#pragma once
// Toestemmingen and doorverwijzingen.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/doorverwijzing.hpp"
#include "domain/paginering.hpp"

namespace rmt::db {

void insert_toestemming(Connection& conn, const Toestemming& t);
std::optional<Toestemming> find_toestemming(Connection& conn, const std::string& id);
std::vector<Toestemming> list_toestemmingen(Connection& conn, const std::string& traject_id);
// Records the withdrawal; false when it was already withdrawn.
bool trek_toestemming_in(Connection& conn, const std::string& id, const std::string& nu);

void insert_doorverwijzing(Connection& conn, const Doorverwijzing& d);
std::optional<Doorverwijzing> find_doorverwijzing(Connection& conn, const std::string& id);
// Saves status, reden and beantwoord_op when the stored version is still d.versie.
bool update_doorverwijzing(Connection& conn, const Doorverwijzing& d);
std::vector<Doorverwijzing> list_doorverwijzingen(Connection& conn, const std::string& traject_id);
// The open referrals (verstuurd, geaccepteerd) resting on a toestemming.
std::vector<Doorverwijzing> open_doorverwijzingen(Connection& conn, const std::string& toestemming_id);

struct PostbusFilter {
  std::string organisatie_id;
  bool inbox = true;  // false: outbox
  std::vector<std::string> regio_codes;
  std::optional<std::string> status;
};
// Newest first.
Pagina<Doorverwijzing> list_postbus(Connection& conn, const PostbusFilter& f, const Paginering& p);

}  // namespace rmt::db
