#pragma once
// Samenwerking between partners: the klant's toestemming (recorded by the organisation holding
// the regie, withdrawable by any involved organisation for its own), referrals resting on a valid
// toestemming, the inbox and outbox of the user's organisation, and the steps: the receiver
// accepts (and so joins the traject), rejects with a reason or finishes; the sender withdraws.
// Withdrawing a toestemming withdraws the open referrals resting on it, and so the access.
#include <memory>
#include <optional>
#include <string>

#include "db/doorverwijzing_store.hpp"
#include "db/pool.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct Verwijzing {
  std::string naar_organisatie_id;
  std::string toestemming_id;
  std::string vraag;
};

class DoorverwijzingService {
 public:
  DoorverwijzingService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  Toestemming toestemming(const Context& ctx, const std::string& traject_id, ToestemmingInvoer invoer);
  Toestemming intrekken(const Context& ctx, const std::string& toestemming_id);
  Doorverwijzing verwijs(const Context& ctx, const std::string& traject_id, Verwijzing w);
  db::Pagina<Doorverwijzing> postbus(const Context& ctx, bool inbox, const std::optional<std::string>& status,
                                     const Paginering& p, Validation& v);
  Doorverwijzing wijzig_status(const Context& ctx, const std::string& id, std::int64_t versie, std::string status,
                               std::optional<std::string> reden);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
