#pragma once
// Trajecten: created from an aanmelding (triage) or directly for a klant or werkgever by the case
// roles of its regio; read and worked on by the organisations involved (and the regio's
// coordinator). The traject itself (question, regie, status) is changed only by the organisation
// holding the regie or the coordinator; partners under a toestemming add notes and work on
// interventies. Every change under If-Match (a stale version is 412 before anything else), with a
// timeline entry, audit, Logboek entry for the klant or werkgever, and a wijziging row.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/doorverwijzing_store.hpp"
#include "db/pool.hpp"
#include "db/traject_store.hpp"
#include "domain/interventie.hpp"
#include "domain/intake.hpp"
#include "domain/medewerker.hpp"
#include "domain/nameting.hpp"
#include "services/traject_toegang.hpp"

namespace rmt::services {

// A traject as one user may see it: fields outside the scope of their organisation's
// toestemming are left out (klantvraag and doelen empty, no intake, no interventies).
struct TrajectBeeld {
  TrajectInZicht zicht;
  std::string regievoerder_naam;
  std::optional<Intake> intake;
  std::vector<Interventie> interventies;
  std::vector<Toestemming> toestemmingen;
  std::vector<Doorverwijzing> doorverwijzingen;
  std::vector<Nameting> nametingen;
  std::optional<db::GekoppeldeTrajecten> gekoppeld;  // werkgever trajecten
};

struct TrajectVraag {
  std::string selectie = "eigen";  // eigen (regievoerder), organisatie (regie), regio (coordinator)
  std::optional<std::string> status;
  bool sluiten_aanbevolen = false;
  std::optional<std::string> werkgever_traject_id;
  std::optional<std::string> werkgever_id;
};

struct Statuswijziging {
  std::string status;
  std::optional<std::string> reden;
  std::optional<Resultaat> resultaat;
};

class TrajectService {
 public:
  TrajectService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  TrajectBeeld create(const Context& ctx, TrajectInvoer invoer);
  TrajectBeeld get(const Context& ctx, const std::string& id);
  db::Pagina<Traject> list(const Context& ctx, const TrajectVraag& vraag, const Paginering& p, Validation& v);
  // klantvraag, doelen, categorie, regievoerder and the link to a werkgever traject; the klant or
  // werkgever does not change.
  TrajectBeeld update(const Context& ctx, const std::string& id, std::int64_t versie, TrajectInvoer invoer);
  // 409 for a step the status machine does not allow, or closing with open interventies.
  TrajectBeeld wijzig_status(const Context& ctx, const std::string& id, std::int64_t versie, Statuswijziging w);
  // zichtbaarheid: betrokkenen or organisatie.
  db::Gebeurtenis notitie(const Context& ctx, const std::string& id, std::string tekst, std::string zichtbaarheid);
  std::vector<db::Gebeurtenis> tijdlijn(const Context& ctx, const std::string& id);
  // Who can take the regie in a regio where the user registers case content (absent: the first
  // such regio of the user).
  std::vector<Medewerker> regievoerders(const Context& ctx, std::optional<std::string> regio_code,
                                        const std::optional<std::string>& organisatie_id);

 private:
  // organisatie_id: the user's organisation.
  TrajectBeeld beeld(db::Connection& conn, TrajectInZicht zicht, const std::string& organisatie_id) const;
  // The regievoerder must be an active medewerker with a case role in the regio.
  Medewerker regievoerder(db::Connection& conn, const std::string& id, const std::string& regio_code) const;
  void controleer_koppeling(db::Connection& conn, const TrajectInvoer& t, const std::string& regio_code) const;

  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
