#include "services/verplichting_service.hpp"

#include <algorithm>

#include "db/budget_store.hpp"
#include "db/declaratie_store.hpp"
#include "db/mutatie_store.hpp"
#include "db/verplichting_store.hpp"
#include "security/random.hpp"
#include "services/grootboek.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

std::int64_t jaar_van(const std::string& datum) { return std::stoll(datum.substr(0, 4)); }

void bewaar(db::Connection& conn, const Verplichting& v) {
  if (!db::update_verplichting(conn, v)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze verplichting intussen gewijzigd. Laad haar opnieuw.");
  }
}

// Releases `bedrag` of an approved commitment (vrijval) under the line's lock.
void geef_vrij(db::Connection& conn, const Context& ctx, Verplichting& v, std::int64_t bedrag, const std::string& waarom,
               const std::string& nu) {
  if (bedrag <= 0) return;
  db::lock_budgetregel(conn, *v.regel_id);
  Mutatie m = mutatie(ctx, *v.budget_id, *v.regel_id, mutatie_soort::vrijval, rubriek::verplicht, -bedrag,
                      "Vrijval " + v.dienst_naam + ": " + waarom, nu);
  m.verplichting_id = v.id;
  db::boek_mutatie(conn, m);
  v.bedrag_cent -= bedrag;
  bewaar(conn, v);
}

const Budgetregel& regel_voor(const Budget& b, const std::optional<std::string>& regel_id) {
  if (regel_id) {
    if (const Budgetregel* r = b.regel(*regel_id)) return *r;
    ongeldig("regelId", "unknown", "Kies een regel van het budget " + std::to_string(b.jaar) + ".");
  }
  const auto r = std::find_if(b.regels.begin(), b.regels.end(), [](const Budgetregel& x) { return x.soort == "interventies"; });
  if (r == b.regels.end()) ongeldig("regelId", "required", "Het budget heeft geen regel voor interventies; kies een regel.");
  return *r;
}

}  // namespace

void vraag_verplichting_aan(db::Connection& conn, const Context& ctx, const Interventie& i, const std::string& nu) {
  if (i.kosten_cent.value_or(0) <= 0) return;
  Verplichting v;
  v.id = security::uuid_v7();
  v.interventie_id = i.id;
  v.regio_code = i.regio_code;
  v.jaar = jaar_van(i.gepland_begin);
  v.bedrag_cent = *i.kosten_cent;
  v.aangevraagd_door = ctx.actor;
  v.aangevraagd_op = nu;
  db::insert_verplichting(conn, v);
}

void volg_interventie(db::Connection& conn, const Context& ctx, const Interventie& oud, const Interventie& nieuw,
                      const std::string& nu) {
  auto v = db::verplichting_van(conn, nieuw.id);
  const std::int64_t kosten = nieuw.kosten_cent.value_or(0);
  const bool afgebroken = nieuw.status == interventie_status::afgebroken;
  const bool start = nieuw.status == interventie_status::gestart && oud.status == interventie_status::gepland;
  if (!v || v->status == verplichting_status::vervallen || v->status == verplichting_status::afgewezen) {
    if (kosten > 0 && start) {
      throw Error(ErrorCode::conflict, "Deze interventie kost geld: ze start pas als de verplichting is goedgekeurd.");
    }
    if (kosten > 0 && !afgebroken && (!v || v->bedrag_cent != kosten)) {
      // A cost set or changed after a refusal: a new request.
      if (!v) return vraag_verplichting_aan(conn, ctx, nieuw, nu);
      v->status = verplichting_status::aangevraagd;
      v->bedrag_cent = kosten;
      v->reden.reset();
      v->beoordeeld_door.reset();
      v->beoordeeld_op.reset();
      bewaar(conn, *v);
    }
    return;
  }
  if (v->open()) {
    if (start) throw Error(ErrorCode::conflict, "Deze interventie start pas als de verplichting is goedgekeurd.");
    if (afgebroken || kosten == 0) {
      v->status = verplichting_status::vervallen;
    } else if (kosten != v->bedrag_cent) {
      // Another amount needs new approvals.
      v->bedrag_cent = kosten;
      v->status = verplichting_status::aangevraagd;
      v->eerste_akkoord_door.reset();
      v->eerste_akkoord_op.reset();
    } else {
      return;
    }
    return bewaar(conn, *v);
  }
  // Approved: the commitment follows the cost down, never below what is invoiced already.
  if (kosten > v->bedrag_cent) {
    throw Error(ErrorCode::conflict, "De kosten gaan boven de goedgekeurde verplichting van " + euro(v->bedrag_cent) +
                                         ". Een hogere factuur keurt de kassier apart goed.");
  }
  const std::int64_t houd = std::max(afgebroken ? 0 : kosten, db::geclaimd(conn, nieuw.id));
  geef_vrij(conn, ctx, *v, v->bedrag_cent - houd, afgebroken ? "interventie afgebroken" : "lagere kosten", nu);
}

