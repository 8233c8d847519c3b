#include "services/api_token_service.hpp"

#include <algorithm>

#include "domain/regio.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "security/token.hpp"

namespace rmt::services {

db::Pagina<db::ApiToken> ApiTokenService::list(const Context& ctx, const Paginering& p) {
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::api_tokens_beheren, {}, "api_token", "*");
  return db::list_api_tokens(*conn, regios_voor(ctx.principal, Actie::api_tokens_beheren), p);
}

std::pair<db::ApiToken, std::string> ApiTokenService::create(const Context& ctx, const ApiTokenInvoer& in) {
  const auto now = std::chrono::system_clock::now();
  Validation v;
  if (in.naam.empty() || in.naam.size() > 200) v.add("naam", "length", "Een naam van 1 tot 200 tekens is verplicht.");
  if (!is_regio_code(in.regio_code)) v.add("regioCode", "pattern", "Een regiocode is AM gevolgd door twee cijfers.");
  db::ApiToken t;
  if (in.rollen.empty()) v.add("rollen", "required", "Kies minstens één rol.");
  for (std::size_t i = 0; i < in.rollen.size(); ++i) {
    const auto rol = parse_rol(in.rollen[i]);
    if (!rol || *rol == Rol::beheerder || *rol == Rol::privacy) {
      v.add("rollen[" + std::to_string(i) + "]", "enum", "Kies een rol; beheerder en privacy kunnen niet via een API-token.");
    } else if (std::find(t.rollen.begin(), t.rollen.end(), *rol) == t.rollen.end()) {
      t.rollen.push_back(*rol);
    }
  }
  const auto verloopt = parse_rfc3339(in.verloopt_op);
  if (!verloopt || *verloopt <= now || *verloopt > now + std::chrono::days(366)) {
    v.add("verlooptOp", "range", "Kies een tijdstip in de toekomst, uiterlijk over een jaar.");
  }
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::api_tokens_beheren, {}, "api_token", "*");
  const auto eigen = regios_voor(ctx.principal, Actie::api_tokens_beheren);
  if (std::find(eigen.begin(), eigen.end(), in.regio_code) == eigen.end()) {
    verantwoording_->weiger(*conn, ctx, Actie::api_tokens_beheren, "api_token", "*",
                            "U kunt alleen API-tokens uitgeven voor regio's waarin u beheerder bent.");
  }
  t.id = security::uuid_v7();
  t.naam = in.naam;
  t.regio_code = in.regio_code;
  t.verloopt_op = to_rfc3339(*verloopt);
  t.aangemaakt_op = to_rfc3339(now);
  t.aangemaakt_door = ctx.actor;
  const std::string token = security::new_token("rmt_");
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_api_token(*conn, security::token_hash(token), t);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"api_token_uitgegeven", "api_token", t.id});
  tx.commit();
  return {t, token};
}

void ApiTokenService::revoke(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  const auto t = db::find_api_token(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::api_tokens_beheren,
                              {{t ? t->regio_code : std::string("-")}}, "api_token", id);
  db::Transaction tx(*conn, db::TxMode::write);
  db::revoke_api_token(*conn, id, to_rfc3339(std::chrono::system_clock::now()));
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"api_token_ingetrokken", "api_token", id});
  tx.commit();
}

}  // namespace rmt::services
