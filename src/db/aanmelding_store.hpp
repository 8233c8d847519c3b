#pragma once
// Aanmeldingen and the triage queue.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/idempotentie.hpp"
#include "db/regio_store.hpp"
#include "domain/aanmelding.hpp"
#include "domain/paginering.hpp"

namespace rmt::db {

// The hashes that make a repeated submit return the first result.
void insert_aanmelding(Connection& conn, const Aanmelding& a, const std::optional<Idempotentie>& idem,
                       const std::string& nu);
std::optional<Aanmelding> find_aanmelding(Connection& conn, const std::string& id);
std::optional<Aanmelding> find_aanmelding_by_referentienummer(Connection& conn, const std::string& nummer);
// The aanmelding first created with this key, and the fingerprint of that request.
std::optional<std::pair<Aanmelding, std::string>> find_aanmelding_by_idempotentie(Connection& conn,
                                                                                 const std::string& sleutel);

struct WachtrijFilter {
  std::vector<std::string> regio_codes;
  std::vector<std::string> statussen;          // empty: all
  std::optional<std::string> categorie;
  std::optional<std::string> ontvangen_voor;  // RFC 3339: waiting at least since then
};
// Oldest first.
Pagina<Aanmelding> list_wachtrij(Connection& conn, const WachtrijFilter& filter, const Paginering& p);

// Saves status and triage links when the stored version is still `versie`; the row's version
// becomes versie + 1. False when someone else changed it first.
bool update_triage(Connection& conn, const Aanmelding& a, std::int64_t versie, const std::string& nu);

}  // namespace rmt::db