db::Pagina<Verplichting> VerplichtingService::list(const Context& ctx, const std::string& status, const Paginering& p) {
  if (!status.empty() && status != verplichting_status::aangevraagd && status != verplichting_status::eerste_akkoord &&
      status != verplichting_status::goedgekeurd && status != verplichting_status::afgewezen &&
      status != verplichting_status::vervallen) {
    ongeldig("status", "enum", "Kies aangevraagd, eerste_akkoord, goedgekeurd, afgewezen of vervallen.");
  }
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_lezen, {}, "verplichting", "*");
  return db::list_verplichtingen(*conn, regios_voor(ctx.principal, Actie::budget_lezen), status, p);
}

Verplichting VerplichtingService::get(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  auto v = db::find_verplichting(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_lezen, {{v ? v->regio_code : std::string("-")}}, "verplichting", id);
  return std::move(*v);
}

Verplichting VerplichtingService::beoordeel(const Context& ctx, const std::string& id, std::int64_t versie,
                                            const VerplichtingBesluit& b) {
  if (b.besluit != verplichting_status::goedgekeurd && b.besluit != verplichting_status::afgewezen) {
    ongeldig("besluit", "enum", "Kies goedgekeurd of afgewezen.");
  }
  if (b.besluit == verplichting_status::afgewezen && (!b.reden || b.reden->empty())) {
    ongeldig("reden", "required", "Geef de reden van de afwijzing.");
  }
  auto conn = pool_->acquire();
  const auto gevonden = db::find_verplichting(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::verplichtingen_goedkeuren,
                              {{gevonden ? gevonden->regio_code : std::string("-")}}, "verplichting", id);
  if (b.besluit == verplichting_status::goedgekeurd && gevonden->eerste_akkoord_door == ctx.actor) {
    verantwoording_->weiger(*conn, ctx, Actie::verplichtingen_goedkeuren, "verplichting", id,
                            "U gaf het eerste akkoord al; het tweede akkoord geeft een andere coördinator.");
  }
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  Verplichting v = *db::find_verplichting(*conn, id);  // again, inside the transaction
  if (v.versie != versie) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze verplichting intussen gewijzigd. Laad haar opnieuw.");
  }
  if (!v.open()) throw Error(ErrorCode::conflict, "Deze verplichting is al " + v.status + ".");
  std::string actie = "verplichting_afgewezen";
  if (b.besluit == verplichting_status::afgewezen) {
    v.status = verplichting_status::afgewezen;
    v.reden = b.reden;
    v.beoordeeld_door = ctx.actor;
    v.beoordeeld_op = nu;
  } else {
    if (v.eerste_akkoord_door == ctx.actor) {
      throw Error(ErrorCode::forbidden, "U gaf het eerste akkoord al; het tweede akkoord geeft een andere coördinator.");
    }
    const auto budget_id = db::budget_id_voor(*conn, v.regio_code, v.jaar);
    if (!budget_id) {
      throw Error(ErrorCode::conflict, "Er is geen budget voor " + v.regio_code + " in " + std::to_string(v.jaar) + ".");
    }
    const Budget budget = *db::find_budget(*conn, *budget_id);
    const Budgetregel& regel = regel_voor(budget, b.regel_id);
    v.budget_id = budget.id;
    v.regel_id = regel.id;
    if (vier_ogen_nodig(v.bedrag_cent, budget.vier_ogen_vanaf_cent) && !v.eerste_akkoord_door) {
      v.status = verplichting_status::eerste_akkoord;
      v.eerste_akkoord_door = ctx.actor;
      v.eerste_akkoord_op = nu;
      actie = "verplichting_eerste_akkoord";
    } else {
      eis_ruimte(db::lock_budgetregel(*conn, regel.id), v.bedrag_cent, regel.naam);
      Mutatie m = mutatie(ctx, budget.id, regel.id, mutatie_soort::verplichting, rubriek::verplicht, v.bedrag_cent,
                          "Verplichting " + v.dienst_naam, nu);
      m.verplichting_id = v.id;
      db::boek_mutatie(*conn, m);
      v.status = verplichting_status::goedgekeurd;
      v.beoordeeld_door = ctx.actor;
      v.beoordeeld_op = nu;
      actie = "verplichting_goedgekeurd";
    }
  }
  bewaar(*conn, v);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {actie, "verplichting", id, "gelukt", {v.regio_code}});
  tx.commit();
  ++v.versie;
  return v;
}

}  // namespace rmt::services
