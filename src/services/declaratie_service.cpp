#include "services/declaratie_service.hpp"

#include <algorithm>
#include <set>

#include "db/budget_store.hpp"
#include "db/declaratie_store.hpp"
#include "db/interventie_store.hpp"
#include "db/mutatie_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/verplichting_store.hpp"
#include "domain/budget.hpp"
#include "domain/iban.hpp"
#include "domain/interventie.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/grootboek.hpp"
#include "services/idempotentie.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

bool heeft(const std::vector<std::string>& regios, const std::string& regio) {
  return std::find(regios.begin(), regios.end(), regio) != regios.end();
}

// What is still open of the interventie's approved commitment for a new claim.
std::int64_t open_verplichting(db::Connection& conn, const std::optional<Verplichting>& v, const std::string& interventie_id,
                               const std::string& behalve) {
  const std::int64_t toegezegd = v && v->status == verplichting_status::goedgekeurd ? v->bedrag_cent : 0;
  return toegezegd - db::geclaimd(conn, interventie_id, behalve);
}

[[noreturn]] void dubbel() {
  throw Error(ErrorCode::conflict, "Deze aanbieder gebruikte dit factuurnummer al.",
              {{"factuurnummer", "unique", "Een factuurnummer wordt per aanbieder één keer gedeclareerd."}});
}

void bewaar(db::Connection& conn, const Declaratie& d) {
  if (!db::update_declaratie(conn, d)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze declaratie intussen gewijzigd. Laad haar opnieuw.");
  }
}

}  // namespace

Declaratie DeclaratieService::create(const Context& ctx, DeclaratieInvoer invoer, const std::optional<db::Idempotentie>& idem) {
  invoer.iban = normaliseer_iban(invoer.iban);
  if (invoer.bic) invoer.bic = normaliseer_iban(*invoer.bic);
  Validation v;
  valideer(invoer, vandaag(), v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::declaraties_indienen, {}, "declaratie", "*");
  if (const auto id = herhaald(idem ? db::declaratie_by_idempotentie(*conn, idem->sleutel) : std::nullopt, idem)) {
    return lees(*conn, ctx, *id);
  }
  const auto aanbieder = db::find_organisatie(*conn, invoer.aanbieder_id);
  if (!aanbieder) ongeldig("aanbiederId", "unknown", "Kies een bestaande aanbieder.");
  // Every interventie: in a regio of the user (another regio's are as unknown as missing ones),
  // of this aanbieder, all in one regio, started.
  const auto eigen = regios_voor(ctx.principal, Actie::declaraties_indienen);
  std::string regio;
  std::vector<Interventie> interventies;
  for (std::size_t n = 0; n < invoer.regels.size(); ++n) {
    const std::string veld = "regels[" + std::to_string(n) + "].interventieId";
    const auto i = db::find_interventie(*conn, invoer.regels[n].interventie_id);
    if (!i || !heeft(eigen, i->regio_code) || i->aanbieder_id != invoer.aanbieder_id || (!regio.empty() && i->regio_code != regio)) {
      v.add(veld, "unknown", "Kies een interventie die deze aanbieder levert, in één regio.");
      continue;
    }
    regio = i->regio_code;
    if (i->status == interventie_status::gepland || (i->status == interventie_status::afgebroken && !i->werkelijk_begin)) {
      v.add(veld, "not_started", "Deze interventie is nooit gestart; daarvoor wordt niet betaald.");
    }
    interventies.push_back(*i);
  }
  v.throw_if_invalid();
  if (!heeft(regios_voor(ctx.principal, Actie::declaraties_beoordelen), regio) && ctx.principal.organisatie_id != invoer.aanbieder_id) {
    verantwoording_->weiger(*conn, ctx, Actie::declaraties_indienen, "declaratie", "*",
                            "Alleen medewerkers van de aanbieder of de kassier voeren een declaratie in.");
  }
  Declaratie d;
  static_cast<DeclaratieInvoer&>(d) = std::move(invoer);
  d.id = security::uuid_v7();
  d.regio_code = regio;
  d.bedrag_cent = totaal_cent(d);
  d.ingediend_door = ctx.actor;
  d.ingediend_op = nu_tekst();
  d.aanbieder_naam = aanbieder->naam;
  db::Transaction tx(*conn, db::TxMode::write);
  if (db::factuurnummer_gebruikt(*conn, d.aanbieder_id, d.factuurnummer)) dubbel();
  for (std::size_t n = 0; n < d.regels.size(); ++n) {
    Declaratieregel& r = d.regels[n];
    const auto vp = db::verplichting_van(*conn, r.interventie_id);
    r.dienst_naam = interventies[n].dienst_naam;
    const std::int64_t open = open_verplichting(*conn, vp, r.interventie_id, "");
    if (r.bedrag_cent > open && !d.boven_verplichting) {
      v.add("regels[" + std::to_string(n) + "].bedragCent", "above_commitment",
            "Dit is meer dan de open verplichting van " + euro(std::max<std::int64_t>(open, 0)) +
                ". Vraag zo nodig uitdrukkelijk om betaling boven de verplichting.");
    }
  }
  v.throw_if_invalid();
  if (!db::insert_declaratie(*conn, d, idem)) dubbel();
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"declaratie_ingediend", "declaratie", d.id, "gelukt", {regio}});
  tx.commit();
  return d;
}

