#pragma once
// Betaalrondes and their frozen posts.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/idempotentie.hpp"
#include "domain/betaalronde.hpp"

namespace rmt::db {

void insert_betaalronde(Connection& conn, const Betaalronde& r, const std::optional<Idempotentie>& idem = std::nullopt);
// The run first made with this key, and the fingerprint of that request's body.
std::optional<std::pair<std::string, std::string>> betaalronde_by_idempotentie(Connection& conn, const std::string& sleutel);
// With its posts (without_posten: the header only, for lists).
std::optional<Betaalronde> find_betaalronde(Connection& conn, const std::string& id, bool met_posten = true);
std::vector<Betaalronde> list_betaalrondes(Connection& conn, const std::vector<std::string>& regio_codes, std::int64_t limit);
// aangemaakt → betaald; false when it was paid already.
bool markeer_betaald(Connection& conn, const std::string& id, const std::string& door, const std::string& op);

}  // namespace rmt::db
