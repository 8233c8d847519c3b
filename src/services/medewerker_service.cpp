#include "services/medewerker_service.hpp"

#include <algorithm>

#include "db/medewerker_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/sessie_store.hpp"
#include "domain/tijd.hpp"
#include "security/password.hpp"
#include "security/random.hpp"
#include "services/organisatie_service.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;
constexpr std::string_view activiteit = "va-toegang";

std::string nu() { return to_rfc3339(Clock::now()); }

std::string toekenning_tekst(const RolToekenning& t) { return std::string(rol_naam(t.rol)) + "@" + t.regio_code; }

std::vector<std::string> rol_regios(const std::vector<RolToekenning>& rollen) { return regios_van(rollen); }

// Roles outside `eigen` regio's, as sortable text.
std::vector<std::string> rollen_buiten(const std::vector<RolToekenning>& rollen, const std::vector<std::string>& eigen) {
  std::vector<std::string> out;
  for (const auto& t : rollen) {
    if (std::find(eigen.begin(), eigen.end(), t.regio_code) == eigen.end()) out.push_back(toekenning_tekst(t));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Another regio's roles of a colleague are not the reader's business.
void alleen_eigen_rollen(Medewerker& m, const std::vector<std::string>& eigen) {
  std::erase_if(m.rollen, [&](const RolToekenning& t) {
    return std::find(eigen.begin(), eigen.end(), t.regio_code) == eigen.end();
  });
}

}  // namespace

std::vector<std::string> MedewerkerService::regios_van_medewerker(db::Connection& conn, const Medewerker& m) {
  std::vector<std::string> out = rol_regios(m.rollen);
  if (auto o = db::find_organisatie(conn, m.organisatie_id)) {
    out.insert(out.end(), o->regio_codes.begin(), o->regio_codes.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.empty()) out.push_back("-");  // belongs nowhere: nobody's tenant
  return out;
}

db::Pagina<Medewerker> MedewerkerService::list(const Context& ctx, const std::string& regio, const Paginering& p) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::medewerkers_lezen, {}, "medewerker", "*");
  std::vector<std::string> regios = regios_voor(ctx.principal, Actie::medewerkers_lezen);
  if (!regio.empty()) {
    if (std::find(regios.begin(), regios.end(), regio) == regios.end()) {
      verantwoording_->weiger(*conn, ctx, Actie::medewerkers_lezen, "regio", regio, "U heeft geen rol in regio " + regio + ".");
    }
    regios = {regio};
  }
  db::Transaction tx(*conn, db::TxMode::write);
  auto page = db::list_medewerkers(*conn, regios, p);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"medewerkers_gelijst", "medewerker", regio.empty() ? "*" : regio});
  for (const auto& m : page.items) {
    verantwoording_->verwerking(*conn, ctx, "medewerkers_gelijst", activiteit, "medewerker", m.id, start);
  }
  tx.commit();
  const auto eigen = regios_voor(ctx.principal, Actie::medewerkers_lezen);
  for (auto& m : page.items) alleen_eigen_rollen(m, eigen);
  return page;
}

Medewerker MedewerkerService::get(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  std::optional<Medewerker> m;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    m = db::find_medewerker(*conn, id);
    verantwoording_->autoriseer(*conn, ctx, Actie::medewerkers_lezen,
                                {m ? regios_van_medewerker(*conn, *m) : std::vector<std::string>{"-"}}, "medewerker", id);
    log = verantwoording_->leeslog(*conn, ctx, {"medewerker_gelezen", "medewerker", id}, activiteit, "medewerker", id,
                                   start);
  }
  verantwoording_->leg_vast(std::move(log));
  alleen_eigen_rollen(*m, regios_voor(ctx.principal, Actie::medewerkers_lezen));
  return std::move(*m);
}

Medewerker maak_medewerker_systeem(db::Connection& conn, const Verantwoording& v, MedewerkerInvoer invoer,
                                   const std::string& wachtwoord_hash, bool wachtwoord_wijzigen) {
  Medewerker m;
  static_cast<MedewerkerInvoer&>(m) = std::move(invoer);
  m.id = security::uuid_v7();
  m.wachtwoord_wijzigen = wachtwoord_wijzigen;
  db::insert_medewerker(conn, m, wachtwoord_hash, nu());
  const Oorsprong systeem{"lokaal", "rmt", "", ""};
  v.audit(conn, systeem, "systeem", {"medewerker_aangemaakt", "medewerker", m.id});
  for (const auto& t : m.rollen) v.audit(conn, systeem, "systeem", {"rol_toegekend:" + toekenning_tekst(t), "medewerker", m.id});
  return m;
}

MedewerkerMetWachtwoord MedewerkerService::create(const Context& ctx, MedewerkerInvoer invoer) {
  const auto start = Clock::now();
  Validation v;
  valideer(invoer, v);
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::medewerkers_beheren, {}, "medewerker", "*");
  const auto eigen = regios_voor(ctx.principal, Actie::medewerkers_beheren);
  const auto org = invoer.organisatie_id.empty() ? std::nullopt : db::find_organisatie(*conn, invoer.organisatie_id);
  if (!invoer.organisatie_id.empty() && (!org || !overlapt(org->regio_codes, eigen))) {
    // Unknown, or working only outside the beheerder's regio's (then it must not leak either).
    v.add("organisatieId", "unknown", "Kies een organisatie die in uw regio werkt.");
  }
  v.throw_if_invalid();
  if (!rollen_buiten(invoer.rollen, eigen).empty()) {
    verantwoording_->weiger(*conn, ctx, Actie::medewerkers_beheren, "medewerker", "*",
                            "U kunt alleen rollen toekennen in regio's waarin u beheerder bent.");
  }
  Medewerker m;
  static_cast<MedewerkerInvoer&>(m) = std::move(invoer);
  m.id = security::uuid_v7();
  const std::string wachtwoord = security::generate_password();
  const std::string hash = security::hash_password(wachtwoord);
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_medewerker(*conn, m, hash, nu());
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"medewerker_aangemaakt", "medewerker", m.id});
  for (const auto& t : m.rollen) {
    verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"rol_toegekend:" + toekenning_tekst(t), "medewerker", m.id});
  }
  verantwoording_->verwerking(*conn, ctx, "medewerker_aangemaakt", activiteit, "medewerker", m.id, start);
  tx.commit();
  return {m, wachtwoord};
}

