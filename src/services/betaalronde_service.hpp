#pragma once
// Betaalrondes: a kassier collects the regio's approved declaraties that are in no run yet into a
// frozen snapshot (posts with payee, IBAN and amount as they were), downloads the SEPA file
// (pain.001.001.03) or CSV written from that snapshot only, and marks the run paid, which books
// the betalingen and closes the declaraties.
#include <memory>
#include <string>
#include <vector>

#include "db/idempotentie.hpp"
#include "db/pool.hpp"
#include "domain/betaalronde.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct BetaalrondeInvoer {
  std::string regio_code;
  std::string uitvoeringsdatum;  // YYYY-MM-DD, today .. a year ahead
  std::string debiteur_naam;     // the kassier's organisation, the account paid from
  std::string debiteur_iban;
  std::optional<std::string> debiteur_bic;
};

class BetaalrondeService {
 public:
  BetaalrondeService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  // With an Idempotency-Key (idem), a retry returns the run the first request made.
  Betaalronde create(const Context& ctx, BetaalrondeInvoer invoer, const std::optional<db::Idempotentie>& idem = std::nullopt);
  Betaalronde get(const Context& ctx, const std::string& id);
  std::vector<Betaalronde> list(const Context& ctx);
  // The bank file or the CSV (audited: a payment file left the system).
  std::string bestand(const Context& ctx, const std::string& id, bool csv);
  Betaalronde markeer_betaald(const Context& ctx, const std::string& id);

 private:
  Betaalronde lees(db::Connection& conn, const Context& ctx, const std::string& id);

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
