#pragma once
// Login sessions (looked up by the hash of the cookie value), login throttling and API tokens.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/medewerker_store.hpp"
#include "db/regio_store.hpp"
#include "domain/autorisatie.hpp"
#include "domain/inlogpoging.hpp"
#include "domain/sessie.hpp"

namespace rmt::db {

void insert_sessie(Connection& conn, const std::string& token_hash, const Sessie& s);
std::optional<Sessie> find_sessie(Connection& conn, const std::string& token_hash);
struct SessieMetMedewerker {
  Sessie sessie;
  std::optional<Medewerker> medewerker;  // with its roles; absent when the medewerker is gone
};
std::optional<SessieMetMedewerker> find_sessie_met_medewerker(Connection& conn, const std::string& token_hash);
// Stores stap, totp_geheim_nieuw, totp_pogingen and verloopt_op.
void update_sessie(Connection& conn, const std::string& token_hash, const Sessie& s);
void delete_sessie(Connection& conn, const std::string& token_hash);
// Adds one wrong code atomically (in the caller's write transaction); returns the new count.
int tel_totp_poging(Connection& conn, const std::string& token_hash);
// Ends every other session of the medewerker (after a password change).
void delete_andere_sessies(Connection& conn, const std::string& medewerker_id, const std::string& behalve_hash);
// Ends every session of a medewerker (blocked, access reset, password changed). Returns the count.
std::int64_t delete_sessies_van(Connection& conn, const std::string& medewerker_id);

std::optional<Inlogpoging> find_inlogpoging(Connection& conn, const std::string& sleutel);
// The same, locked until the caller's write transaction ends (PostgreSQL: SELECT … FOR UPDATE on a
// row created when absent), so that concurrent failures are all counted.
std::optional<Inlogpoging> lock_inlogpoging(Connection& conn, const std::string& sleutel, const std::string& nu);
void save_inlogpoging(Connection& conn, const std::string& sleutel, const Inlogpoging& p);
void delete_inlogpoging(Connection& conn, const std::string& sleutel);

struct ApiToken {
  std::string id;
  std::string naam;
  std::string regio_code;
  std::vector<Rol> rollen;
  std::string verloopt_op;
  std::string aangemaakt_op;
  std::string aangemaakt_door;
  std::optional<std::string> ingetrokken_op;
};

void insert_api_token(Connection& conn, const std::string& token_hash, const ApiToken& t);
std::optional<ApiToken> find_api_token_by_hash(Connection& conn, const std::string& token_hash);
std::optional<ApiToken> find_api_token(Connection& conn, const std::string& id);
Pagina<ApiToken> list_api_tokens(Connection& conn, const std::vector<std::string>& regio_codes, const Paginering& p);
bool revoke_api_token(Connection& conn, const std::string& id, const std::string& nu);

}  // namespace rmt::db