Medewerker MedewerkerService::update(const Context& ctx, const std::string& id, std::int64_t versie,
                                     MedewerkerInvoer invoer) {
  const auto start = Clock::now();
  Validation v;
  valideer(invoer, v);
  auto conn = pool_->acquire();
  db::Transaction tx(*conn, db::TxMode::write);
  const auto oud = db::find_medewerker(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::medewerkers_beheren,
                              {oud ? regios_van_medewerker(*conn, *oud) : std::vector<std::string>{"-"}}, "medewerker", id);
  const auto eigen = regios_voor(ctx.principal, Actie::medewerkers_beheren);
  if (invoer.organisatie_id != oud->organisatie_id) {
    const auto org = db::find_organisatie(*conn, invoer.organisatie_id);
    if (!org || !overlapt(org->regio_codes, eigen)) {
      v.add("organisatieId", "unknown", "Kies een organisatie die in uw regio werkt.");
    }
  }
  v.throw_if_invalid();
  // Roles in other regio's are not shown to this beheerder (see get) and stay as they are; sent
  // back unchanged they are accepted, any other change there is refused.
  const auto buiten_oud = rollen_buiten(oud->rollen, eigen);
  const auto buiten_nieuw = rollen_buiten(invoer.rollen, eigen);
  const bool toegang_wijzigt = invoer.status != oud->status || invoer.email != oud->email;
  if ((!buiten_nieuw.empty() && buiten_nieuw != buiten_oud) || (toegang_wijzigt && !buiten_oud.empty())) {
    verantwoording_->weiger(*conn, ctx, Actie::medewerkers_beheren, "medewerker", id,
                            "Rollen in regio's waarin u geen beheerder bent, en de toegang van wie daar een rol heeft,"
                            " kunt u niet wijzigen.");
  }
  std::erase_if(invoer.rollen, [&](const RolToekenning& t) {
    return std::find(eigen.begin(), eigen.end(), t.regio_code) == eigen.end();
  });
  for (const auto& t : oud->rollen) {
    if (std::find(eigen.begin(), eigen.end(), t.regio_code) == eigen.end()) invoer.rollen.push_back(t);
  }
  Medewerker m = *oud;
  static_cast<MedewerkerInvoer&>(m) = std::move(invoer);
  m.versie = versie;
  if (!db::update_medewerker(*conn, m, nu())) {
    throw Error(ErrorCode::precondition_failed, "De medewerker is intussen gewijzigd; haal hem opnieuw op.");
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"medewerker_gewijzigd", "medewerker", id});
  for (const auto& t : oud->rollen) {
    if (std::find(m.rollen.begin(), m.rollen.end(), t) == m.rollen.end()) {
      verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"rol_ingetrokken:" + toekenning_tekst(t), "medewerker", id});
    }
  }
  for (const auto& t : m.rollen) {
    if (std::find(oud->rollen.begin(), oud->rollen.end(), t) == oud->rollen.end()) {
      verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"rol_toegekend:" + toekenning_tekst(t), "medewerker", id});
    }
  }
  if (m.status == "geblokkeerd" && oud->status != "geblokkeerd") {
    db::delete_sessies_van(*conn, id);
    verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"medewerker_geblokkeerd", "medewerker", id});
  }
  verantwoording_->verwerking(*conn, ctx, "medewerker_gewijzigd", activiteit, "medewerker", id, start);
  tx.commit();
  m.versie = versie + 1;
  alleen_eigen_rollen(m, regios_voor(ctx.principal, Actie::medewerkers_lezen));
  return m;
}

MedewerkerMetWachtwoord MedewerkerService::herstel(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  auto m = db::find_medewerker(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::medewerkers_beheren,
                              {m ? regios_van_medewerker(*conn, *m) : std::vector<std::string>{"-"}}, "medewerker", id);
  if (!rollen_buiten(m->rollen, regios_voor(ctx.principal, Actie::medewerkers_beheren)).empty()) {
    verantwoording_->weiger(*conn, ctx, Actie::medewerkers_beheren, "medewerker", id,
                            "Deze medewerker heeft ook een rol in een regio waarin u geen beheerder bent.");
  }
  const std::string wachtwoord = security::generate_password();
  const std::string hash = security::hash_password(wachtwoord);
  db::Transaction tx(*conn, db::TxMode::write);
  db::set_wachtwoord(*conn, id, hash, true);
  db::set_totp(*conn, id, std::nullopt);
  db::replace_herstelcodes(*conn, id, {});
  db::delete_sessies_van(*conn, id);
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"toegang_hersteld", "medewerker", id});
  verantwoording_->verwerking(*conn, ctx, "toegang_hersteld", activiteit, "medewerker", id, start);
  tx.commit();
  m->totp_ingesteld = false;
  m->wachtwoord_wijzigen = true;
  return {std::move(*m), wachtwoord};
}

}  // namespace rmt::services
