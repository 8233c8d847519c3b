#pragma once
// Readiness: the database answers and every migration of this binary is applied.
#include <cstdint>
#include <memory>
#include <string>

#include "db/pool.hpp"

namespace rmt::services {

struct Gereedheid {
  std::string database;  // dialect name
  std::int64_t schema_versie = 0;
};

class ReadinessService {
 public:
  explicit ReadinessService(std::shared_ptr<db::Pool> pool) : pool_(std::move(pool)) {}
  // Throws Error(unavailable) naming what is not ready.
  Gereedheid check();

 private:
  std::shared_ptr<db::Pool> pool_;
};

}  // namespace rmt::services
