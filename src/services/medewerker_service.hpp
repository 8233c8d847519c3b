#pragma once
// Staff accounts: visible to beheerders and coordinators of the regio's where the medewerker
// holds a role or whose organisation works there; managed by beheerders, who grant roles only in
// their own regio's. Every role change is audited; every read or change of a medewerker's
// personal data is a Logboek entry.
#include <memory>
#include <string>

#include "db/pool.hpp"
#include "db/regio_store.hpp"
#include "domain/medewerker.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct MedewerkerMetWachtwoord {
  Medewerker medewerker;
  std::string eenmalig_wachtwoord;
};

class MedewerkerService {
 public:
  MedewerkerService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  db::Pagina<Medewerker> list(const Context& ctx, const std::string& regio, const Paginering& p);
  Medewerker get(const Context& ctx, const std::string& id);
  MedewerkerMetWachtwoord create(const Context& ctx, MedewerkerInvoer invoer);
  Medewerker update(const Context& ctx, const std::string& id, std::int64_t versie, MedewerkerInvoer invoer);
  // New one-time password, TOTP and recovery codes removed, all sessions ended.
  MedewerkerMetWachtwoord herstel(const Context& ctx, const std::string& id);

 private:
  // The regio's a medewerker belongs to: those of the roles and of the organisation.
  std::vector<std::string> regios_van_medewerker(db::Connection& conn, const Medewerker& m);

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

// For the command line (`rmt admin create-user`) and the demo data: no principal, audited as
// "systeem"; in the caller's write transaction.
Medewerker maak_medewerker_systeem(db::Connection& conn, const Verantwoording& v, MedewerkerInvoer invoer,
                                   const std::string& wachtwoord_hash, bool wachtwoord_wijzigen);

}  // namespace rmt::services
