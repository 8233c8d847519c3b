#include "services/werkgever_service.hpp"

#include "db/codelijst_store.hpp"
#include "db/werkgever_store.hpp"
#include "db/wijziging.hpp"
#include "domain/contactgegevens.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/casus_regio.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;
constexpr std::string_view activiteit = "va-klantregistratie";

}  // namespace

Werkgever WerkgeverService::create(const Context& ctx, WerkgeverInvoer invoer, bool dubbel_bevestigd) {
  const auto start = Clock::now();
  Validation v;
  valideer(invoer, db::codelijsten(), v);
  auto conn = pool_->acquire();
  const Regio regio = casus_regio(*conn, *verantwoording_, ctx, invoer.vestigingsgemeente_code, "vestigingsgemeenteCode",
                                  "werkgever", v);
  if (!dubbel_bevestigd) {
    std::vector<InvalidParam> dubbel;
    for (const auto& w : db::find_werkgevers_by_kvk(*conn, invoer.kvk_nummer, {regio.code})) {
      dubbel.push_back({"kvkNummer", "duplicate", "Er is al een werkgever met dit KvK-nummer: " + w.id});
    }
    if (!dubbel.empty()) {
      throw Error(ErrorCode::conflict, "Deze werkgever lijkt al te bestaan. Kies de bestaande, of bevestig dat het een andere vestiging is.",
                  std::move(dubbel));
    }
  }
  Werkgever w;
  static_cast<WerkgeverInvoer&>(w) = std::move(invoer);
  w.id = security::uuid_v7();
  w.regio_code = regio.code;
  const std::string nu = to_rfc3339(Clock::now());
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_werkgever(*conn, w, nu);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"werkgever_aangemaakt", "werkgever", w.id});
  verantwoording_->verwerking(*conn, ctx, "werkgever_aangemaakt", activiteit, "werkgever", w.id, start);
  db::append_wijziging(*conn, {0, nu, "werkgever", w.id, "aangemaakt", w.regio_code, ctx.oorsprong.trace_id});
  tx.commit();
  return w;
}

Werkgever WerkgeverService::get(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  std::optional<Werkgever> w;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    w = db::find_werkgever(*conn, id);
    verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {{w ? w->regio_code : std::string("-")}}, "werkgever", id);
    log = verantwoording_->leeslog(*conn, ctx, {"werkgever_gelezen", "werkgever", id}, activiteit, "werkgever", id, start);
  }
  verantwoording_->leg_vast(std::move(log));
  return std::move(*w);
}

std::vector<Werkgever> WerkgeverService::zoeken(const Context& ctx, const std::optional<std::string>& kvk_invoer,
                                                const std::optional<std::string>& bedrijfsnaam) {
  const auto start = Clock::now();
  Validation v;
  std::optional<std::string> kvk = kvk_invoer;
  if (kvk) std::erase(*kvk, ' ');
  if (kvk.has_value() == bedrijfsnaam.has_value()) {
    v.add("kvkNummer", "required", "Zoek op KvK-nummer of op (het begin van) de bedrijfsnaam.");
  } else if (kvk && !is_kvk_nummer(*kvk)) {
    v.add("kvkNummer", "pattern", "Een KvK-nummer bestaat uit 8 cijfers.");
  } else if (bedrijfsnaam && bedrijfsnaam->size() < 2) {
    v.add("bedrijfsnaam", "minLength", "Vul minstens 2 tekens van de bedrijfsnaam in.");
  }
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {}, "werkgever", "*");
  const auto regios = regios_voor(ctx.principal, Actie::casus_lezen);
  auto gevonden = kvk ? db::find_werkgevers_by_kvk(*conn, *kvk, regios) : db::find_werkgevers_by_naam(*conn, *bedrijfsnaam, regios);
  db::Transaction tx(*conn, db::TxMode::write);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"werkgevers_gezocht", "werkgever", "*"});
  for (const auto& w : gevonden) {
    verantwoording_->verwerking(*conn, ctx, "werkgever_gevonden", activiteit, "werkgever", w.id, start);
  }
  tx.commit();
  return gevonden;
}

}  // namespace rmt::services
