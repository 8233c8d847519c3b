#pragma once
// Intakes: the doelgroep of a klant, recorded per moment by frontoffice, adviseur or coordinator
// of the klant's regio. The age class is derived on the server; the code list version in force
// is stored with each intake.
#include <memory>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "domain/intake.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class IntakeService {
 public:
  IntakeService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // invoer.datum empty: today.
  Intake create(const Context& ctx, const std::string& klant_id, IntakeInvoer invoer);
  std::vector<Intake> list(const Context& ctx, const std::string& klant_id);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
