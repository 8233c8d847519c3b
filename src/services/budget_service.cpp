#include "services/budget_service.hpp"

#include <algorithm>
#include <chrono>

#include <fmt/chrono.h>

#include "db/budget_store.hpp"
#include "db/mutatie_store.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/grootboek.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

constexpr int prognose_dagen = 90;

void eis_eigen_regio(const Verantwoording& v, db::Connection& conn, const Context& ctx, Actie actie,
                     const std::string& regio) {
  const auto eigen = regios_voor(ctx.principal, actie);
  if (std::find(eigen.begin(), eigen.end(), regio) == eigen.end()) {
    v.weiger(conn, ctx, actie, "budget", "*", "U heeft deze rol niet in regio " + regio + ".");
  }
}

Budgetwijziging voorstel(const Context& ctx, const Budgetregel& r, std::string_view soort, std::int64_t bedrag,
                         std::string toelichting, const std::string& nu) {
  Budgetwijziging w;
  w.id = security::uuid_v7();
  w.budget_id = r.budget_id;
  w.regel_id = r.id;
  w.soort = soort;
  w.bedrag_cent = bedrag;
  w.toelichting = std::move(toelichting);
  w.voorgesteld_door = ctx.actor;
  w.voorgesteld_op = nu;
  return w;
}

Budgetregel nieuwe_regel(const std::string& budget_id, const BudgetregelInvoer& in, std::int64_t volgorde) {
  Budgetregel r;
  r.id = security::uuid_v7();
  r.budget_id = budget_id;
  r.soort = in.soort;
  r.naam = in.naam;
  r.volgorde = volgorde;
  return r;
}

}  // namespace

Budget BudgetService::lees(db::Connection& conn, const Context& ctx, const std::string& id) {
  auto b = db::find_budget(conn, id);
  verantwoording_->autoriseer(conn, ctx, Actie::budget_lezen, {{b ? b->regio_code : std::string("-")}}, "budget", id);
  return std::move(*b);
}

BudgetBeeld BudgetService::beeld(db::Connection& conn, Budget b) {
  BudgetBeeld out;
  out.wijzigingen = db::list_budgetwijzigingen(conn, b.id);
  const std::string dag = vandaag();
  const auto sinds = std::chrono::sys_days(*parse_datum(dag)) - std::chrono::days(prognose_dagen);
  const std::string sinds_tekst = fmt::format("{:%Y-%m-%d}", sinds);
  for (const Budgetregel& r : b.regels) {
    out.prognoses.push_back(prognose(r.saldo.beschikbaar() + r.saldo.overschrijding,
                                     db::verplicht_sinds(conn, r.id, sinds_tekst), prognose_dagen, dag));
  }
  out.budget = std::move(b);
  return out;
}

BudgetBeeld BudgetService::create(const Context& ctx, const BudgetInvoer& invoer) {
  Validation v;
  valideer(invoer, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_voorstellen, {}, "budget", "*");
  eis_eigen_regio(*verantwoording_, *conn, ctx, Actie::budget_voorstellen, invoer.regio_code);
  const std::string nu = nu_tekst();
  Budget b;
  b.id = security::uuid_v7();
  b.regio_code = invoer.regio_code;
  b.jaar = invoer.jaar;
  b.regeling = invoer.regeling;
  b.vier_ogen_vanaf_cent = invoer.vier_ogen_vanaf_cent;
  b.aangemaakt_op = nu;
  db::Transaction tx(*conn, db::TxMode::write);
  if (db::budget_id_voor(*conn, b.regio_code, b.jaar)) {
    throw Error(ErrorCode::conflict, "Regio " + b.regio_code + " heeft al een budget voor " + std::to_string(b.jaar) + ".",
                {{"jaar", "unique", "Er is al een budget voor dit jaar; stel een wijziging voor."}});
  }
  db::insert_budget(*conn, b, ctx.actor);
  for (std::size_t n = 0; n < invoer.regels.size(); ++n) {
    const Budgetregel r = nieuwe_regel(b.id, invoer.regels[n], static_cast<std::int64_t>(n + 1));
    db::insert_budgetregel(*conn, r);
    if (invoer.regels[n].bedrag_cent > 0) {
      db::insert_budgetwijziging(*conn, voorstel(ctx, r, wijziging_soort::toekenning, invoer.regels[n].bedrag_cent,
                                                 "Toekenning bij het instellen van het budget", nu));
    }
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"budget_voorgesteld", "budget", b.id, "gelukt", {b.regio_code}});
  tx.commit();
  return beeld(*conn, *db::find_budget(*conn, b.id));
}

