#pragma once
// Declaraties: entered by staff of the aanbieder (for their own organisation) or by the kassier,
// for interventies the aanbieder delivered that were started, not above what is still open of
// their commitments unless the submitter asks for it; approved or rejected by a kassier who did
// not enter it. Approval books gedeclareerd (and, when explicitly approved, the commitment's
// increase for the part above it); a correctie reverses an approval not yet in a payment run.
#include <memory>
#include <string>
#include <vector>

#include "db/idempotentie.hpp"
#include "db/pool.hpp"
#include "db/regio_store.hpp"
#include "domain/declaratie.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct DeclaratieBesluit {
  std::string besluit;  // goedgekeurd, afgewezen
  std::optional<std::string> reden;
  bool akkoord_boven_verplichting = false;
};

class DeclaratieService {
 public:
  DeclaratieService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // With an Idempotency-Key (idem), a retry returns the declaratie the first request made.
  Declaratie create(const Context& ctx, DeclaratieInvoer invoer, const std::optional<db::Idempotentie>& idem = std::nullopt);
  Declaratie get(const Context& ctx, const std::string& id);
  db::Pagina<Declaratie> list(const Context& ctx, const std::string& status, const Paginering& p);
  Declaratie beoordeel(const Context& ctx, const std::string& id, std::int64_t versie, const DeclaratieBesluit& b);
  // Reverses an approval (goedgekeurd, not in a run) with correctie entries; back to ingediend.
  Declaratie corrigeer(const Context& ctx, const std::string& id, std::int64_t versie, const std::string& reden);

 private:
  Declaratie lees(db::Connection& conn, const Context& ctx, const std::string& id);

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
