#include "services/contact_service.hpp"

#include <algorithm>

#include "db/codelijst_store.hpp"
#include "db/klant_store.hpp"
#include "db/werkgever_store.hpp"
#include "db/wijziging.hpp"
#include "domain/regio.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;
constexpr std::string_view activiteit = "va-centrale-toegang";

}  // namespace

Contact ContactService::create(const Context& ctx, ContactInvoer invoer) {
  const auto start = Clock::now();
  Validation v;
  if (!is_regio_code(invoer.regio_code)) v.add("regioCode", "pattern", "Kies een regio (code AMnn).");
  valideer(invoer, db::codelijsten(), v);
  if (invoer.klant_id && invoer.werkgever_id) v.add("werkgeverId", "exclusive", "Koppel een contact aan een klant of aan een werkgever, niet aan beide.");
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_schrijven, {}, "contact", "*");
  const auto eigen = regios_voor(ctx.principal, Actie::casus_schrijven);
  if (std::find(eigen.begin(), eigen.end(), invoer.regio_code) == eigen.end()) {
    verantwoording_->weiger(*conn, ctx, Actie::casus_schrijven, "contact", "*", "U heeft in deze regio geen rol die contacten vastlegt.");
  }
  if (invoer.klant_id) {
    const auto k = db::find_klant(*conn, *invoer.klant_id);
    if (!k || k->klant.regio_code != invoer.regio_code) {
      v.add("klantId", "unknown", "Kies een klant uit deze regio.");
    } else {
      verantwoording_->autoriseer_in_veld(*conn, ctx, Actie::casus_schrijven,
                                          klant_doel(*conn, k->klant.id, k->klant.regio_code, "contactgegevens"),
                                          {"klantId", "unknown", "Kies een klant uit deze regio."}, "klant", k->klant.id);
    }
  }
  if (invoer.werkgever_id) {
    const auto w = db::find_werkgever(*conn, *invoer.werkgever_id);
    if (!w || w->regio_code != invoer.regio_code) v.add("werkgeverId", "unknown", "Kies een werkgever uit deze regio.");
  }
  v.throw_if_invalid();
  Contact c;
  static_cast<ContactInvoer&>(c) = std::move(invoer);
  c.id = security::uuid_v7();
  c.medewerker_id = ctx.principal.medewerker_id.empty() ? std::nullopt : std::optional(ctx.principal.medewerker_id);
  c.vastgelegd_op = to_rfc3339(Clock::now());
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_contact(*conn, c);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"contact_vastgelegd", "contact", c.id, "gelukt", {c.regio_code}});
  if (c.klant_id) verantwoording_->verwerking(*conn, ctx, "contact_vastgelegd", activiteit, "klant", *c.klant_id, start);
  if (c.werkgever_id) {
    verantwoording_->verwerking(*conn, ctx, "contact_vastgelegd", activiteit, "werkgever", *c.werkgever_id, start);
  }
  db::append_wijziging(*conn, {0, c.vastgelegd_op, "contact", c.id, "aangemaakt", c.regio_code, ctx.oorsprong.trace_id});
  tx.commit();
  return c;
}

db::Pagina<Contact> ContactService::list(const Context& ctx, const std::optional<std::string>& klant_id,
                                         const std::optional<std::string>& werkgever_id, const Paginering& p) {
  const auto start = Clock::now();
  db::Pagina<Contact> pagina;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {}, "contact", "*");
    db::ContactFilter filter{regios_voor(ctx.principal, Actie::casus_lezen), klant_id, werkgever_id};
    if (klant_id) {  // one klant's contacts: for whoever may see the klant (see klant_doel)
      const auto k = db::find_klant(*conn, *klant_id);
      verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen,
                                  k ? klant_doel(*conn, *klant_id, k->klant.regio_code, "contactgegevens") : Doel{{"-"}},
                                  "klant", *klant_id);
    } else {  // otherwise those about a klant only where the user sees every klant of the regio
      std::vector<std::string> regios;
      for (Rol r : klant_regio_breed) {
        for (auto& code : ctx.principal.regios_met(r)) regios.push_back(std::move(code));
      }
      filter.klant_regio_codes = std::move(regios);
    }
    pagina = db::list_contacten(*conn, filter, p);
    log.audit.push_back(verantwoording_->auditregel(*conn, ctx.oorsprong, ctx.actor, {"contacten_gelezen", "contact", "*"}));
  }
  for (const Contact& c : pagina.items) {
    if (c.klant_id) {
      log.verwerkingen.push_back(verantwoording_->verwerkingsregel(ctx, "contact_gelezen", activiteit, "klant", *c.klant_id, start));
    }
    if (c.werkgever_id) {
      log.verwerkingen.push_back(
          verantwoording_->verwerkingsregel(ctx, "contact_gelezen", activiteit, "werkgever", *c.werkgever_id, start));
    }
  }
  verantwoording_->leg_vast(std::move(log));
  return pagina;
}

}  // namespace rmt::services
