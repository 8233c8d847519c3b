#pragma once
#include <memory>
#include <string>

#include "db/connection.hpp"

namespace rmt::db {

// Connects with a libpq connection URI (postgresql://user@host:port/db). A lost connection is
// re-established on the next statement outside a transaction.
std::unique_ptr<Connection> open_postgres(const std::string& uri);

}  // namespace rmt::db
