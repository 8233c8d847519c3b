#pragma once
// JSON of the money: budgetten, ledger entries, verplichtingen, declaraties, betaalrondes.
#include <boost/json.hpp>

#include "domain/betaalronde.hpp"
#include "domain/declaratie.hpp"
#include "domain/verplichting.hpp"
#include "services/budget_service.hpp"

namespace rmt::api {

boost::json::object saldo_json(const Saldo& s);
boost::json::object budget_json(const Budget& b);  // with lines and totals
boost::json::object budget_beeld_json(const services::BudgetBeeld& b);
boost::json::object budgetwijziging_json(const Budgetwijziging& w);
boost::json::object mutatie_json(const Mutatie& m);
boost::json::object uitgavenregel_json(const Uitgavenregel& u);
boost::json::object verplichting_json(const Verplichting& v);
boost::json::object declaratie_json(const Declaratie& d);
boost::json::object betaalronde_json(const Betaalronde& r);  // posts only when loaded

}  // namespace rmt::api
