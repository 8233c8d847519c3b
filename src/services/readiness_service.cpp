#include "services/readiness_service.hpp"

#include "db/migrations.hpp"

namespace rmt::services {

Gereedheid ReadinessService::check() {
  auto conn = pool_->acquire();
  if (!conn->check()) throw Error(ErrorCode::unavailable, "De database antwoordt niet.");
  const auto status = db::migration_status(*conn);
  if (!status.current()) {
    throw Error(ErrorCode::unavailable,
                "Het databaseschema is niet bij: versie " + std::to_string(status.applied) +
                    " toegepast, " + std::to_string(status.latest) + " verwacht.");
  }
  return {std::string(db::dialect_name(conn->dialect())), status.applied};
}

}  // namespace rmt::services
