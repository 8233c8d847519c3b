#pragma once
// The casework part of `rmt demo`: per regio a partner organisation (UWV) with an adviser and a
// small dienstencatalogus, and for klanten and werkgevers their trajecten in every status, with
// interventies, toestemmingen and doorverwijzingen (accepted, rejected, withdrawn), resultaten
// and nametingen. Outcome rates depend on the doelgroep (the intake's arbeidsmarktpositie) and
// differ a little per regio, so the monitor has something to compare.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/demo_kansen.hpp"
#include "db/connection.hpp"
#include "domain/dienst.hpp"
#include "domain/interventie.hpp"
#include "services/verantwoording.hpp"

namespace rmt::app {

struct DemoKlant {
  std::string klant_id;
  std::string regio_code;
  std::string categorie;  // of the aanmelding
  std::string klantvraag;
  std::string arbeidsmarktpositie;
  std::string aanmelding_id;
  std::string intake_id;
  std::chrono::system_clock::time_point aangemeld_op;
};

class DemoTrajecten {
 public:
  DemoTrajecten(Rng& rng, std::chrono::system_clock::time_point nu) : rng_(rng), nu_(nu) {}

  // Needs the staff of every regio (laad_regio_medewerkers); in the caller's transaction.
  void bereid_voor(db::Connection& conn, const services::Verantwoording& v);
  void persoon(db::Connection& conn, const DemoKlant& k);
  void werkgever(db::Connection& conn, const std::string& werkgever_id, const std::string& regio_code,
                 const std::string& aanmelding_id, std::chrono::system_clock::time_point aangemeld_op);

  std::int64_t rijen = 0;

 private:
  struct Regio {
    std::string werkcentrum, partner;  // organisations
    std::vector<std::string> adviseurs, partner_adviseurs;  // who takes the regie there
    std::vector<Dienst> diensten;
    std::optional<std::string> reorganisatie;  // the latest boventalligheid traject: employees link to it
    int werk_bonus = 0;  // percentage points more (or less) work as outcome
  };
  struct Verloop;

  Verloop verloop(std::chrono::system_clock::time_point aangemeld_op);
  void gebeurtenis(db::Connection& conn, const std::string& traject_id, std::chrono::system_clock::time_point op,
                   const std::string& soort, const std::string& omschrijving, const std::string& medewerker,
                   const std::string& organisatie, std::optional<std::string> naar, std::string code,
                   std::vector<std::pair<std::string, std::string>> parameters = {});
  // Planned from the regio's open diensten, each once, in the traject's active period.
  std::vector<Interventie> interventies(const std::string& traject_id, const Regio& r, const Verloop& v);
  void samenwerking(db::Connection& conn, const std::string& traject_id, const Regio& r, bool regie_bij_partner,
                    const std::string& regievoerder, const Verloop& v);
  void nametingen(db::Connection& conn, const std::string& traject_id, const std::string& regio_code,
                  const std::string& verantwoordelijke, const std::string& uitkomst, const std::string& datum);

  Rng& rng_;
  std::chrono::system_clock::time_point nu_;
  std::map<std::string, Regio, std::less<>> regios_;
};

}  // namespace rmt::app
