#pragma once
// Reference data use cases: public, read-only.
#include <memory>
#include <string>

#include "db/pool.hpp"
#include "db/regio_store.hpp"
#include "domain/codelijst.hpp"

namespace rmt::services {

class RegioService {
 public:
  explicit RegioService(std::shared_ptr<db::Pool> pool) : pool_(std::move(pool)) {}

  db::Pagina<Regio> list(const Paginering& p);
  RegioMetGemeenten get(const std::string& code);  // Error(not_found) if unknown
  // regio_code empty: all gemeenten; unknown regio: Error(not_found).
  db::Pagina<Gemeente> gemeenten(const std::string& regio_code, const Paginering& p);
  // The code lists in force (compiled in, data/codelijsten.csv).
  const Codelijsten& codelijsten() const;

 private:
  std::shared_ptr<db::Pool> pool_;
};

}  // namespace rmt::services