Declaratie DeclaratieService::lees(db::Connection& conn, const Context& ctx, const std::string& id) {
  auto d = db::find_declaratie(conn, id);
  const std::string regio = d ? d->regio_code : std::string("-");
  verantwoording_->autoriseer(conn, ctx, Actie::declaraties_indienen, {{regio}}, "declaratie", id);
  if (!heeft(regios_voor(ctx.principal, Actie::budget_lezen), regio) && d->aanbieder_id != ctx.principal.organisatie_id) {
    // Another aanbieder's invoice: as if it does not exist.
    verantwoording_->audit_apart(conn, ctx.oorsprong, ctx.actor,
                                 {"toegang_geweigerd:declaraties_indienen", "declaratie", id, "geweigerd"});
    throw Error(ErrorCode::not_found, "De resource bestaat niet.");
  }
  return std::move(*d);
}

Declaratie DeclaratieService::get(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  return lees(*conn, ctx, id);
}

db::Pagina<Declaratie> DeclaratieService::list(const Context& ctx, const std::string& status, const Paginering& p) {
  if (!status.empty() && status != declaratie_status::ingediend && status != declaratie_status::goedgekeurd &&
      status != declaratie_status::afgewezen && status != declaratie_status::betaald) {
    ongeldig("status", "enum", "Kies ingediend, goedgekeurd, afgewezen of betaald.");
  }
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::declaraties_indienen, {}, "declaratie", "*");
  db::DeclaratieFilter f;
  f.status = status;
  f.regio_codes = regios_voor(ctx.principal, Actie::budget_lezen);
  if (f.regio_codes.empty()) {
    f.regio_codes = regios_voor(ctx.principal, Actie::declaraties_indienen);
    f.aanbieder_id = ctx.principal.organisatie_id;
  }
  return db::list_declaraties(*conn, f, p);
}

