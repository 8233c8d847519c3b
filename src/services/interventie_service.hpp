#pragma once
// Interventies: planned in a traject from the regio's open diensten (not over the dienst's
// maximum for the klant) and taken through gepland → gestart → afgerond | afgebroken by the
// organisations involved whose toestemming covers interventies. Every change is one call that
// sees the old and the new state, in one transaction, with the interventie's verplichting
// (requested on planning when it has a cost; see verplichting_service).
#include <memory>
#include <string>

#include "db/pool.hpp"
#include "domain/interventie.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class InterventieService {
 public:
  InterventieService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  Interventie plan(const Context& ctx, const std::string& traject_id, const std::string& dienst_id,
                   InterventieInvoer invoer);
  Interventie update(const Context& ctx, const std::string& id, std::int64_t versie, InterventieInvoer invoer);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
