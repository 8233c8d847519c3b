#include "app/platform.hpp"

#include <filesystem>

#include <spdlog/spdlog.h>

#include "api/openapi_document.hpp"
#include "api/routes.hpp"
#include "db/database_url.hpp"
#include "db/migrations.hpp"

namespace rmt::app {

http::Router build_router(Services& services) {
  http::Router router;
  api::add_openapi_routes(router);
  api::add_beheer_routes(router, services.readiness);
  api::add_regio_routes(router, services.regios);
  return router;
}

std::shared_ptr<db::Pool> open_database(const Config& config) {
  const db::DatabaseUrl url = db::parse_database_url(config.database);
  if (url.dialect == db::Dialect::sqlite && url.target != ":memory:") {
    const auto parent = std::filesystem::path(url.target).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  auto pool = db::Pool::open(url, config.workers);
  spdlog::info("database {} ({})", db::redact_database_url(config.database),
               db::dialect_name(pool->dialect()));
  return pool;
}

Platform build_platform(const Config& config) {
  Platform p;
  p.pool = open_database(config);
  {
    auto conn = p.pool->acquire();
    const auto status = db::migrate(*conn);
    spdlog::info("database schema at version {}", status.applied);
  }
  p.services = std::make_unique<Services>(p.pool);
  http::StaticFiles web(config.web_root);
  if (web.loaded()) {
    spdlog::info("serving {} web files from {}", web.size(), config.web_root);
  } else {
    spdlog::warn("no web files in {}: run 'make web' to build the front end", config.web_root);
  }
  http::ServiceOptions options;
  options.api_version = api::openapi_version();
  options.cors_origins = parse_origins(config.cors_origins);
  p.http = std::make_unique<http::Service>(build_router(*p.services), std::move(web), options);
  return p;
}

}  // namespace rmt::app
