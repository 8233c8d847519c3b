#pragma once
// The dienstencatalogus: read by the case roles and the kassier of the regio, managed by its
// coordinator. The aanbieder must be an active organisation working in the regio. Changes are
// audited and written to the wijziging feed; no personal data is involved.
#include <memory>
#include <optional>
#include <string>

#include "db/dienst_store.hpp"
#include "db/pool.hpp"
#include "domain/dienst.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class DienstService {
 public:
  DienstService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // status/type: filters; `v` may hold the caller's findings and is thrown once.
  db::Pagina<Dienst> list(const Context& ctx, const std::optional<std::string>& status,
                          const std::optional<std::string>& type, const Paginering& p, Validation& v);
  Dienst get(const Context& ctx, const std::string& id);
  Dienst create(const Context& ctx, DienstInvoer invoer);
  // The regio of a dienst does not change.
  Dienst update(const Context& ctx, const std::string& id, std::int64_t versie, DienstInvoer invoer);

 private:
  void controleer_aanbieder(db::Connection& conn, const DienstInvoer& d) const;

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
