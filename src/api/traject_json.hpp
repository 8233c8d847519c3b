#pragma once
// The JSON of trajecten and what hangs on them (shared by the traject, interventie,
// doorverwijzing and nameting routes).
#include <boost/json.hpp>

#include "db/traject_store.hpp"
#include "services/traject_service.hpp"

namespace rmt::api {

boost::json::object traject_json(const Traject& t);
boost::json::object traject_beeld_json(const services::TrajectBeeld& b);
boost::json::object interventie_json(const Interventie& i);
boost::json::object toestemming_json(const Toestemming& t);
boost::json::object doorverwijzing_json(const Doorverwijzing& d);
boost::json::object nameting_json(const Nameting& n);
boost::json::object gebeurtenis_json(const db::Gebeurtenis& g);

}  // namespace rmt::api
