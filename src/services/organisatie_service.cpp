#include "services/organisatie_service.hpp"

#include <algorithm>

#include "db/organisatie_store.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"

namespace rmt::services {
namespace {

std::vector<std::string> buiten(const std::vector<std::string>& codes, const std::vector<std::string>& eigen) {
  std::vector<std::string> out;
  for (const auto& c : codes) {
    if (std::find(eigen.begin(), eigen.end(), c) == eigen.end()) out.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string nu() { return to_rfc3339(std::chrono::system_clock::now()); }

}  // namespace

bool overlapt(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

bool zelfde_buiten(const std::vector<std::string>& oud, const std::vector<std::string>& nieuw,
                   const std::vector<std::string>& eigen) {
  return buiten(oud, eigen) == buiten(nieuw, eigen);
}

db::Pagina<Organisatie> OrganisatieService::list(const Context& ctx, const std::string& regio, const Paginering& p) {
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::organisaties_lezen, {}, "organisatie", "*");
  std::vector<std::string> regios = regios_voor(ctx.principal, Actie::organisaties_lezen);
  if (!regio.empty()) {
    if (std::find(regios.begin(), regios.end(), regio) == regios.end()) {
      verantwoording_->weiger(*conn, ctx, Actie::organisaties_lezen, "regio", regio, "U heeft geen rol in regio " + regio + ".");
    }
    regios = {regio};
  }
  return db::list_organisaties(*conn, regios, p);
}

Organisatie OrganisatieService::get(const Context& ctx, const std::string& id) {
  auto conn = pool_->acquire();
  auto o = db::find_organisatie(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::organisaties_lezen, {o ? o->regio_codes : std::vector<std::string>{"-"}},
                              "organisatie", id);
  return std::move(*o);
}

Organisatie OrganisatieService::create(const Context& ctx, OrganisatieInvoer invoer) {
  Validation v;
  valideer(invoer, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::organisaties_beheren, {}, "organisatie", "*");
  const auto eigen = regios_voor(ctx.principal, Actie::organisaties_beheren);
  if (!buiten(invoer.regio_codes, eigen).empty()) {
    verantwoording_->weiger(*conn, ctx, Actie::organisaties_beheren, "organisatie", "*",
                            "U kunt alleen organisaties toevoegen in regio's waarin u beheerder bent.");
  }
  Organisatie o;
  static_cast<OrganisatieInvoer&>(o) = std::move(invoer);
  o.id = security::uuid_v7();
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_organisatie(*conn, o, nu());
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"organisatie_aangemaakt", "organisatie", o.id});
  tx.commit();
  return o;
}

Organisatie OrganisatieService::update(const Context& ctx, const std::string& id, std::int64_t versie,
                                       OrganisatieInvoer invoer) {
  Validation v;
  valideer(invoer, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  db::Transaction tx(*conn, db::TxMode::write);
  const auto oud = db::find_organisatie(*conn, id);
  verantwoording_->autoriseer(*conn, ctx, Actie::organisaties_beheren,
                              {oud ? oud->regio_codes : std::vector<std::string>{"-"}}, "organisatie", id);
  if (!zelfde_buiten(oud->regio_codes, invoer.regio_codes, regios_voor(ctx.principal, Actie::organisaties_beheren))) {
    verantwoording_->weiger(*conn, ctx, Actie::organisaties_beheren, "organisatie", id,
                            "Regio's waarin u geen beheerder bent, kunt u niet wijzigen.");
  }
  Organisatie o;
  static_cast<OrganisatieInvoer&>(o) = std::move(invoer);
  o.id = id;
  o.versie = versie;
  if (!db::update_organisatie(*conn, o, nu())) {
    throw Error(ErrorCode::precondition_failed, "De organisatie is intussen gewijzigd; haal haar opnieuw op.");
  }
  verantwoording_->audit(*conn, ctx.oorsprong, ctx.actor, {"organisatie_gewijzigd", "organisatie", id});
  tx.commit();
  o.versie = versie + 1;
  return o;
}

}  // namespace rmt::services
