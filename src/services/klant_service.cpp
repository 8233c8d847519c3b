#include "services/klant_service.hpp"

#include <algorithm>

#include <fmt/chrono.h>

#include "db/wijziging.hpp"
#include "domain/bsn.hpp"
#include "domain/tijd.hpp"
#include "security/field_cipher.hpp"
#include "security/pseudonym.hpp"
#include "security/random.hpp"
#include "services/casus_regio.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;
constexpr std::string_view activiteit = "va-klantregistratie";

std::string bsn_ad(std::string_view klant_id) { return "klant.bsn:" + std::string(klant_id); }

// The klant's record and BSN are its contactgegevens (see klant_doel).
Doel record_doel(db::Connection& conn, const db::KlantRij& rij) {
  return klant_doel(conn, rij.klant.id, rij.klant.regio_code, "contactgegevens");
}
// The same, 404 for an unknown id.
Doel record_doel(db::Connection& conn, const std::optional<db::KlantRij>& rij) {
  return rij ? record_doel(conn, *rij) : Doel{{"-"}};
}

}  // namespace

std::string KlantService::bsn_index(const std::string& bsn) const {
  return security::pseudonym(verantwoording_->keys().index, "bsn-index", bsn);
}

KlantBeeld KlantService::beeld(const db::KlantRij& rij) const {
  KlantBeeld b{rij.klant, ""};
  if (rij.bsn_versleuteld) {
    b.bsn_gemaskeerd = maskeer_bsn(security::open(verantwoording_->keys().veld, *rij.bsn_versleuteld, bsn_ad(rij.klant.id)));
  }
  return b;
}

KlantBeeld KlantService::create(const Context& ctx, KlantInvoer invoer, bool dubbel_bevestigd) {
  const auto start = Clock::now();
  Validation v;
  valideer(invoer, vandaag(), v);
  auto conn = pool_->acquire();
  const Regio regio = casus_regio(*conn, *verantwoording_, ctx, invoer.woongemeente_code, "woongemeenteCode", "klant", v);
  const std::optional<std::string> index = invoer.bsn ? std::optional(bsn_index(*invoer.bsn)) : std::nullopt;
  if (!dubbel_bevestigd) {
    std::vector<InvalidParam> dubbel;
    // The existing klant by id, for whoever may open it (see klant_doel); for others only that
    // it exists, so that nobody takes the same person in twice.
    const auto bestaand = [&](const db::KlantRij& r, const std::string& wat) {
      if (beslis(ctx.principal, Actie::casus_lezen, record_doel(*conn, r)).toegestaan()) {
        return "Er is al een klant met " + wat + ": " + r.klant.id;
      }
      return "Er is al een klant met " + wat + ", in een traject van een andere organisatie. De frontoffice helpt u verder.";
    };
    if (index) {
      for (const auto& r : db::find_klanten_by_bsn_index(*conn, *index, {regio.code})) {
        dubbel.push_back({"bsn", "duplicate", bestaand(r, "dit BSN")});
      }
    }
    for (const auto& r : db::find_klanten_by_naam(*conn, invoer.naam, invoer.geboortedatum, {regio.code})) {
      dubbel.push_back({"naam", "duplicate", bestaand(r, "deze naam en geboortedatum")});
    }
    if (!dubbel.empty()) {
      throw Error(ErrorCode::conflict, "Deze klant lijkt al te bestaan. Kies de bestaande klant, of bevestig dat het een andere persoon is.",
                  std::move(dubbel));
    }
  }
  Klant k;
  static_cast<KlantInvoer&>(k) = std::move(invoer);
  k.id = security::uuid_v7();
  k.regio_code = regio.code;
  const std::optional<std::string> versleuteld =
      k.bsn ? std::optional(security::seal(verantwoording_->keys().veld, *k.bsn, bsn_ad(k.id))) : std::nullopt;
  const std::string nu = to_rfc3339(Clock::now());
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_klant(*conn, k, versleuteld, index, nu);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"klant_aangemaakt", "klant", k.id});
  verantwoording_->verwerking(*conn, ctx, "klant_aangemaakt", activiteit, "klant", k.id, start);
  db::append_wijziging(*conn, {0, nu, "klant", k.id, "aangemaakt", k.regio_code, ctx.oorsprong.trace_id});
  tx.commit();
  return {k, k.bsn ? maskeer_bsn(*k.bsn) : ""};
}

KlantBeeld KlantService::get(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  std::optional<db::KlantRij> rij;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    rij = db::find_klant(*conn, id);
    verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, record_doel(*conn, rij), "klant", id);
    log = verantwoording_->leeslog(*conn, ctx, {"klant_gelezen", "klant", id}, activiteit, "klant", id, start);
  }
  verantwoording_->leg_vast(std::move(log));
  return beeld(*rij);
}

std::vector<KlantBeeld> KlantService::zoeken(const Context& ctx, const std::optional<std::string>& bsn_invoer,
                                             const std::optional<std::string>& naam,
                                             const std::optional<std::string>& geboortedatum) {
  const auto start = Clock::now();
  Validation v;
  std::optional<std::string> bsn = bsn_invoer;
  if (bsn) std::erase(*bsn, ' ');
  if (bsn.has_value() == (naam.has_value() || geboortedatum.has_value())) {
    v.add("bsn", "required", "Zoek op BSN, of op naam met geboortedatum (één van beide).");
  } else if (bsn && !is_bsn(*bsn)) {
    v.add("bsn", "elfproef", "Dit is geen geldig BSN (9 cijfers die aan de elfproef voldoen).");
  } else if (!bsn && (!naam || !geboortedatum)) {
    v.add(naam ? "geboortedatum" : "naam", "required", "Zoeken op naam gaat samen met de geboortedatum.");
  }
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {}, "klant", "*");
  const auto regios = regios_voor(ctx.principal, Actie::casus_lezen);
  const auto rijen = bsn ? db::find_klanten_by_bsn_index(*conn, bsn_index(*bsn), regios)
                         : db::find_klanten_by_naam(*conn, *naam, *geboortedatum, regios);
  db::Transaction tx(*conn, db::TxMode::write);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {bsn ? "klanten_gezocht_op_bsn" : "klanten_gezocht", "klant", "*"});
  std::vector<KlantBeeld> out;
  for (const auto& r : rijen) {
    // Only the klanten the user may open (see klant_doel); the others are not shown, nor logged.
    if (!beslis(ctx.principal, Actie::casus_lezen, record_doel(*conn, r)).toegestaan()) {
      continue;
    }
    verantwoording_->verwerking(*conn, ctx, "klant_gevonden", activiteit, "klant", r.klant.id, start);
    out.push_back(beeld(r));
  }
  tx.commit();
  return out;
}

std::string KlantService::bsn_onthullen(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  const auto rij = db::find_klant(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, record_doel(*conn, rij), "klant", id);
  if (!rij->bsn_versleuteld) throw Error(ErrorCode::not_found, "Van deze klant is geen BSN vastgelegd.");
  const std::string bsn = security::open(verantwoording_->keys().veld, *rij->bsn_versleuteld, bsn_ad(id));
  db::Transaction tx(*conn, db::TxMode::write);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"bsn_onthuld", "klant", id});
  verantwoording_->verwerking(*conn, ctx, "bsn_onthuld", activiteit, "klant", id, start);
  tx.commit();
  return bsn;
}

}  // namespace rmt::services
