#pragma once
// Werkgevers: registered and read by frontoffice, adviseur and coordinator of the regio of the
// vestigingsgemeente; another regio's werkgever answers 404. The contact person is personal
// data: every read and change is audited and logged in the Logboek (soort "werkgever").
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "domain/werkgever.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class WerkgeverService {
 public:
  WerkgeverService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // 409 listing werkgevers of the regio with the same KvK-nummer unless dubbel_bevestigd.
  Werkgever create(const Context& ctx, WerkgeverInvoer invoer, bool dubbel_bevestigd);
  Werkgever get(const Context& ctx, const std::string& id);
  // Exactly one of: a KvK-nummer, or the beginning of the company name (at least 2 characters).
  std::vector<Werkgever> zoeken(const Context& ctx, const std::optional<std::string>& kvk_nummer,
                                const std::optional<std::string>& bedrijfsnaam);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