BudgetBeeld BudgetService::get(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  return beeld(*conn, lees(*conn, ctx, id));
}

std::vector<Budget> BudgetService::list(const Context& ctx) {
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_lezen, {}, "budget", "*");
  return db::list_budgetten(*conn, regios_voor(ctx.principal, Actie::budget_lezen));
}

BudgetBeeld BudgetService::add_regel(const Context& ctx, const std::string& budget_id, const BudgetregelInvoer& invoer) {
  Validation v;
  valideer_regel(invoer, "", v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  const auto gevonden = db::find_budget(*conn, budget_id);
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_voorstellen, {{gevonden ? gevonden->regio_code : std::string("-")}},
                              "budget", budget_id);
  const Budget& b = *gevonden;
  if (b.regels.size() >= 20) throw Error(ErrorCode::conflict, "Een budget heeft hoogstens 20 regels.");
  if (std::any_of(b.regels.begin(), b.regels.end(), [&](const Budgetregel& r) { return r.naam == invoer.naam; })) {
    ongeldig("naam", "unique", "Het budget heeft al een regel met deze naam.");
  }
  const std::string nu = nu_tekst();
  const Budgetregel r = nieuwe_regel(b.id, invoer, static_cast<std::int64_t>(b.regels.size() + 1));
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_budgetregel(*conn, r);
  if (invoer.bedrag_cent > 0) {
    db::insert_budgetwijziging(*conn, voorstel(ctx, r, wijziging_soort::toekenning, invoer.bedrag_cent, "Toekenning bij een nieuwe regel", nu));
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"budgetregel_toegevoegd", "budget", b.id, "gelukt", {b.regio_code}});
  tx.commit();
  return beeld(*conn, *db::find_budget(*conn, b.id));
}

Budgetwijziging BudgetService::stel_voor(const Context& ctx, const std::string& budget_id, Budgetwijziging w) {
  Validation v;
  if (w.soort != wijziging_soort::toekenning && w.soort != wijziging_soort::overschrijding) {
    v.add("soort", "enum", "Kies toekenning of overschrijding.");
  }
  if (w.bedrag_cent == 0 || w.bedrag_cent < -max_bedrag_cent || w.bedrag_cent > max_bedrag_cent) {
    v.add("bedragCent", "range", "Het bedrag is een verhoging of verlaging, niet 0, tot 100.000.000.000 cent.");
  }
  if (w.toelichting.empty() || w.toelichting.size() > 2000) v.add("toelichting", "length", "Licht het voorstel toe (1 tot 2000 tekens).");
  if (w.regel_id.empty()) v.add("regelId", "required", "Kies de regel.");
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  const auto b = db::find_budget(*conn, budget_id);
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_voorstellen, {{b ? b->regio_code : std::string("-")}}, "budget",
                              budget_id);
  const Budgetregel* r = b->regel(w.regel_id);
  if (!r) ongeldig("regelId", "unknown", "Kies een regel van dit budget.");
  w = voorstel(ctx, *r, w.soort, w.bedrag_cent, std::move(w.toelichting), nu_tekst());
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_budgetwijziging(*conn, w);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"budgetwijziging_voorgesteld", "budgetwijziging", w.id, "gelukt", {b->regio_code}});
  tx.commit();
  return w;
}

