#pragma once
// Route registration, one function per resource file.
#include "api/legitimatie.hpp"
#include "http/router.hpp"
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
#include "services/verantwoording.hpp"
#include "services/verplichting_service.hpp"
#include "services/werkgever_service.hpp"

namespace rmt::api {

void add_openapi_routes(http::Router& router);
void add_beheer_routes(http::Router& router, services::ReadinessService& readiness);
void add_regio_routes(http::Router& router, services::RegioService& regios);
void add_sessie_routes(http::Router& router, services::SessieService& sessies, CookieBeleid beleid);
void add_toegang_routes(http::Router& router, services::SessieService& sessies, services::OrganisatieService& organisaties,
                        services::MedewerkerService& medewerkers, services::ApiTokenService& tokens, CookieBeleid beleid);
void add_codelijst_routes(http::Router& router, services::RegioService& regios);
void add_aanmelding_routes(http::Router& router, services::SessieService& sessies,
                           services::AanmeldingService& aanmeldingen, CookieBeleid beleid);
void add_klant_routes(http::Router& router, services::SessieService& sessies, services::KlantService& klanten,
                      services::IntakeService& intakes, CookieBeleid beleid);
void add_werkgever_routes(http::Router& router, services::SessieService& sessies, services::WerkgeverService& werkgevers,
                          CookieBeleid beleid);
void add_dienst_routes(http::Router& router, services::SessieService& sessies, services::DienstService& diensten,
                       CookieBeleid beleid);
void add_contact_routes(http::Router& router, services::SessieService& sessies, services::ContactService& contacten,
                        CookieBeleid beleid);
void add_traject_routes(http::Router& router, services::SessieService& sessies, services::TrajectService& trajecten,
                        CookieBeleid beleid);
void add_interventie_routes(http::Router& router, services::SessieService& sessies,
                            services::InterventieService& interventies, CookieBeleid beleid);
void add_doorverwijzing_routes(http::Router& router, services::SessieService& sessies,
                               services::DoorverwijzingService& samenwerking, CookieBeleid beleid);
void add_nameting_routes(http::Router& router, services::SessieService& sessies, services::NametingService& nametingen,
                         CookieBeleid beleid);
void add_verantwoording_routes(http::Router& router, services::SessieService& sessies,
                               services::Verantwoording& verantwoording, CookieBeleid beleid);

void add_budget_routes(http::Router& router, services::SessieService& sessies, services::BudgetService& budgetten,
                       CookieBeleid beleid);
void add_verplichting_routes(http::Router& router, services::SessieService& sessies,
                             services::VerplichtingService& verplichtingen, CookieBeleid beleid);
void add_declaratie_routes(http::Router& router, services::SessieService& sessies, services::DeclaratieService& declaraties,
                           CookieBeleid beleid);
void add_betaalronde_routes(http::Router& router, services::SessieService& sessies,
                            services::BetaalrondeService& betaalrondes, CookieBeleid beleid);

}  // namespace rmt::api
