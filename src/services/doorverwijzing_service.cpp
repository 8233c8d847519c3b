#include "services/doorverwijzing_service.hpp"

#include <algorithm>

#include "db/codelijst_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/traject_store.hpp"
#include "domain/contactgegevens.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;

// An active organisation working in the regio, or 400 on `veld`.
Organisatie partner(db::Connection& conn, const std::string& id, const std::string& regio, const char* veld) {
  auto org = db::find_organisatie(conn, id);
  if (!org || !org->actief || std::find(org->regio_codes.begin(), org->regio_codes.end(), regio) == org->regio_codes.end()) {
    ongeldig(veld, "unknown", "Kies een actieve organisatie die in deze regio werkt.");
  }
  return std::move(*org);
}

// Ends a referral because its toestemming was withdrawn, with a timeline entry.
void trek_in(db::Connection& conn, const Context& ctx, Doorverwijzing d, const std::string& nu) {
  const std::string van = d.status;
  d.status = doorverwijzing_status::ingetrokken;
  d.reden = "De klant heeft de toestemming ingetrokken.";
  d.beantwoord_op = nu;
  db::update_doorverwijzing(conn, d);
  auto g = gebeurtenis(ctx, d.traject_id, "doorverwijzing", "Doorverwijzing ingetrokken (toestemming ingetrokken)", nu);
  g.van_status = van;
  g.naar_status = d.status;
  g.code = "doorverwijzing.ingetrokken_met_toestemming";
  g.object_type = "doorverwijzing";
  g.object_id = d.id;
  db::insert_gebeurtenis(conn, g);
}

}  // namespace

Toestemming DoorverwijzingService::toestemming(const Context& ctx, const std::string& traject_id,
                                               ToestemmingInvoer invoer) {
  const auto start = Clock::now();
  const std::string dag = vandaag();
  Validation v;
  valideer(invoer, dag, db::codelijsten(), v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  const auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven, traject_id);
  const Traject& t = zicht.traject;
  if (zicht.scope) {
    throw Error(ErrorCode::forbidden, "Toestemming voor het delen legt de organisatie met de regie vast.");
  }
  eis_open(t);
  const Organisatie org = partner(*conn, invoer.organisatie_id, t.regio_code, "organisatieId");
  if (org.id == t.organisatie_id) ongeldig("organisatieId", "own", "Dit is de organisatie die de regie al heeft.");
  Toestemming out;
  static_cast<ToestemmingInvoer&>(out) = std::move(invoer);
  out.id = security::uuid_v7();
  out.traject_id = traject_id;
  out.gegeven_op = nu_tekst();
  out.vastgelegd_door = ctx.principal.medewerker_id;
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_toestemming(*conn, out);
  auto g = gebeurtenis(ctx, traject_id, "toestemming",
                       "Toestemming vastgelegd voor " + org.naam + " tot " + out.geldig_tot, out.gegeven_op);
  g.code = "toestemming.vastgelegd";
  g.parameters = {{"organisatie", org.naam}, {"geldigTot", out.geldig_tot}};
  g.object_type = "toestemming";
  g.object_id = out.id;
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, t, "toestemming_vastgelegd", "toestemming", out.id, true, start);
  tx.commit();
  return out;
}

Toestemming DoorverwijzingService::intrekken(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  auto toestemming = db::find_toestemming(*conn, id);
  const auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven,
                                  toestemming ? toestemming->traject_id : std::string("-"));
  if (zicht.scope && toestemming->organisatie_id != ctx.principal.organisatie_id) {
    throw Error(ErrorCode::not_found, "De resource bestaat niet.");
  }
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::trek_toestemming_in(*conn, id, nu)) {
    throw Error(ErrorCode::conflict, "Deze toestemming is al ingetrokken.");
  }
  for (auto& d : db::open_doorverwijzingen(*conn, id)) {
    const std::string doorverwijzing_id = d.id;
    trek_in(*conn, ctx, std::move(d), nu);
    verantwoord(*conn, *verantwoording_, ctx, zicht.traject, "doorverwijzing_ingetrokken", "doorverwijzing",
                doorverwijzing_id, true, start);
  }
  auto g = gebeurtenis(ctx, toestemming->traject_id, "toestemming", "Toestemming ingetrokken", nu);
  g.code = "toestemming.ingetrokken";
  g.object_type = "toestemming";
  g.object_id = id;
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, zicht.traject, "toestemming_ingetrokken", "toestemming", id, true, start);
  tx.commit();
  toestemming->ingetrokken_op = nu;
  return std::move(*toestemming);
}