Budgetwijziging BudgetService::beoordeel(const Context& ctx, const std::string& id, const std::string& besluit,
                                         const std::optional<std::string>& reden) {
  if (besluit != "goedgekeurd" && besluit != "afgewezen") ongeldig("besluit", "enum", "Kies goedgekeurd of afgewezen.");
  if (besluit == "afgewezen" && (!reden || reden->empty())) ongeldig("reden", "required", "Geef de reden van de afwijzing.");
  auto conn = pool_->acquire();
  auto w = db::find_budgetwijziging(*conn, id);
  const auto b = w ? db::find_budget(*conn, w->budget_id) : std::nullopt;
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_vaststellen, {{b ? b->regio_code : std::string("-")}},
                              "budgetwijziging", id);
  if (w->voorgesteld_door == ctx.actor) {
    verantwoording_->weiger(*conn, ctx, Actie::budget_vaststellen, "budgetwijziging", id,
                            "Een voorstel dat u zelf deed, keurt een andere medewerker goed.");
  }
  const std::string nu = nu_tekst();
  w->status = besluit;
  w->reden = reden;
  w->beoordeeld_door = ctx.actor;
  w->beoordeeld_op = nu;
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::beoordeel_budgetwijziging(*conn, *w)) throw Error(ErrorCode::conflict, "Dit voorstel is al beoordeeld.");
  if (besluit == "goedgekeurd") {
    const Budgetregel& r = *b->regel(w->regel_id);
    Saldo s = db::lock_budgetregel(*conn, r.id);
    if (w->soort == wijziging_soort::toekenning) {
      s.toegekend = optellen(s.toegekend, w->bedrag_cent);
      if (s.toegekend < 0 || !s.ruimte_voor(0)) {
        throw Error(ErrorCode::conflict, "Na deze verlaging dekt de regel " + r.naam + " niet meer wat al is verplicht en betaald.");
      }
      Mutatie m = mutatie(ctx, b->id, r.id, mutatie_soort::toekenning, rubriek::toegekend, w->bedrag_cent, w->toelichting, nu);
      m.budgetwijziging_id = w->id;
      db::boek_mutatie(*conn, m);
    } else {
      s.overschrijding = optellen(s.overschrijding, w->bedrag_cent);
      if (s.overschrijding < 0 || !s.ruimte_voor(0)) {
        throw Error(ErrorCode::conflict, "De regel " + r.naam + " staat al verder onder nul dan deze overschrijding toestaat.");
      }
    }
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor,
                         {"budgetwijziging_" + besluit, "budgetwijziging", id, "gelukt", {b->regio_code}});
  tx.commit();
  return *w;
}

std::vector<Budgetwijziging> BudgetService::open_wijzigingen(const Context& ctx) {
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::budget_lezen, {}, "budgetwijziging", "*");
  return db::list_open_budgetwijzigingen(*conn, regios_voor(ctx.principal, Actie::budget_lezen));
}

std::vector<Uitgavenregel> BudgetService::uitgaven(const Context& ctx, const std::string& budget_id, const std::string& per) {
  if (per != "dienst" && per != "diensttype" && per != "aanbieder" && per != "doelgroep" && per != "maand") {
    ongeldig("per", "enum", "Kies dienst, diensttype, aanbieder, doelgroep of maand.");
  }
  auto conn = pool_->acquire();
  lees(*conn, ctx, budget_id);
  return db::uitgaven(*conn, budget_id, per);
}

std::vector<Mutatie> BudgetService::mutaties(const Context& ctx, const std::string& budget_id, std::int64_t na,
                                             std::int64_t limit) {
  auto conn = pool_->acquire();
  lees(*conn, ctx, budget_id);
  return db::list_mutaties(*conn, budget_id, na, limit);
}

Jaarverantwoording BudgetService::verantwoording(const Context& ctx, const std::string& budget_id) {
  auto conn = pool_->acquire();
  lees(*conn, ctx, budget_id);
  Jaarverantwoording j;
  // One snapshot: the lines, the reports and the ledger totals must reconcile.
  db::Transaction tx(*conn, db::TxMode::read);
  j.budget = *db::find_budget(*conn, budget_id);
  j.per_dienst = db::uitgaven(*conn, budget_id, "dienst");
  j.per_aanbieder = db::uitgaven(*conn, budget_id, "aanbieder");
  j.grootboek = db::grootboek_totaal(*conn, budget_id, j.aantal_mutaties);
  j.grootboek.overschrijding = j.budget.totaal().overschrijding;  // approved proposals, not ledger entries
  j.opgesteld_op = nu_tekst();
  tx.commit();
  return j;
}

}  // namespace rmt::services
