#pragma once
// The audit log table: append with the chain hash, filtered reads, and chain verification.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "domain/auditregel.hpp"

namespace rmt::db {

// Computes an entry's chain hash (security/audit_chain: keyed HMAC). Passed in so db/ stays
// free of key handling.
using ChainHash = std::function<std::string(const Auditregel&)>;

// Appends within the caller's write transaction: the entry commits (or rolls back) with the
// change it records. Serialised (PostgreSQL advisory lock; SQLite's single writer) so the chain
// has no forks. Fills volgnummer, vorige_hash and hash.
void append_auditregel(Connection& conn, Auditregel& regel, const ChainHash& hash);

struct AuditFilter {
  std::string actor;
  std::string object_type;
  std::string object_id;
  std::string van;  // RFC 3339, inclusive
  std::string tot;  // RFC 3339, exclusive
  // Only entries of these regio's and entries without a regio; nullopt: all (command line).
  std::optional<std::vector<std::string>> regios;
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

struct AuditPagina {
  std::vector<Auditregel> regels;  // newest first
  std::int64_t total = 0;
};

AuditPagina list_auditregels(Connection& conn, const AuditFilter& filter);

struct ChainStatus {
  std::int64_t gecontroleerd = 0;                 // entries checked
  std::optional<std::int64_t> eerste_breuk;       // volgnummer of the first broken entry
};

// Recomputes the chain from the first entry, in batches; stops at the first broken entry.
ChainStatus verify_audit_chain(Connection& conn, const ChainHash& hash);

}  // namespace rmt::db
