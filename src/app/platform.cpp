#include "app/platform.hpp"

#include <cstdlib>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "api/openapi_document.hpp"
#include "api/routes.hpp"
#include "db/database_url.hpp"
#include "db/migrations.hpp"
#include "services/log_writer.hpp"

namespace rmt::app {

http::Router build_router(Services& services) {
  http::Router router;
  api::add_openapi_routes(router);
  api::add_beheer_routes(router, services.readiness);
  api::add_regio_routes(router, services.regios);
  api::add_sessie_routes(router, services.sessies, services.cookie_beleid);
  api::add_toegang_routes(router, services.sessies, services.organisaties, services.medewerkers,
                          services.api_tokens, services.cookie_beleid);
  api::add_codelijst_routes(router, services.regios);
  api::add_aanmelding_routes(router, services.sessies, services.aanmeldingen, services.cookie_beleid);
  api::add_klant_routes(router, services.sessies, services.klanten, services.intakes, services.cookie_beleid);
  api::add_werkgever_routes(router, services.sessies, services.werkgevers, services.cookie_beleid);
  api::add_contact_routes(router, services.sessies, services.contacten, services.cookie_beleid);
  api::add_dienst_routes(router, services.sessies, services.diensten, services.cookie_beleid);
  api::add_traject_routes(router, services.sessies, services.trajecten, services.cookie_beleid);
  api::add_interventie_routes(router, services.sessies, services.interventies, services.cookie_beleid);
  api::add_doorverwijzing_routes(router, services.sessies, services.samenwerking, services.cookie_beleid);
  api::add_nameting_routes(router, services.sessies, services.nametingen, services.cookie_beleid);
  api::add_budget_routes(router, services.sessies, services.budgetten, services.cookie_beleid);
  api::add_verplichting_routes(router, services.sessies, services.verplichtingen, services.cookie_beleid);
  api::add_declaratie_routes(router, services.sessies, services.declaraties, services.cookie_beleid);
  api::add_betaalronde_routes(router, services.sessies, services.betaalrondes, services.cookie_beleid);
  api::add_verantwoording_routes(router, services.sessies, *services.verantwoording, services.cookie_beleid);
  // Reads hand their log entries over instead of waiting for the commit on the worker thread;
  // the transport sends the response once they are committed (services::Uitstel).
  router.wrap([](http::Request& request, const http::Handler& handler) {
    services::Uitstel uitstel;
    http::Response response = handler(request);
    response.afronding = uitstel.afronding();
    return response;
  });
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

security::Keys load_keys(const Config& config) {
  if (const char* text = std::getenv("RMT_KEYS"); text && *text) return security::parse_keys(text);
  const std::filesystem::path path(config.key_file);
  if (!std::filesystem::exists(path)) {
    if (!config.development()) {
      throw Error(ErrorCode::invalid_input,
                  "Geen sleutels: zet RMT_KEYS of RMT_KEY_FILE (productiemodus maakt ze niet zelf aan).");
    }
    security::create_key_file(path);
    spdlog::warn("development mode: created a new key file {}; back it up apart from the database", path.string());
  }
  return security::load_key_file(path);
}

Platform build_platform(const Config& config) {
  Platform p;
  security::Keys keys = load_keys(config);
  p.pool = open_database(config);
  {
    auto conn = p.pool->acquire();
    const auto status = db::migrate(*conn);
    spdlog::info("database schema at version {}", status.applied);
  }
  services::AanmeldingLimieten limieten;
  limieten.indienen.max = config.aanmeldingen_per_uur;
  p.services = std::make_unique<Services>(p.pool, std::move(keys), api::CookieBeleid{!config.development()}, limieten);
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
