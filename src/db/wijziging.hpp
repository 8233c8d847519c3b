#pragma once
// The change feed: every domain write appends one row in the same transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace rmt::db {

struct Wijziging {
  std::int64_t volgnummer = 0;
  std::string tijdstip;
  std::string object_type;  // e.g. "aanmelding"
  std::string object_id;
  std::string actie;        // aangemaakt, gewijzigd, verwijderd, ...
  std::optional<std::string> regio_code;
  std::optional<std::string> trace_id;
};

// Must run inside the writing transaction. On PostgreSQL it takes a transaction-scoped advisory
// lock first, so that volgnummers become visible in commit order and a reader that remembers
// the last volgnummer it saw never skips a row committed later with a lower number.
void append_wijziging(Connection& conn, const Wijziging& w);

// Rows with volgnummer > after, oldest first, at most `limit`.
std::vector<Wijziging> wijzigingen_na(Connection& conn, std::int64_t after, std::int64_t limit);

}  // namespace rmt::db
