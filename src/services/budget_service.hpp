#pragma once
// Budgetten: a coordinator proposes a budget, its lines and every change of an allocation or an
// overschrijding; a kassier (not the proposer) approves, which books the toekenning in the
// ledger. Reads: balances per line from the ledger, the forecast, spending reports, the ledger
// itself and the year-end accountability.
#include <memory>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "domain/budget.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct BudgetBeeld {
  Budget budget;
  std::vector<Budgetwijziging> wijzigingen;
  std::vector<Prognose> prognoses;  // per line, in the order of budget.regels
};

class BudgetService {
 public:
  BudgetService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  BudgetBeeld create(const Context& ctx, const BudgetInvoer& invoer);
  BudgetBeeld get(const Context& ctx, const std::string& id);
  std::vector<Budget> list(const Context& ctx);
  BudgetBeeld add_regel(const Context& ctx, const std::string& budget_id, const BudgetregelInvoer& invoer);
  // A proposal by a coordinator: soort toekenning or overschrijding, a signed amount.
  Budgetwijziging stel_voor(const Context& ctx, const std::string& budget_id, Budgetwijziging w);
  // The kassier's decision: goedgekeurd books it (409 when the line would not cover what is
  // committed), afgewezen needs a reason.
  Budgetwijziging beoordeel(const Context& ctx, const std::string& id, const std::string& besluit,
                            const std::optional<std::string>& reden);
  // Proposals waiting for a kassier in the user's regio's.
  std::vector<Budgetwijziging> open_wijzigingen(const Context& ctx);
  std::vector<Uitgavenregel> uitgaven(const Context& ctx, const std::string& budget_id, const std::string& per);
  std::vector<Mutatie> mutaties(const Context& ctx, const std::string& budget_id, std::int64_t na, std::int64_t limit);
  Jaarverantwoording verantwoording(const Context& ctx, const std::string& budget_id);

 private:
  Budget lees(db::Connection& conn, const Context& ctx, const std::string& id);
  BudgetBeeld beeld(db::Connection& conn, Budget b);

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
