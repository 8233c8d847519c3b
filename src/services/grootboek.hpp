#pragma once
// Booking in the ledger from the services: one entry on a line the caller has locked
// (db::lock_budgetregel) in its write transaction.
#include <string>
#include <string_view>

#include "db/connection.hpp"
#include "domain/budget.hpp"
#include "services/context.hpp"

namespace rmt::services {

// A new entry by the user, now; the caller sets the document references and books it.
Mutatie mutatie(const Context& ctx, const std::string& budget_id, const std::string& regel_id, std::string_view soort,
                std::string_view rubriek, std::int64_t bedrag_cent, std::string omschrijving, const std::string& nu);

// 409 naming the line, what is left and what is asked, unless `saldo` has room for `extra`.
void eis_ruimte(const Saldo& saldo, std::int64_t extra, const std::string& regelnaam);

}  // namespace rmt::services
