#include "services/traject_toegang.hpp"

#include <algorithm>

#include "db/doorverwijzing_store.hpp"
#include "db/verwerking_store.hpp"
#include "db/wijziging.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"

namespace rmt::services {

bool TrajectInZicht::mag_zien(std::string_view categorie) const {
  return !scope || std::find(scope->begin(), scope->end(), categorie) != scope->end();
}

TrajectInZicht open_traject(db::Connection& conn, const Verantwoording& v, const Context& ctx, Actie actie,
                            const std::string& id) {
  auto t = db::find_traject(conn, id);
  const std::string dag = vandaag();
  std::vector<std::string> betrokken = t ? db::betrokken_organisaties(conn, id, dag) : std::vector<std::string>{};
  v.autoriseer(conn, ctx, actie, {{t ? t->regio_code : std::string("-")}, betrokken}, "traject", id);
  TrajectInZicht zicht{std::move(*t), std::move(betrokken), std::nullopt};
  const auto& p = ctx.principal;
  if (p.organisatie_id != zicht.traject.organisatie_id && !p.heeft_rol_in(Rol::coordinator, zicht.traject.regio_code)) {
    std::vector<std::string> scope;
    for (const auto& toestemming : db::list_toestemmingen(conn, id)) {
      if (toestemming.organisatie_id == p.organisatie_id && geldig(toestemming, dag)) {
        scope.insert(scope.end(), toestemming.scope.begin(), toestemming.scope.end());
      }
    }
    zicht.scope = std::move(scope);
  }
  return zicht;
}

Doel klant_doel(db::Connection& conn, const std::string& klant_id, const std::string& regio_code,
                const std::optional<std::string>& categorie) {
  return {{regio_code}, db::klant_betrokken(conn, klant_id, categorie, vandaag()), klant_regio_breed};
}

namespace {

std::optional<Verwerking> klantverwerking(const Verantwoording& v, const Context& ctx, const Traject& t,
                                          std::string_view actie, std::chrono::system_clock::time_point start) {
  if (t.klant_id) return v.verwerkingsregel(ctx, actie, traject_activiteit, "klant", *t.klant_id, start);
  if (t.werkgever_id) return v.verwerkingsregel(ctx, actie, traject_activiteit, "werkgever", *t.werkgever_id, start);
  return std::nullopt;
}

}  // namespace

void verantwoord(db::Connection& conn, const Verantwoording& v, const Context& ctx, const Traject& t,
                 std::string_view actie, std::string_view object_type, const std::string& object_id, bool wijziging,
                 std::chrono::system_clock::time_point start) {
  v.audit(conn, ctx.oorsprong, ctx.actor, {std::string(actie), std::string(object_type), object_id, "gelukt", {t.regio_code}});
  if (const auto w = klantverwerking(v, ctx, t, actie, start)) db::append_verwerking(conn, *w);
  if (wijziging) {
    db::append_wijziging(conn, {0, to_rfc3339(std::chrono::system_clock::now()), std::string(object_type), object_id,
                                std::string(actie), t.regio_code, ctx.oorsprong.trace_id});
  }
}

void verantwoord_lezing(db::Connection& conn, const Verantwoording& v, const Context& ctx, const Traject& t,
                        std::string_view actie, std::string_view object_type, const std::string& object_id,
                        std::chrono::system_clock::time_point start, Leeslog& log) {
  log.audit.push_back(v.auditregel(conn, ctx.oorsprong, ctx.actor,
                                   {std::string(actie), std::string(object_type), object_id, "gelukt", {t.regio_code}}));
  if (auto w = klantverwerking(v, ctx, t, actie, start)) log.verwerkingen.push_back(std::move(*w));
}

db::Gebeurtenis gebeurtenis(const Context& ctx, const std::string& traject_id, std::string soort,
                            std::string omschrijving, const std::string& nu) {
  db::Gebeurtenis g;
  g.id = security::uuid_v7();
  g.traject_id = traject_id;
  g.op = nu;
  g.soort = std::move(soort);
  g.omschrijving = std::move(omschrijving);
  g.organisatie_id = ctx.principal.organisatie_id;
  g.medewerker_id = ctx.principal.medewerker_id;
  return g;
}

void ongeldig(std::string veld, std::string code, std::string reden) {
  throw_invalid({std::move(veld), std::move(code), std::move(reden)});
}

void eis_open(const Traject& t) {
  if (t.status == traject_status::afgesloten) {
    throw Error(ErrorCode::conflict, "Het traject is afgesloten. Heropen het eerst.");
  }
}

std::string nu_tekst() { return to_rfc3339(std::chrono::system_clock::now()); }

}  // namespace rmt::services
