#pragma once
// JSON shapes of the identity resources (schemas Medewerker, Organisatie, ApiToken, Sessie).
#include <boost/json.hpp>

#include "db/sessie_store.hpp"
#include "domain/medewerker.hpp"
#include "domain/organisatie.hpp"
#include "domain/sessie.hpp"

namespace rmt::api {

boost::json::object medewerker_json(const Medewerker& m);
boost::json::object organisatie_json(const Organisatie& o);
boost::json::object api_token_json(const db::ApiToken& t);
boost::json::object sessie_json(const Sessie& s, const Medewerker& m);

}  // namespace rmt::api
