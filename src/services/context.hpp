#pragma once
// Who asks and from where: what every service call that needs authorisation or logging gets.
#include <string>

#include "domain/autorisatie.hpp"

namespace rmt::services {

struct Oorsprong {
  std::string adres;
  std::string user_agent;
  std::string trace_id;
  std::string span_id;
};

struct Context {
  Principal principal;
  std::string actor;  // medewerker id, or "token:<id>" for an API token
  Oorsprong oorsprong;
};

}  // namespace rmt::services
