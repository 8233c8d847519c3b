#pragma once
// Accountability for every service: audit entries (hash-chained with the audit key), Logboek
// Dataverwerkingen entries (pseudonymised data subject), and the policy check that audits a
// denial before refusing. Also the read side for the `privacy` role.
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "db/auditregel_store.hpp"
#include "db/pool.hpp"
#include "db/regio_store.hpp"
#include "domain/verwerking.hpp"
#include "security/keys.hpp"
#include "services/context.hpp"
#include "services/log_writer.hpp"

namespace rmt::services {

struct AuditInvoer {
  std::string actie;
  std::string object_type;
  std::string object_id;
  std::string resultaat = "gelukt";  // gelukt, mislukt, geweigerd
  // The regio's of the entry. Empty: those of the actor (a medewerker's roles, a token's regio).
  std::vector<std::string> regios = {};
};

class Verantwoording {
 public:
  Verantwoording(std::shared_ptr<db::Pool> pool, security::Keys keys)
      : pool_(pool), keys_(std::move(keys)), writer_(std::make_unique<LogWriter>(std::move(pool), chain_hash())) {}

  // Appends within the caller's write transaction.
  void audit(db::Connection& conn, const Oorsprong& oorsprong, std::string_view actor, const AuditInvoer& invoer) const;
  // Appends in its own transaction on `conn` (which must not be in one): for failures, whose
  // own transaction is rolled back.
  void audit_apart(db::Connection& conn, const Oorsprong& oorsprong, std::string_view actor, const AuditInvoer& invoer) const;

  // One Logboek entry for one data subject (soort: "medewerker", later "klant"), in the caller's
  // write transaction.
  void verwerking(db::Connection& conn, const Context& ctx, std::string_view naam, std::string_view activiteit,
                  std::string_view soort, std::string_view id, std::chrono::system_clock::time_point start) const;
  std::string betrokkene(std::string_view soort, std::string_view id) const;

  // Reads: build the entries while holding the connection, commit them with leg_vast after
  // returning it (group commit, LogWriter). Blocks until committed and throws when that failed,
  // unless an Uitstel is open on this thread: then its opener waits for the commit.
  Auditregel auditregel(db::Connection& conn, const Oorsprong& oorsprong, std::string_view actor,
                        const AuditInvoer& invoer) const;
  Verwerking verwerkingsregel(const Context& ctx, std::string_view naam, std::string_view activiteit,
                              std::string_view soort, std::string_view id,
                              std::chrono::system_clock::time_point start) const;
  // The audit entry of a read and the Logboek entry of its one data subject (naam: invoer.actie).
  Leeslog leeslog(db::Connection& conn, const Context& ctx, const AuditInvoer& invoer, std::string_view activiteit,
                  std::string_view soort, std::string_view id, std::chrono::system_clock::time_point start) const;
  void leg_vast(Leeslog log) const {
    if (Uitstel* u = Uitstel::actief()) {
      u->voeg_toe(*writer_, std::move(log));
    } else {
      writer_->schrijf(std::move(log));
    }
  }

  // Asks the policy; when denied, rolls back `conn`'s transaction, audits the denial and throws
  // Error(forbidden) or Error(not_found) (other regio: existence must not leak).
  void autoriseer(db::Connection& conn, const Context& ctx, Actie actie, const Doel& doel,
                  std::string_view object_type, std::string_view object_id) const;

  // As autoriseer, for an object a request names in its body: one the user may not see is refused
  // as `onbekend` (400 on that field), as a nonexistent id is, so the answer never tells whether
  // an id exists.
  void autoriseer_in_veld(db::Connection& conn, const Context& ctx, Actie actie, const Doel& doel,
                          const InvalidParam& onbekend, std::string_view object_type, std::string_view object_id) const;

  // Audits the refusal (own transaction) and throws Error(forbidden, detail): for requests whose
  // target is known to the user (e.g. creating a record in a regio where they lack the role).
  [[noreturn]] void weiger(db::Connection& conn, const Context& ctx, Actie actie, std::string_view object_type,
                           std::string_view object_id, std::string detail) const;

  db::ChainHash chain_hash() const;
  const security::Keys& keys() const noexcept { return keys_; }

  // Read side (privacy).
  db::AuditPagina auditregels(const Context& ctx, db::AuditFilter filter);
  db::Pagina<Verwerking> verwerkingen(const Context& ctx, std::string_view soort, std::string_view id,
                                      const Paginering& p);
  const std::vector<Verwerkingsactiviteit>& verwerkingsactiviteiten() const;

 private:
  std::shared_ptr<db::Pool> pool_;
  security::Keys keys_;
  std::unique_ptr<LogWriter> writer_;
};

}  // namespace rmt::services
