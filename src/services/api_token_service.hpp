#pragma once
// API tokens for other systems: issued by a beheerder for one of their regio's, scoped to roles
// in that regio (never beheerder or privacy: a token has no second factor), with an expiry of at most a
// year; stored hashed; revocable.
#include <memory>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "db/sessie_store.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct ApiTokenInvoer {
  std::string naam;
  std::string regio_code;
  std::vector<std::string> rollen;
  std::string verloopt_op;  // RFC 3339
};

class ApiTokenService {
 public:
  ApiTokenService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  db::Pagina<db::ApiToken> list(const Context& ctx, const Paginering& p);
  // Returns the token and its secret (shown once).
  std::pair<db::ApiToken, std::string> create(const Context& ctx, const ApiTokenInvoer& invoer);
  void revoke(const Context& ctx, const std::string& id);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
