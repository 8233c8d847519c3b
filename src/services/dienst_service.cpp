#include "services/dienst_service.hpp"

#include <algorithm>

#include "db/codelijst_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/wijziging.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"

namespace rmt::services {
namespace {

std::string nu() { return to_rfc3339(std::chrono::system_clock::now()); }

void valideer_invoer(const DienstInvoer& invoer) {
  Validation v;
  valideer(invoer, db::codelijsten(), v);
  v.throw_if_invalid();
}

}  // namespace

void DienstService::controleer_aanbieder(db::Connection& conn, const DienstInvoer& d) const {
  const auto org = db::find_organisatie(conn, d.aanbieder_id);
  if (!org || !org->actief ||
      std::find(org->regio_codes.begin(), org->regio_codes.end(), d.regio_code) == org->regio_codes.end()) {
    throw_invalid({"aanbiederId", "unknown", "Kies een actieve organisatie die in deze regio werkt."});
  }
}

db::Pagina<Dienst> DienstService::list(const Context& ctx, const std::optional<std::string>& status,
                                       const std::optional<std::string>& type, const Paginering& p, Validation& v) {
  if (status && *status != "open" && *status != "gepauzeerd" && *status != "gesloten") {
    v.add("status", "enum", "Kies open, gepauzeerd of gesloten.");
  }
  if (type) db::codelijsten().controleer("type", "diensttype", *type, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::catalogus_lezen, {}, "dienst", "*");
  return db::list_diensten(*conn, {regios_voor(ctx.principal, Actie::catalogus_lezen), status, type}, p);
}

Dienst DienstService::get(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  auto d = db::find_dienst(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::catalogus_lezen, {{d ? d->regio_code : std::string("-")}}, "dienst", id);
  return std::move(*d);
}

Dienst DienstService::create(const Context& ctx, DienstInvoer invoer) {
  valideer_invoer(invoer);
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::catalogus_beheren, {}, "dienst", "*");
  const auto eigen = regios_voor(ctx.principal, Actie::catalogus_beheren);
  if (std::find(eigen.begin(), eigen.end(), invoer.regio_code) == eigen.end()) {
    verantwoording_->weiger(*conn, ctx, Actie::catalogus_beheren, "dienst", "*",
                            "U beheert de dienstencatalogus van deze regio niet.");
  }
  controleer_aanbieder(*conn, invoer);
  Dienst d;
  static_cast<DienstInvoer&>(d) = std::move(invoer);
  d.id = security::uuid_v7();
  const std::string tijd = nu();
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_dienst(*conn, d, tijd);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"dienst_aangemaakt", "dienst", d.id, "gelukt", {d.regio_code}});
  db::append_wijziging(*conn, {0, tijd, "dienst", d.id, "aangemaakt", d.regio_code, ctx.oorsprong.trace_id});
  tx.commit();
  return d;
}

Dienst DienstService::update(const Context& ctx, const std::string& id, std::int64_t versie, DienstInvoer invoer) {
  auto conn = pool_->acquire();
  const auto oud = db::find_dienst(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::catalogus_beheren, {{oud ? oud->regio_code : std::string("-")}},
                              "dienst", id);
  if (invoer.regio_code != oud->regio_code) {
    throw_invalid({"regioCode", "immutable", "De regio van een dienst verandert niet."});
  }
  valideer_invoer(invoer);
  controleer_aanbieder(*conn, invoer);
  Dienst d;
  static_cast<DienstInvoer&>(d) = std::move(invoer);
  d.id = id;
  d.versie = versie;
  const std::string tijd = nu();
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::update_dienst(*conn, d, tijd)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze dienst intussen gewijzigd. Laad haar opnieuw.");
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"dienst_gewijzigd", "dienst", id, "gelukt", {d.regio_code}});
  db::append_wijziging(*conn, {0, tijd, "dienst", id, "gewijzigd", d.regio_code, ctx.oorsprong.trace_id});
  tx.commit();
  ++d.versie;
  return d;
}

}  // namespace rmt::services
