#pragma once
// Nametingen: the list of those due per medewerker (their own; a coordinator may ask for anyone
// in the regio) and recording one once it is due, by an organisation involved in the traject.
#include <memory>
#include <optional>
#include <string>

#include "db/nameting_store.hpp"
#include "db/pool.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class NametingService {
 public:
  NametingService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // medewerker_id absent: the user's own; tot absent: today.
  db::Pagina<Nameting> te_doen(const Context& ctx, const std::optional<std::string>& medewerker_id,
                               const std::optional<std::string>& tot, const Paginering& p, Validation& v);
  Nameting vastleggen(const Context& ctx, const std::string& id, std::int64_t versie, NametingInvoer invoer);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