Declaratie DeclaratieService::beoordeel(const Context& ctx, const std::string& id, std::int64_t versie,
                                        const DeclaratieBesluit& b) {
  if (b.besluit != declaratie_status::goedgekeurd && b.besluit != declaratie_status::afgewezen) {
    ongeldig("besluit", "enum", "Kies goedgekeurd of afgewezen.");
  }
  if (b.besluit == declaratie_status::afgewezen && (!b.reden || b.reden->empty())) {
    ongeldig("reden", "required", "Geef de reden van de afwijzing.");
  }
  auto conn = pool_->acquire();
  const auto gevonden = db::find_declaratie(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::declaraties_beoordelen, {{gevonden ? gevonden->regio_code : std::string("-")}},
                              "declaratie", id);
  if (gevonden->ingediend_door == ctx.actor) {
    verantwoording_->weiger(*conn, ctx, Actie::declaraties_beoordelen, "declaratie", id,
                            "Een declaratie die u zelf invoerde, beoordeelt een andere kassier.");
  }
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  Declaratie d = *db::find_declaratie(*conn, id);
  if (d.versie != versie) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze declaratie intussen gewijzigd. Laad haar opnieuw.");
  }
  if (d.status != declaratie_status::ingediend) throw Error(ErrorCode::conflict, "Deze declaratie is al " + d.status + ".");
  d.status = b.besluit;
  d.reden = b.reden;
  d.beoordeeld_door = ctx.actor;
  d.beoordeeld_op = nu;
  if (b.besluit == declaratie_status::goedgekeurd) {
    for (const Declaratieregel& r : d.regels) {
      auto vp = db::verplichting_van(*conn, r.interventie_id);
      if (!vp || vp->status != verplichting_status::goedgekeurd) {
        throw Error(ErrorCode::conflict, "De interventie " + r.dienst_naam + " heeft geen goedgekeurde verplichting; "
                                         "laat de coördinator die eerst goedkeuren.");
      }
      Saldo s = db::lock_budgetregel(*conn, *vp->regel_id);
      const std::int64_t boven = r.bedrag_cent - open_verplichting(*conn, vp, r.interventie_id, d.id);
      if (boven > 0) {
        if (!d.boven_verplichting || !b.akkoord_boven_verplichting) {
          throw Error(ErrorCode::conflict, "De declaratie gaat " + euro(boven) + " boven de open verplichting van " +
                                               r.dienst_naam + ".",
                      {{"akkoordBovenVerplichting", "required",
                        d.boven_verplichting ? "Keur het bedrag boven de verplichting uitdrukkelijk goed."
                                             : "De indiener vroeg niet om betaling boven de verplichting."}});
        }
        const Budget budget = *db::find_budget(*conn, *vp->budget_id);
        eis_ruimte(s, boven, budget.regel(*vp->regel_id)->naam);
        Mutatie m = mutatie(ctx, *vp->budget_id, *vp->regel_id, mutatie_soort::verplichting, rubriek::verplicht, boven,
                            "Verhoging bij declaratie " + d.factuurnummer, nu);
        m.verplichting_id = vp->id;
        m.declaratie_id = d.id;
        db::boek_mutatie(*conn, m);
        vp->bedrag_cent += boven;
        if (!db::update_verplichting(*conn, *vp)) throw Error(ErrorCode::precondition_failed, "De verplichting is intussen gewijzigd.");
      }
      Mutatie m = mutatie(ctx, *vp->budget_id, *vp->regel_id, mutatie_soort::declaratie_goedgekeurd, rubriek::gedeclareerd,
                          r.bedrag_cent, "Declaratie " + d.factuurnummer + " " + d.aanbieder_naam, nu);
      m.verplichting_id = vp->id;
      m.declaratie_id = d.id;
      db::boek_mutatie(*conn, m);
    }
  }
  bewaar(*conn, d);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"declaratie_" + b.besluit, "declaratie", id, "gelukt", {d.regio_code}});
  tx.commit();
  ++d.versie;
  return d;
}

Declaratie DeclaratieService::corrigeer(const Context& ctx, const std::string& id, std::int64_t versie, const std::string& reden) {
  if (reden.empty() || reden.size() > 2000) ongeldig("reden", "length", "Geef de reden van de correctie (1 tot 2000 tekens).");
  auto conn = pool_->acquire();
  const auto gevonden = db::find_declaratie(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::declaraties_beoordelen, {{gevonden ? gevonden->regio_code : std::string("-")}},
                              "declaratie", id);
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  Declaratie d = *db::find_declaratie(*conn, id);
  if (d.versie != versie) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze declaratie intussen gewijzigd. Laad haar opnieuw.");
  }
  if (d.status != declaratie_status::goedgekeurd || d.betaalronde_id) {
    throw Error(ErrorCode::conflict, "Alleen een goedgekeurde declaratie die nog niet in een betaalronde staat, wordt gecorrigeerd.");
  }
  const auto boekingen = db::mutaties_van_declaratie(*conn, id);
  std::set<std::string> al_gecorrigeerd;  // by an earlier correctie of this declaratie
  for (const Mutatie& m : boekingen) {
    if (m.corrigeert_id) al_gecorrigeerd.insert(*m.corrigeert_id);
  }
  for (const Mutatie& m : boekingen) {
    if (m.soort == mutatie_soort::correctie || al_gecorrigeerd.contains(m.id)) continue;
    db::lock_budgetregel(*conn, m.regel_id);
    Mutatie c = correctie_van(m);
    c.id = security::uuid_v7();
    c.omschrijving = "Correctie: " + reden;
    c.geboekt_door = ctx.actor;
    c.geboekt_op = nu;
    db::boek_mutatie(*conn, c);
    if (m.rubriek == rubriek::verplicht && m.verplichting_id) {  // the increase for this invoice
      auto vp = *db::find_verplichting(*conn, *m.verplichting_id);
      vp.bedrag_cent -= m.bedrag_cent;
      if (!db::update_verplichting(*conn, vp)) throw Error(ErrorCode::precondition_failed, "De verplichting is intussen gewijzigd.");
    }
  }
  d.status = declaratie_status::ingediend;
  d.reden = "Correctie: " + reden;
  d.beoordeeld_door.reset();
  d.beoordeeld_op.reset();
  bewaar(*conn, d);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"declaratie_gecorrigeerd", "declaratie", id, "gelukt", {d.regio_code}});
  tx.commit();
  ++d.versie;
  return d;
}

}  // namespace rmt::services
