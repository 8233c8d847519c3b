#pragma once
// Staff accounts, their roles per regio and their login secrets.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/medewerker.hpp"

namespace rmt::db {

// What login needs besides the public record. Secrets never leave the services layer.
struct Inloggegevens {
  Medewerker medewerker;
  std::optional<std::string> wachtwoord_hash;
  std::optional<std::string> totp_geheim;  // sealed
  std::optional<std::int64_t> totp_laatste_stap;
};

std::optional<Medewerker> find_medewerker(Connection& conn, const std::string& id);

// For a query that joins medewerker (unaliased) LEFT JOIN medewerker_rol: its columns, then the
// role's, ordered by medewerker_rol_order; one row per role, or one with NULLs when there is none.
inline constexpr const char* medewerker_columns =
    "medewerker.id, medewerker.naam, medewerker.email, medewerker.organisatie_id, medewerker.status,"
    " CASE WHEN medewerker.totp_geheim IS NULL THEN 0 ELSE 1 END, medewerker.wachtwoord_wijzigen, medewerker.versie";
inline constexpr int medewerker_column_count = 8;
inline constexpr const char* medewerker_rol_columns = "medewerker_rol.rol, medewerker_rol.regio_code";
inline constexpr const char* medewerker_rol_order = "medewerker_rol.regio_code, medewerker_rol.rol";
// Reads such rows (not empty), the medewerker's columns starting at `first`.
Medewerker read_medewerker_met_rollen(const Result& rows, int first);
std::optional<Inloggegevens> find_inloggegevens(Connection& conn, const std::string& id);
std::optional<std::string> find_medewerker_id_by_email(Connection& conn, const std::string& email);

// Medewerkers with a role in, or of an organisation working in, one of `regio_codes`; by name.
Pagina<Medewerker> list_medewerkers(Connection& conn, const std::vector<std::string>& regio_codes, const Paginering& p);

// Active medewerkers holding one of `rollen` in the regio (optionally of one organisation), by
// name, at most 500: who can take the regie of a traject. Roles are not filled.
std::vector<Medewerker> list_medewerkers_met_rol(Connection& conn, const std::string& regio_code,
                                                 const std::vector<Rol>& rollen,
                                                 const std::optional<std::string>& organisatie_id);

// Throws Error(conflict) when the e-mail address is taken.
void insert_medewerker(Connection& conn, const Medewerker& m, const std::string& wachtwoord_hash, const std::string& nu);
// Naam, email, organisatie, status and roles when versie matches; false otherwise.
bool update_medewerker(Connection& conn, const Medewerker& m, const std::string& nu);

void set_wachtwoord(Connection& conn, const std::string& id, const std::string& hash, bool wijzigen_verplicht);
// Only when the stored hash is still `oude_hash` (no reset in between); false otherwise.
bool vervang_wachtwoord(Connection& conn, const std::string& id, const std::string& oude_hash, const std::string& hash,
                        bool wijzigen_verplicht);
// geheim empty: TOTP removed (re-enrolment at next login).
void set_totp(Connection& conn, const std::string& id, const std::optional<std::string>& geheim);
// Replay protection: only moves forward; false when `stap` is not after the stored step.
bool gebruik_totp_stap(Connection& conn, const std::string& id, std::int64_t stap);

void replace_herstelcodes(Connection& conn, const std::string& medewerker_id, const std::vector<std::string>& hashes);
// Marks the code used; false when unknown or already used.
bool gebruik_herstelcode(Connection& conn, const std::string& medewerker_id, const std::string& hash, const std::string& nu);

std::int64_t count_medewerkers(Connection& conn);

}  // namespace rmt::db
