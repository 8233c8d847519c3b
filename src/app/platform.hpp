#pragma once
// Wiring: the database pool, the services and the HTTP pipeline with all routes.
#include <memory>

#include "api/legitimatie.hpp"
#include "app/config.hpp"
#include "db/pool.hpp"
#include "http/router.hpp"
#include "http/service.hpp"
#include "security/keys.hpp"
#include "services/aanmelding_service.hpp"
#include "services/api_token_service.hpp"
#include "services/betaalronde_service.hpp"
#include "services/budget_service.hpp"
#include "services/contact_service.hpp"
#include "services/declaratie_service.hpp"
#include "services/dienst_service.hpp"
#include "services/doorverwijzing_service.hpp"
#include "services/intake_service.hpp"
#include "services/interventie_service.hpp"
#include "services/klant_service.hpp"
#include "services/medewerker_service.hpp"
#include "services/nameting_service.hpp"
#include "services/organisatie_service.hpp"
#include "services/readiness_service.hpp"
#include "services/regio_service.hpp"
#include "services/sessie_service.hpp"
#include "services/traject_service.hpp"
#include "services/verplichting_service.hpp"
#include "services/verantwoording.hpp"
#include "services/werkgever_service.hpp"

namespace rmt::app {

struct Services {
  Services(std::shared_ptr<db::Pool> pool, security::Keys keys, api::CookieBeleid cookie = {},
           services::AanmeldingLimieten limieten = {})
      : verantwoording(std::make_shared<services::Verantwoording>(pool, std::move(keys))),
        readiness(pool),
        regios(pool),
        sessies(pool, verantwoording),
        organisaties(pool, verantwoording),
        medewerkers(pool, verantwoording),
        api_tokens(pool, verantwoording),
        klanten(pool, verantwoording),
        intakes(pool, verantwoording),
        werkgevers(pool, verantwoording),
        contacten(pool, verantwoording),
        aanmeldingen(pool, verantwoording, limieten),
        diensten(pool, verantwoording),
        trajecten(pool, verantwoording),
        interventies(pool, verantwoording),
        samenwerking(pool, verantwoording),
        nametingen(pool, verantwoording),
        budgetten(pool, verantwoording),
        verplichtingen(pool, verantwoording),
        declaraties(pool, verantwoording),
        betaalrondes(pool, verantwoording),
        cookie_beleid(cookie) {}
  std::shared_ptr<services::Verantwoording> verantwoording;
  services::ReadinessService readiness;
  services::RegioService regios;
  services::SessieService sessies;
  services::OrganisatieService organisaties;
  services::MedewerkerService medewerkers;
  services::ApiTokenService api_tokens;
  services::KlantService klanten;
  services::IntakeService intakes;
  services::WerkgeverService werkgevers;
  services::ContactService contacten;
  services::AanmeldingService aanmeldingen;
  services::DienstService diensten;
  services::TrajectService trajecten;
  services::InterventieService interventies;
  services::DoorverwijzingService samenwerking;
  services::NametingService nametingen;
  services::BudgetService budgetten;
  services::VerplichtingService verplichtingen;
  services::DeclaratieService declaraties;
  services::BetaalrondeService betaalrondes;
  api::CookieBeleid cookie_beleid;
};

// The keys from RMT_KEYS or the key file. Development mode creates a missing key file;
// production mode refuses to start without keys (Error invalid_input).
security::Keys load_keys(const Config& config);

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
