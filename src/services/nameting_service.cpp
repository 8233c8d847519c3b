#include "services/nameting_service.hpp"

#include <set>

#include "db/codelijst_store.hpp"
#include "domain/tijd.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {

namespace {

// The date up to which nametingen count as due: `tot` when given, else today.
std::string tot_dag(const std::optional<std::string>& tot, Validation& v) {
  if (tot && !parse_datum(*tot)) v.add("tot", "format", "Gebruik een datum als 2026-11-27.");
  v.throw_if_invalid();
  return tot.value_or(vandaag());
}

}  // namespace

NametingLijst NametingService::te_doen(const Context& ctx, const std::optional<std::string>& medewerker_id,
                                      const std::optional<std::string>& tot, const Paginering& p, Validation& v) {
  const auto start = std::chrono::system_clock::now();
  const std::string dag = tot_dag(tot, v);
  NametingLijst out;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {}, "nameting", "*");
    db::NametingFilter f{regios_voor(ctx.principal, Actie::casus_lezen), ctx.principal.medewerker_id, dag};
    if (medewerker_id && *medewerker_id != ctx.principal.medewerker_id) {
      f.regio_codes = regios_voor(ctx.principal, Actie::casus_overzien);
      if (f.regio_codes.empty()) {
        verantwoording_->weiger(*conn, ctx, Actie::casus_overzien, "nameting", "*",
                                "De nametingen van anderen zijn alleen voor de coördinator.");
      }
      f.verantwoordelijke_id = *medewerker_id;
    }
    db::Transaction tx(*conn, db::TxMode::read);
    out.pagina = db::list_te_doen(*conn, f, p);
    std::vector<std::string> trajecten;
    for (const auto& n : out.pagina.items) trajecten.push_back(n.traject_id);
    out.partijen = db::partijen_van_trajecten(*conn, trajecten);
    if (!out.partijen.empty()) {
      log.audit.push_back(verantwoording_->auditregel(*conn, ctx.oorsprong, ctx.actor,
                                                      {"nametingen_gelezen", "nameting", "*", "gelukt", f.regio_codes}));
    }
    std::set<std::string> gelogd;
    for (const auto& [traject, partij] : out.partijen) {
      if (!gelogd.insert(partij.id).second) continue;
      log.verwerkingen.push_back(verantwoording_->verwerkingsregel(ctx, "nameting_getoond", traject_activiteit,
                                                                  partij.soort, partij.id, start));
    }
    tx.commit();
  }
  if (!log.audit.empty()) verantwoording_->leg_vast(std::move(log));
  return out;
}

std::vector<NametingenTeDoen> NametingService::per_medewerker(const Context& ctx, const std::optional<std::string>& tot,
                                                             Validation& v) {
  const std::string dag = tot_dag(tot, v);
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_overzien, {}, "nameting", "*");
  db::Transaction tx(*conn, db::TxMode::read);
  return db::tel_te_doen(*conn, {regios_voor(ctx.principal, Actie::casus_overzien), std::nullopt, dag});
}

Nameting NametingService::vastleggen(const Context& ctx, const std::string& id, std::int64_t versie,
                                     NametingInvoer invoer) {
  const auto start = std::chrono::system_clock::now();
  auto conn = pool_->acquire();
  auto n = db::find_nameting(*conn, id);
  const auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven,
                                  n ? n->traject_id : std::string("-"));
  Validation v;
  valideer(invoer, db::codelijsten(), v);
  v.throw_if_invalid();
  if (n->status != "open") throw Error(ErrorCode::conflict, "Deze nameting is al vastgelegd.");
  if (n->gepland_op > vandaag()) {
    throw Error(ErrorCode::conflict, "Deze nameting is pas op " + n->gepland_op + " aan de beurt.");
  }
  if (n->versie != versie) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze nameting intussen vastgelegd. Laad haar opnieuw.");
  }
  n->meting = std::move(invoer);
  n->vastgelegd_op = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::leg_nameting_vast(*conn, *n)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze nameting intussen vastgelegd. Laad haar opnieuw.");
  }
  auto g = gebeurtenis(ctx, n->traject_id, "nameting",
                       "Nameting na " + std::to_string(n->maanden) + " maanden: " + n->meting->situatie,
                       *n->vastgelegd_op);
  g.code = "nameting.vastgelegd";
  g.parameters = {{"maanden", std::to_string(n->maanden)}, {"situatie", n->meting->situatie}};
  g.object_type = "nameting";
  g.object_id = id;
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, zicht.traject, "nameting_vastgelegd", "nameting", id, true, start);
  tx.commit();
  n->status = "vastgelegd";
  ++n->versie;
  return std::move(*n);
}

}  // namespace rmt::services
