#pragma once
// Declaraties and the interventies they cover.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/idempotentie.hpp"
#include "db/regio_store.hpp"
#include "domain/declaratie.hpp"

namespace rmt::db {

bool factuurnummer_gebruikt(Connection& conn, const std::string& aanbieder_id, const std::string& factuurnummer);
// false when the aanbieder already used the factuurnummer (nothing written).
bool insert_declaratie(Connection& conn, const Declaratie& d, const std::optional<Idempotentie>& idem = std::nullopt);
// The declaratie first created with this key, and the fingerprint of that request's body.
std::optional<std::pair<std::string, std::string>> declaratie_by_idempotentie(Connection& conn, const std::string& sleutel);
std::optional<Declaratie> find_declaratie(Connection& conn, const std::string& id);
struct DeclaratieFilter {
  std::vector<std::string> regio_codes;
  std::optional<std::string> aanbieder_id;  // the provider's own staff see only theirs
  std::string status;                       // empty: all
};
// Newest first, without regels.
Pagina<Declaratie> list_declaraties(Connection& conn, const DeclaratieFilter& f, const Paginering& pg);
// Status, decision and run, when the stored version is still d.versie (then +1).
bool update_declaratie(Connection& conn, const Declaratie& d);
// What is claimed on the interventie by declaraties not rejected, except `behalve`.
std::int64_t geclaimd(Connection& conn, const std::string& interventie_id, const std::string& behalve = "");
// Approved declaraties not in a run yet, of a regio, oldest first.
std::vector<Declaratie> te_betalen(Connection& conn, const std::string& regio_code, std::int64_t limit);

// Each declaratie's share in a budget: the sum of its regels whose interventie's verplichting is
// booked there (a declaratie may cover interventies of two years).
struct DeclaratieAandeel {
  std::string id;
  std::string status;
  std::int64_t bedrag_cent = 0;
};
std::vector<DeclaratieAandeel> aandelen_in_budget(Connection& conn, const std::string& budget_id);

}  // namespace rmt::db