Doorverwijzing DoorverwijzingService::verwijs(const Context& ctx, const std::string& traject_id, Verwijzing w) {
  const auto start = Clock::now();
  Validation v;
  if (w.naar_organisatie_id.empty()) v.add("naarOrganisatieId", "required", "Kies de organisatie.");
  if (w.toestemming_id.empty()) v.add("toestemmingId", "required", "Een doorverwijzing vraagt de toestemming van de klant.");
  if (w.vraag.empty()) v.add("vraag", "required", "Beschrijf wat u van de partner vraagt.");
  valideer_tekst("vraag", w.vraag, 4000, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  const auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven, traject_id);
  const Traject& t = zicht.traject;
  eis_open(t);
  const Organisatie naar = partner(*conn, w.naar_organisatie_id, t.regio_code, "naarOrganisatieId");
  if (naar.id == ctx.principal.organisatie_id) {
    ongeldig("naarOrganisatieId", "own", "Verwijs door naar een andere organisatie dan de uwe.");
  }
  const auto toestemming = db::find_toestemming(*conn, w.toestemming_id);
  if (!toestemming || toestemming->traject_id != traject_id || toestemming->organisatie_id != naar.id ||
      !geldig(*toestemming, vandaag())) {
    ongeldig("toestemmingId", "invalid",
             "Er is geen geldige toestemming van de klant voor het delen met deze organisatie (ingetrokken, verlopen"
             " of voor een andere organisatie).");
  }
  for (const auto& d : db::list_doorverwijzingen(*conn, traject_id)) {
    if (d.naar_organisatie_id == naar.id && (d.status == doorverwijzing_status::verstuurd ||
                                             d.status == doorverwijzing_status::geaccepteerd)) {
      throw Error(ErrorCode::conflict, "Er loopt al een doorverwijzing naar " + naar.naam + ".");
    }
  }
  Doorverwijzing d;
  d.id = security::uuid_v7();
  d.traject_id = traject_id;
  d.regio_code = t.regio_code;
  d.van_organisatie_id = ctx.principal.organisatie_id;
  d.naar_organisatie_id = naar.id;
  d.toestemming_id = toestemming->id;
  d.vraag = std::move(w.vraag);
  d.verstuurd_door = ctx.principal.medewerker_id;
  d.verstuurd_op = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_doorverwijzing(*conn, d);
  auto g = gebeurtenis(ctx, traject_id, "doorverwijzing", "Doorverwezen naar " + naar.naam, d.verstuurd_op);
  g.naar_status = d.status;
  g.code = "doorverwijzing.verstuurd";
  g.parameters = {{"organisatie", naar.naam}};
  g.object_type = "doorverwijzing";
  g.object_id = d.id;
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, t, "doorverwijzing_verstuurd", "doorverwijzing", d.id, true, start);
  tx.commit();
  return d;
}

db::Pagina<Doorverwijzing> DoorverwijzingService::postbus(const Context& ctx, bool inbox,
                                                          const std::optional<std::string>& status,
                                                          const Paginering& p, Validation& v) {
  using namespace doorverwijzing_status;
  if (status && *status != verstuurd && *status != geaccepteerd && *status != afgewezen && *status != afgerond &&
      *status != ingetrokken) {
    v.add("status", "enum", "Kies verstuurd, geaccepteerd, afgewezen, afgerond of ingetrokken.");
  }
  v.throw_if_invalid();
  const auto start = Clock::now();
  db::Pagina<Doorverwijzing> page;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {}, "doorverwijzing", "*");
    db::Transaction tx(*conn, db::TxMode::read);
    page = db::list_postbus(
        *conn, {ctx.principal.organisatie_id, inbox, regios_voor(ctx.principal, Actie::casus_lezen), status}, p);
    // The question may describe the klant: shared under the toestemming, so a receiver no longer
    // sees it once that was withdrawn or expired; one Logboek entry per klant shown.
    const std::string dag = vandaag();
    for (auto& d : page.items) {
      if (inbox && !geldig(*db::find_toestemming(*conn, d.toestemming_id), dag)) {
        d.vraag.clear();
        continue;
      }
      if (const auto t = db::find_traject(*conn, d.traject_id)) {
        verantwoord_lezing(*conn, *verantwoording_, ctx, *t, "doorverwijzing_gelezen", "doorverwijzing", d.id, start, log);
      }
    }
    tx.commit();
  }
  verantwoording_->leg_vast(std::move(log));
  return page;
}

