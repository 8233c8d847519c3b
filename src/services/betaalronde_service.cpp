#include "services/betaalronde_service.hpp"

#include <algorithm>
#include <chrono>

#include <fmt/chrono.h>

#include "db/betaalronde_store.hpp"
#include "db/budget_store.hpp"
#include "db/declaratie_store.hpp"
#include "db/mutatie_store.hpp"
#include "db/verplichting_store.hpp"
#include "domain/iban.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/grootboek.hpp"
#include "services/idempotentie.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

constexpr std::int64_t max_posten = 10'000;

std::string zonder_streepjes(std::string id) {
  id.erase(std::remove(id.begin(), id.end(), '-'), id.end());
  return id;
}

void valideer(const BetaalrondeInvoer& in, Validation& v) {
  const std::string dag = vandaag();
  const auto datum = parse_datum(in.uitvoeringsdatum);
  const std::string over_een_jaar =
      fmt::format("{:%Y-%m-%d}", std::chrono::sys_days(*parse_datum(dag)) + std::chrono::days(366));
  if (!datum) v.add("uitvoeringsdatum", "date", "Geef de uitvoeringsdatum als JJJJ-MM-DD.");
  else if (in.uitvoeringsdatum < dag || in.uitvoeringsdatum > over_een_jaar) {
    v.add("uitvoeringsdatum", "range", "De uitvoeringsdatum ligt tussen vandaag en een jaar vooruit.");
  }
  if (in.debiteur_naam.empty() || in.debiteur_naam.size() > 70) v.add("debiteurNaam", "length", "Geef de naam van de rekeninghouder (1 tot 70 tekens).");
  if (!iban_geldig(in.debiteur_iban)) v.add("debiteurIban", "iban", "Dit is geen geldig IBAN (controlegetal of lengte klopt niet).");
  if (in.debiteur_bic && !bic_geldig(*in.debiteur_bic)) v.add("debiteurBic", "bic", "Dit is geen geldige BIC.");
}

}  // namespace

Betaalronde BetaalrondeService::create(const Context& ctx, BetaalrondeInvoer invoer, const std::optional<db::Idempotentie>& idem) {
  invoer.debiteur_iban = normaliseer_iban(invoer.debiteur_iban);
  if (invoer.debiteur_bic) invoer.debiteur_bic = normaliseer_iban(*invoer.debiteur_bic);
  Validation v;
  valideer(invoer, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::betalen, {}, "betaalronde", "*");
  const auto eigen = regios_voor(ctx.principal, Actie::betalen);
  if (std::find(eigen.begin(), eigen.end(), invoer.regio_code) == eigen.end()) {
    verantwoording_->weiger(*conn, ctx, Actie::betalen, "betaalronde", "*", "U bent geen kassier van regio " + invoer.regio_code + ".");
  }
  if (const auto id = herhaald(idem ? db::betaalronde_by_idempotentie(*conn, idem->sleutel) : std::nullopt, idem)) {
    return lees(*conn, ctx, *id);
  }
  Betaalronde r;
  r.id = security::uuid_v7();
  r.regio_code = invoer.regio_code;
  r.aangemaakt_door = ctx.actor;
  Betaalopdracht& o = r.opdracht;
  o.bericht_id = "RMT" + zonder_streepjes(r.id);  // 35 characters
  o.aangemaakt_op = nu_tekst();
  o.uitvoeringsdatum = invoer.uitvoeringsdatum;
  o.debiteur_naam = invoer.debiteur_naam;
  o.debiteur_iban = invoer.debiteur_iban;
  o.debiteur_bic = invoer.debiteur_bic;
  db::Transaction tx(*conn, db::TxMode::write);
  auto declaraties = db::te_betalen(*conn, r.regio_code, max_posten);
  if (declaraties.empty()) throw Error(ErrorCode::conflict, "Er zijn geen goedgekeurde declaraties die nog betaald moeten worden.");
  for (Declaratie& d : declaraties) {
    Betaalpost p;
    p.end_to_end_id = zonder_streepjes(d.id);
    p.crediteur_naam = d.aanbieder_naam;
    p.iban = d.iban;
    p.bic = d.bic;
    p.bedrag_cent = d.bedrag_cent;
    p.factuurnummer = d.factuurnummer;
    p.omschrijving = "Factuur " + d.factuurnummer + " RMT " + r.regio_code;
    r.totaal_cent = optellen(r.totaal_cent, d.bedrag_cent);
    o.posten.push_back(std::move(p));
    r.declaratie_ids.push_back(d.id);
    d.betaalronde_id = r.id;
    if (!db::update_declaratie(*conn, d)) throw Error(ErrorCode::busy, "Een declaratie werd intussen gewijzigd; probeer opnieuw.");
  }
  r.aantal = static_cast<std::int64_t>(o.posten.size());
  pain001_xml(o);  // the guard: a run whose file cannot be written is not made
  db::insert_betaalronde(*conn, r, idem);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"betaalronde_aangemaakt", "betaalronde", r.id, "gelukt", {r.regio_code}});
  tx.commit();
  return r;
}

