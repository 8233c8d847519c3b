#pragma once
// Route registration, one function per resource file.
#include "http/router.hpp"
#include "services/readiness_service.hpp"
#include "services/regio_service.hpp"

namespace rmt::api {

void add_openapi_routes(http::Router& router);
void add_beheer_routes(http::Router& router, services::ReadinessService& readiness);
void add_regio_routes(http::Router& router, services::RegioService& regios);

}  // namespace rmt::api