Doorverwijzing DoorverwijzingService::wijzig_status(const Context& ctx, const std::string& id, std::int64_t versie,
                                                    std::string status, std::optional<std::string> reden) {
  using namespace doorverwijzing_status;
  const auto start = Clock::now();
  Validation v;
  if (status != geaccepteerd && status != afgewezen && status != afgerond && status != ingetrokken) {
    v.add("status", "enum", "Kies geaccepteerd, afgewezen, afgerond of ingetrokken.");
  }
  if (status == afgewezen && (!reden || reden->empty())) v.add("reden", "required", "Geef de reden van de afwijzing.");
  valideer_tekst("reden", reden, 2000, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  auto d = db::find_doorverwijzing(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_schrijven, {{d ? d->regio_code : std::string("-")}},
                              "doorverwijzing", id);
  const std::string& org = ctx.principal.organisatie_id;
  if (org != d->naar_organisatie_id && org != d->van_organisatie_id) {
    throw Error(ErrorCode::not_found, "De resource bestaat niet.");
  }
  const Partij partij = org == d->naar_organisatie_id ? Partij::ontvanger : Partij::afzender;
  if (d->versie != versie) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze doorverwijzing intussen gewijzigd. Laad haar opnieuw.");
  }
  if (!mag_overgaan_doorverwijzing(d->status, status, partij)) {
    const bool andere_partij = mag_overgaan_doorverwijzing(
        d->status, status, partij == Partij::ontvanger ? Partij::afzender : Partij::ontvanger);
    if (andere_partij) {
      verantwoording_->weiger(*conn, ctx, Actie::casus_schrijven, "doorverwijzing", id,
                              partij == Partij::afzender
                                  ? "Alleen de organisatie waaraan de doorverwijzing is gericht, kan haar " + status + "."
                                  : "Alleen de verwijzende organisatie kan de doorverwijzing intrekken.");
    }
    throw Error(ErrorCode::conflict, "Een doorverwijzing met status " + d->status + " kan niet naar " + status + ".");
  }
  const auto toestemming = db::find_toestemming(*conn, d->toestemming_id);
  if (status == geaccepteerd && !geldig(*toestemming, vandaag())) {
    throw Error(ErrorCode::conflict, "De toestemming van de klant is ingetrokken of verlopen; accepteren kan niet meer.");
  }
  const auto t = db::find_traject(*conn, d->traject_id);
  const std::string van = d->status;
  const std::string nu = nu_tekst();
  d->status = status;
  d->reden = std::move(reden);
  d->beantwoord_op = nu;
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::update_doorverwijzing(*conn, *d)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze doorverwijzing intussen gewijzigd. Laad haar opnieuw.");
  }
  const auto naar = db::find_organisatie(*conn, d->naar_organisatie_id);
  auto g = gebeurtenis(ctx, d->traject_id, "doorverwijzing",
                       "Doorverwijzing naar " + (naar ? naar->naam : std::string("partner")) + " " + status, nu);
  g.van_status = van;
  g.naar_status = status;
  g.code = "doorverwijzing." + status;
  if (naar) g.parameters = {{"organisatie", naar->naam}};
  g.tekst = d->reden;
  g.object_type = "doorverwijzing";
  g.object_id = id;
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, *t, "doorverwijzing_" + status, "doorverwijzing", id, true, start);
  tx.commit();
  ++d->versie;
  return std::move(*d);
}

}  // namespace rmt::services
