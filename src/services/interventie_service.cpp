#include "services/interventie_service.hpp"

#include "db/codelijst_store.hpp"
#include "db/dienst_store.hpp"
#include "db/interventie_store.hpp"
#include "db/verplichting_store.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/traject_toegang.hpp"
#include "services/verplichting_service.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;

void eis_interventies(const TrajectInZicht& zicht) {
  if (!zicht.mag_zien("interventies")) {
    throw Error(ErrorCode::forbidden, "De toestemming van de klant omvat de interventies niet.");
  }
}

void valideer_invoer(const InterventieInvoer& invoer) {
  Validation v;
  valideer(invoer, vandaag(), db::codelijsten(), v);
  v.throw_if_invalid();
}

// The exit rule's clock: a planned or running service counts until its planned end.
std::string dienst_tot(const Interventie& i) {
  const std::string dag = vandaag();
  if (i.status == interventie_status::afgerond && i.werkelijk_einde) return *i.werkelijk_einde;
  if (i.status == interventie_status::afgebroken) return i.werkelijk_einde.value_or(dag);
  return std::max(dag, i.gepland_einde);
}

// The verplichting as this write left it, for the response.
std::optional<VerplichtingStand> stand_van(db::Connection& conn, const std::string& interventie_id) {
  const auto v = db::verplichting_van(conn, interventie_id);
  if (!v) return std::nullopt;
  return VerplichtingStand{v->status, v->reden};
}

}  // namespace

Interventie InterventieService::plan(const Context& ctx, const std::string& traject_id, const std::string& dienst_id,
                                     InterventieInvoer invoer) {
  const auto start = Clock::now();
  Validation v;
  if (dienst_id.empty()) v.add("dienstId", "required", "Kies een dienst uit de catalogus.");
  if (invoer.status != interventie_status::gepland) v.add("status", "enum", "Een nieuwe interventie is gepland.");
  valideer(invoer, vandaag(), db::codelijsten(), v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  const auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven, traject_id);
  const Traject& t = zicht.traject;
  eis_interventies(zicht);
  eis_open(t);
  const auto dienst = db::find_dienst(*conn, dienst_id);
  if (!dienst || dienst->regio_code != t.regio_code) {
    ongeldig("dienstId", "unknown", "Kies een dienst uit de catalogus van deze regio.");
  }
  if (dienst->status != "open") {
    ongeldig("dienstId", dienst->status, "Deze dienst is " + dienst->status + " en kan nu niet worden ingepland.");
  }
  Interventie i;
  static_cast<InterventieInvoer&>(i) = std::move(invoer);
  i.id = security::uuid_v7();
  i.traject_id = traject_id;
  i.regio_code = t.regio_code;
  i.dienst_id = dienst->id;
  i.dienst_naam = dienst->naam;
  i.aanbieder_id = dienst->aanbieder_id;
  if (!i.kosten_cent) i.kosten_cent = dienst->standaardkosten_cent;
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  if (dienst->max_per_klant && t.klant_id && db::tel_interventies(*conn, *t.klant_id, dienst->id) >= *dienst->max_per_klant) {
    throw Error(ErrorCode::conflict, "Deze klant kreeg " + dienst->naam + " al het maximum van " +
                                         std::to_string(*dienst->max_per_klant) + " keer.");
  }
  db::insert_interventie(*conn, i, t.klant_id, nu);
  auto g = gebeurtenis(ctx, traject_id, "interventie", "Interventie gepland: " + i.dienst_naam, nu);
  g.naar_status = i.status;
  g.code = "interventie.gepland";
  g.parameters = {{"dienst", i.dienst_naam}};
  g.object_type = "interventie";
  g.object_id = i.id;
  db::insert_gebeurtenis(*conn, g);
  db::markeer_dienst(*conn, traject_id, dienst_tot(i));
  vraag_verplichting_aan(*conn, ctx, i, nu);
  i.verplichting = stand_van(*conn, i.id);
  verantwoord(*conn, *verantwoording_, ctx, t, "interventie_gepland", "interventie", i.id, true, start);
  tx.commit();
  return i;
}

Interventie InterventieService::update(const Context& ctx, const std::string& id, std::int64_t versie,
                                       InterventieInvoer invoer) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  const auto oud = db::find_interventie(*conn, id);
  const auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven,
                                  oud ? oud->traject_id : std::string("-"));
  eis_interventies(zicht);
  eis_open(zicht.traject);
  valideer_invoer(invoer);
  if (oud->versie != versie) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze interventie intussen gewijzigd. Laad haar opnieuw.");
  }
  if (!mag_overgaan_interventie(oud->status, invoer.status)) {
    throw Error(ErrorCode::conflict, "Een interventie met status " + oud->status + " kan niet naar " + invoer.status + ".");
  }
  Interventie i = *oud;
  static_cast<InterventieInvoer&>(i) = std::move(invoer);
  if (!i.kosten_cent) i.kosten_cent = oud->kosten_cent;
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::update_interventie(*conn, i, nu)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze interventie intussen gewijzigd. Laad haar opnieuw.");
  }
  const bool stap = i.status != oud->status;
  auto g = gebeurtenis(ctx, i.traject_id, "interventie",
                       (stap ? "Interventie " + i.status + ": " : "Interventie gewijzigd: ") + i.dienst_naam, nu);
  if (stap) {
    g.van_status = oud->status;
    g.naar_status = i.status;
  }
  g.code = "interventie." + (stap ? i.status : std::string("gewijzigd"));
  g.parameters = {{"dienst", i.dienst_naam}};
  if (i.status == interventie_status::afgebroken) g.tekst = i.reden;
  if (i.resultaat) {
    g.parameters.emplace_back("resultaat", *i.resultaat);
    g.omschrijving += " (resultaat: " + *i.resultaat + ")";
  }
  g.object_type = "interventie";
  g.object_id = id;
  db::insert_gebeurtenis(*conn, g);
  db::markeer_dienst(*conn, i.traject_id, dienst_tot(i));
  volg_interventie(*conn, ctx, *oud, i, nu);
  i.verplichting = stand_van(*conn, id);
  verantwoord(*conn, *verantwoording_, ctx, zicht.traject, stap ? "interventie_" + i.status : "interventie_gewijzigd",
              "interventie", id, true, start);
  tx.commit();
  ++i.versie;
  return i;
}

}  // namespace rmt::services
