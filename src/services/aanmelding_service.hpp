#pragma once
// The front door. Public: submit an aanmelding (rate limit per address, honeypot, Idempotency-Key)
// and follow its status with referentienummer plus code (failures throttled per address). Staff
// with aanmeldingen_behandelen in the regio: the queue (no names or question text in the list),
// the aanmelding itself (audited, Logboek), and triage — assign, turn into a klant or werkgever,
// or close as a contact — each guarded by the version (If-Match). The throttles count in the
// login-throttle table under their own keys ("aanmelden:<address>", "aanmeldstatus:<address>").
#include <memory>
#include <optional>
#include <string>

#include "db/aanmelding_store.hpp"
#include "db/pool.hpp"
#include "domain/aanmelding.hpp"
#include "domain/contact.hpp"
#include "domain/inlogpoging.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

struct AanmeldingBevestiging {
  std::string referentienummer;
  std::string code;  // the secret for the status page; derived, never stored
  std::string regio_code;
  std::string regio_naam;
  bool herhaald = false;  // a repeated Idempotency-Key: the first result
};

struct StatusAntwoord {
  PubliekeStatus status;
  std::string referentienummer;
  std::string ontvangen_op;  // YYYY-MM-DD
};

struct Wachtrijvraag {
  std::optional<std::string> status;  // nieuw, toegewezen, klant, afgesloten; absent: the open ones
  std::optional<std::string> categorie;
  std::optional<std::int64_t> min_wachtdagen;
};

struct Toewijzing {
  std::optional<std::string> organisatie_id;
  std::optional<std::string> medewerker_id;
};

struct Omzetting {
  std::optional<std::string> klant_id;
  std::optional<std::string> werkgever_id;
};

struct Afsluiting {
  std::string uitkomst;
  std::optional<std::string> doorverwezen_naar;
  std::optional<std::string> toelichting;
};

struct AanmeldingLimieten {
  Drempel indienen{10, std::chrono::minutes(60), std::chrono::minutes(60)};  // per address
  Drempel status{10, std::chrono::minutes(15), std::chrono::minutes(15)};    // wrong codes per address
};

class AanmeldingService {
 public:
  AanmeldingService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v, AanmeldingLimieten limieten)
      : pool_(std::move(pool)), verantwoording_(std::move(v)), limieten_(limieten) {}

  // `body` is the raw request (its hash detects a key reused for another request: 422).
  // `medewerker`: a logged-in member of staff registering a call, a desk visit or a partner's
  // referral (kanaal telefoon, balie, partner; casus_schrijven in the gemeente's regio, no address
  // limit); nullptr: the public web form (kanaal web only, limited per address).
  AanmeldingBevestiging indienen(const Oorsprong& o, const Context* medewerker, AanmeldingInvoer invoer,
                                 const std::string& honeypot, const std::optional<std::string>& idempotency_key,
                                 std::string_view body);
  // The same 404 for an unknown number and a wrong code.
  StatusAntwoord status(const Oorsprong& o, const std::string& referentienummer, const std::string& code);

  // Adds bad filters to `v` (which may hold the caller's findings) and throws them all at once.
  db::Pagina<Aanmelding> wachtrij(const Context& ctx, const Wachtrijvraag& vraag, const Paginering& p, Validation& v);
  Aanmelding get(const Context& ctx, const std::string& id);
  Aanmelding toewijzen(const Context& ctx, const std::string& id, std::int64_t versie, const Toewijzing& t);
  Aanmelding omzetten(const Context& ctx, const std::string& id, std::int64_t versie, const Omzetting& o);
  Aanmelding afsluiten(const Context& ctx, const std::string& id, std::int64_t versie, Afsluiting a);

 private:
  std::string code_van(const std::string& aanmelding_id) const;
  // Loads and authorises; 409 unless it is still open; 412 when the version is stale.
  Aanmelding open_voor_triage(db::Connection& conn, const Context& ctx, const std::string& id, std::int64_t versie);
  void opslaan(db::Connection& conn, const Context& ctx, const Aanmelding& a, std::int64_t versie,
               std::string_view actie, std::chrono::system_clock::time_point start);

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
  AanmeldingLimieten limieten_;
};

}  // namespace rmt::services
