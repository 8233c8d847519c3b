#pragma once
// Nametingen: the list of those due per medewerker (their own; a coordinator may ask for anyone
// in the regio, and for how many each has due) and recording one once it is due, by an
// organisation involved in the traject.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/nameting_store.hpp"
#include "db/pool.hpp"
#include "db/traject_store.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

// A page of nametingen due and whom each is for (by traject id): the adviser has to reach them.
// Showing the names is a processing of their data: audited, and logged per person in the Logboek.
struct NametingLijst {
  db::Pagina<Nameting> pagina;
  std::map<std::string, db::TrajectPartij> partijen;
};

class NametingService {
 public:
  NametingService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // medewerker_id absent: the user's own; tot absent: today.
  NametingLijst te_doen(const Context& ctx, const std::optional<std::string>& medewerker_id,
                        const std::optional<std::string>& tot, const Paginering& p, Validation& v);
  // A coordinator's overview: how many are due per medewerker in the regio's where the user may
  // see the caseload (Actie::casus_overzien; 403 for others). tot absent: today.
  std::vector<NametingenTeDoen> per_medewerker(const Context& ctx, const std::optional<std::string>& tot, Validation& v);
  Nameting vastleggen(const Context& ctx, const std::string& id, std::int64_t versie, NametingInvoer invoer);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
