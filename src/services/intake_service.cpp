#include "services/intake_service.hpp"

#include "db/codelijst_store.hpp"
#include "db/intake_store.hpp"
#include "db/klant_store.hpp"
#include "db/wijziging.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;
constexpr std::string_view activiteit = "va-klantregistratie";

// Intakes are the klant's doelgroep (see klant_doel): read under a toestemming that covers it,
// taken only by a regie (`categorie` nullopt). 404 for an unknown id.
Doel doelgroep_doel(db::Connection& conn, const std::optional<db::KlantRij>& k, const std::string& id,
                    const std::optional<std::string>& categorie) {
  return k ? klant_doel(conn, id, k->klant.regio_code, categorie) : Doel{{"-"}};
}

}  // namespace

Intake IntakeService::create(const Context& ctx, const std::string& klant_id, IntakeInvoer invoer) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  const auto k = db::find_klant(*conn, klant_id);
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_schrijven, doelgroep_doel(*conn, k, klant_id, "doelgroep"), "klant",
                              klant_id);
  if (!beslis(ctx.principal, Actie::casus_schrijven, doelgroep_doel(*conn, k, klant_id, std::nullopt)).toegestaan()) {
    verantwoording_->weiger(*conn, ctx, Actie::casus_schrijven, "klant", klant_id,
                            "Een intake legt de frontoffice vast, of de organisatie met de regie van een traject van de klant.");
  }
  const auto& lijsten = db::codelijsten();
  if (invoer.datum.empty()) invoer.datum = vandaag();
  Validation v;
  valideer(invoer, k->klant.geboortedatum, vandaag(), lijsten, v);
  v.throw_if_invalid();
  Intake i;
  static_cast<IntakeInvoer&>(i) = std::move(invoer);
  i.id = security::uuid_v7();
  i.klant_id = klant_id;
  i.leeftijdsklasse = leeftijdsklasse(k->klant.geboortedatum, i.datum);
  i.codelijst_versie = lijsten.versie;
  const std::string nu = to_rfc3339(Clock::now());
  db::Transaction tx(*conn, db::TxMode::write);
  const auto medewerker = ctx.principal.medewerker_id.empty() ? std::nullopt : std::optional(ctx.principal.medewerker_id);
  db::insert_intake(*conn, i, medewerker, nu);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"intake_vastgelegd", "klant", klant_id});
  verantwoording_->verwerking(*conn, ctx, "intake_vastgelegd", activiteit, "klant", klant_id, start);
  db::append_wijziging(*conn, {0, nu, "intake", i.id, "aangemaakt", k->klant.regio_code, ctx.oorsprong.trace_id});
  tx.commit();
  return i;
}

std::vector<Intake> IntakeService::list(const Context& ctx, const std::string& klant_id) {
  const auto start = Clock::now();
  std::vector<Intake> out;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    const auto k = db::find_klant(*conn, klant_id);
    verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, doelgroep_doel(*conn, k, klant_id, "doelgroep"), "klant",
                                klant_id);
    out = db::list_intakes(*conn, klant_id);
    log = verantwoording_->leeslog(*conn, ctx, {"intakes_gelezen", "klant", klant_id}, activiteit, "klant", klant_id,
                                   start);
  }
  verantwoording_->leg_vast(std::move(log));
  return out;
}

}  // namespace rmt::services
