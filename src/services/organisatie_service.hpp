#pragma once
// Partner organisations: read by staff of the regio's they work in, managed by beheerders of
// those regio's. Another regio's organisation answers 404.
#include <memory>

#include "db/pool.hpp"
#include "db/regio_store.hpp"
#include "domain/organisatie.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class OrganisatieService {
 public:
  OrganisatieService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // regio empty: all regio's the user may read; another regio than those: 403.
  db::Pagina<Organisatie> list(const Context& ctx, const std::string& regio, const Paginering& p);
  Organisatie get(const Context& ctx, const std::string& id);
  Organisatie create(const Context& ctx, OrganisatieInvoer invoer);
  // versie: from If-Match. Regio's outside the user's beheer-regio's must stay as they are.
  Organisatie update(const Context& ctx, const std::string& id, std::int64_t versie, OrganisatieInvoer invoer);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

// True when the two lists share a regio.
bool overlapt(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Records that belong to several regio's: the regio's outside `eigen` must be equal in both.
bool zelfde_buiten(const std::vector<std::string>& oud, const std::vector<std::string>& nieuw,
                   const std::vector<std::string>& eigen);

}  // namespace rmt::services