Betaalronde BetaalrondeService::lees(db::Connection& conn, const Context& ctx, const std::string& id) {
  auto r = db::find_betaalronde(conn, id);
  verantwoording_->autoriseer(conn, ctx, Actie::betalen, {{r ? r->regio_code : std::string("-")}}, "betaalronde", id);
  return std::move(*r);
}

Betaalronde BetaalrondeService::get(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  return lees(*conn, ctx, id);
}

std::vector<Betaalronde> BetaalrondeService::list(const Context& ctx) {
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::betalen, {}, "betaalronde", "*");
  return db::list_betaalrondes(*conn, regios_voor(ctx.principal, Actie::betalen), 200);
}

std::string BetaalrondeService::bestand(const Context& ctx, const std::string& id, bool csv) {
  auto conn = pool_->acquire();
  const Betaalronde r = lees(*conn, ctx, id);
  std::string out = csv ? betaalbestand_csv(r.opdracht) : pain001_xml(r.opdracht);
  db::Transaction tx(*conn, db::TxMode::write);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor,
                         {csv ? "betaalbestand_csv_gedownload" : "betaalbestand_gedownload", "betaalronde", id, "gelukt", {r.regio_code}});
  tx.commit();
  return out;
}

Betaalronde BetaalrondeService::markeer_betaald(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  lees(*conn, ctx, id);
  const std::string nu = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  Betaalronde r = *db::find_betaalronde(*conn, id);
  if (!db::markeer_betaald(*conn, id, ctx.actor, nu)) throw Error(ErrorCode::conflict, "Deze betaalronde is al betaald.");
  for (const std::string& declaratie_id : r.declaratie_ids) {
    Declaratie d = *db::find_declaratie(*conn, declaratie_id);
    for (const Declaratieregel& regel : d.regels) {
      const Verplichting vp = *db::verplichting_van(*conn, regel.interventie_id);
      db::lock_budgetregel(*conn, *vp.regel_id);
      Mutatie m = mutatie(ctx, *vp.budget_id, *vp.regel_id, mutatie_soort::betaling, rubriek::betaald, regel.bedrag_cent,
                          "Betaling factuur " + d.factuurnummer + " " + d.aanbieder_naam, nu);
      m.verplichting_id = vp.id;
      m.declaratie_id = d.id;
      m.betaalronde_id = r.id;
      db::boek_mutatie(*conn, m);
    }
    d.status = declaratie_status::betaald;
    if (!db::update_declaratie(*conn, d)) throw Error(ErrorCode::busy, "Een declaratie werd intussen gewijzigd; probeer opnieuw.");
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"betaalronde_betaald", "betaalronde", id, "gelukt", {r.regio_code}});
  tx.commit();
  r.status = betaalronde_status::betaald;
  r.betaald_door = ctx.actor;
  r.betaald_op = nu;
  return r;
}

}  // namespace rmt::services
