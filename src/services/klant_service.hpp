#pragma once
// Klanten (persons): registered and read by frontoffice, adviseur and coordinator of the klant's
// regio (the regio of the woongemeente); another regio's klant answers 404. The BSN is sealed
// with the field key and found through a keyed blind index; responses show it masked, and the
// explicit reveal is audited. Every read and change is an audit entry, a Logboek entry for the
// klant, and (changes) a wijziging row.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/klant_store.hpp"
#include "db/pool.hpp"
#include "domain/klant.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct KlantBeeld {
  Klant klant;                 // bsn empty
  std::string bsn_gemaskeerd;  // "*****1234", empty without a BSN
};

class KlantService {
 public:
  KlantService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // 409 listing the matching klanten of the regio (same BSN, or same naam and geboortedatum)
  // unless dubbel_bevestigd: the user decides.
  KlantBeeld create(const Context& ctx, KlantInvoer invoer, bool dubbel_bevestigd);
  KlantBeeld get(const Context& ctx, const std::string& id);
  // Exactly one of: a BSN, or naam with geboortedatum. Only the user's own regio's.
  std::vector<KlantBeeld> zoeken(const Context& ctx, const std::optional<std::string>& bsn,
                                 const std::optional<std::string>& naam, const std::optional<std::string>& geboortedatum);
  std::string bsn_onthullen(const Context& ctx, const std::string& id);

 private:
  KlantBeeld beeld(const db::KlantRij& rij) const;
  std::string bsn_index(const std::string& bsn) const;

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
