#pragma once
// Verplichtingen: requested with an interventie that has a cost, approved by coordinators (two
// different ones from the budget's threshold on), which books the commitment on a budget line
// under that line's lock; they follow the interventie (released when it is cancelled or ends
// cheaper). The interventie service calls the two hooks inside its own transaction.
#include <memory>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "db/regio_store.hpp"
#include "domain/interventie.hpp"
#include "domain/verplichting.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

// Hooks, in the interventie service's write transaction.
void vraag_verplichting_aan(db::Connection& conn, const Context& ctx, const Interventie& i, const std::string& nu);
// 409 when a costed interventie would start before its commitment is approved, or its cost would
// rise above the approved commitment.
void volg_interventie(db::Connection& conn, const Context& ctx, const Interventie& oud, const Interventie& nieuw,
                      const std::string& nu);

struct VerplichtingBesluit {
  std::string besluit;  // goedgekeurd, afgewezen
  std::optional<std::string> regel_id;  // the line to book on; default the budget's interventies line
  std::optional<std::string> reden;     // required when afgewezen
};

class VerplichtingService {
 public:
  VerplichtingService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  db::Pagina<Verplichting> list(const Context& ctx, const std::string& status, const Paginering& p);
  Verplichting get(const Context& ctx, const std::string& id);
  Verplichting beoordeel(const Context& ctx, const std::string& id, std::int64_t versie, const VerplichtingBesluit& b);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
