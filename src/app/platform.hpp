#pragma once
// Wiring: the database pool, the services and the HTTP pipeline with all routes.
#include <memory>

#include "app/config.hpp"
#include "db/pool.hpp"
#include "http/router.hpp"
#include "http/service.hpp"
#include "services/readiness_service.hpp"
#include "services/regio_service.hpp"

namespace rmt::app {

struct Services {
  explicit Services(std::shared_ptr<db::Pool> pool)
      : readiness(pool), regios(pool) {}
  services::ReadinessService readiness;
  services::RegioService regios;
};

// Every route of the API; also used by the test that compares routes with the OpenAPI document.
http::Router build_router(Services& services);

struct Platform {
  std::shared_ptr<db::Pool> pool;
  std::unique_ptr<Services> services;
  std::unique_ptr<http::Service> http;
};

std::shared_ptr<db::Pool> open_database(const Config& config);

// Opens the database, applies migrations and builds the pipeline.
Platform build_platform(const Config& config);

}  // namespace rmt::app
