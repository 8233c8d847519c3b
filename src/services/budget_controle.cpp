#include "services/budget_controle.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "db/betaalronde_store.hpp"
#include "db/budget_store.hpp"
#include "db/declaratie_store.hpp"
#include "db/mutatie_store.hpp"
#include "db/verplichting_store.hpp"

namespace rmt::services {
namespace {

struct Sommen {
  std::int64_t verplicht = 0, gedeclareerd = 0, betaald = 0, toegekend = 0;
};

void controleer(db::Connection& conn, const Budget& b, Controle& c) {
  auto fout = [&](std::string waar, std::string tekst) { c.bevindingen.push_back({b.id, std::move(waar), std::move(tekst)}); };
  std::map<std::string, Saldo> regel;  // recomputed stands per line
  std::map<std::string, Sommen> per_verplichting, per_declaratie, per_wijziging, per_ronde;
  std::map<std::string, std::pair<std::string, std::int64_t>> origineel;  // id → (rubriek, amount)
  std::set<std::string> gecorrigeerd;
  std::vector<Mutatie> correcties;
  db::elke_mutatie(conn, b.id, [&](const Mutatie& m) {
    ++c.mutaties;
    Saldo& s = regel[m.regel_id];
    s.boek(m.rubriek, m.bedrag_cent);
    const std::int64_t stand = m.rubriek == rubriek::toegekend ? s.toegekend
                               : m.rubriek == rubriek::verplicht ? s.verplicht
                               : m.rubriek == rubriek::gedeclareerd ? s.gedeclareerd
                                                                    : s.betaald;
    if (stand != m.stand_cent) fout("mutatie " + m.id, fmt::format("stand {} maar de som is {}", m.stand_cent, stand));
    origineel[m.id] = {m.rubriek, m.bedrag_cent};
    if (m.soort == mutatie_soort::correctie) correcties.push_back(m);
    auto tel = [&](Sommen& x) {
      if (m.rubriek == rubriek::verplicht) x.verplicht += m.bedrag_cent;
      else if (m.rubriek == rubriek::gedeclareerd) x.gedeclareerd += m.bedrag_cent;
      else if (m.rubriek == rubriek::betaald) x.betaald += m.bedrag_cent;
      else x.toegekend += m.bedrag_cent;
    };
    if (m.verplichting_id) tel(per_verplichting[*m.verplichting_id]);
    if (m.declaratie_id) tel(per_declaratie[*m.declaratie_id]);
    if (m.budgetwijziging_id) tel(per_wijziging[*m.budgetwijziging_id]);
    if (m.betaalronde_id) tel(per_ronde[*m.betaalronde_id]);
  });
  for (const Mutatie& m : correcties) {
    const auto o = m.corrigeert_id ? origineel.find(*m.corrigeert_id) : origineel.end();
    if (o == origineel.end() || o->second.first != m.rubriek || o->second.second != -m.bedrag_cent) {
      fout("mutatie " + m.id, "correctie keert geen eerdere mutatie van dit budget precies om");
    } else if (!gecorrigeerd.insert(*m.corrigeert_id).second) {
      fout("mutatie " + m.id, "mutatie " + *m.corrigeert_id + " is meer dan eens gecorrigeerd");
    }
  }
  // Open commitment per line from the documents: approved verplichtingen minus their payments.
  std::map<std::string, std::int64_t> open_per_regel;
  for (const Verplichting& v : db::verplichtingen_van_budget(conn, b.id)) {
    const bool goedgekeurd = v.status == verplichting_status::goedgekeurd;
    const Sommen& x = per_verplichting[v.id];
    if (x.verplicht != (goedgekeurd ? v.bedrag_cent : 0)) {
      fout("verplichting " + v.id, fmt::format("grootboek {} cent, document {} cent", x.verplicht, goedgekeurd ? v.bedrag_cent : 0));
    }
    if (x.betaald > x.verplicht) fout("verplichting " + v.id, "meer betaald dan verplicht");
    if (goedgekeurd) open_per_regel[v.regel_id.value_or("")] += v.bedrag_cent - x.betaald;
  }
  std::set<std::string> gezien;
  for (const db::DeclaratieAandeel& d : db::aandelen_in_budget(conn, b.id)) {
    const Sommen& x = per_declaratie[d.id];
    gezien.insert(d.id);
    const bool goedgekeurd = d.status == declaratie_status::goedgekeurd || d.status == declaratie_status::betaald;
    const std::int64_t verwacht = goedgekeurd ? d.bedrag_cent : 0, betaald = d.status == declaratie_status::betaald ? d.bedrag_cent : 0;
    if (x.gedeclareerd != verwacht) fout("declaratie " + d.id, fmt::format("gedeclareerd {} cent, document {} cent", x.gedeclareerd, verwacht));
    if (x.betaald != betaald) fout("declaratie " + d.id, fmt::format("betaald {} cent, document {} cent", x.betaald, betaald));
  }
  for (const auto& [id, x] : per_declaratie) {
    if (!gezien.contains(id)) fout("declaratie " + id, "mutaties voor een declaratie zonder regels in dit budget");
  }
  for (const Budgetwijziging& w : db::list_budgetwijzigingen(conn, b.id)) {
    const bool geboekt = w.status == "goedgekeurd" && w.soort == wijziging_soort::toekenning;
    if (per_wijziging[w.id].toegekend != (geboekt ? w.bedrag_cent : 0)) fout("budgetwijziging " + w.id, "toekenning wijkt af van het grootboek");
  }
  for (const auto& [id, x] : per_ronde) {
    const auto r = db::find_betaalronde(conn, id, false);
    if (!r || r->status != betaalronde_status::betaald) fout("betaalronde " + id, "betalingen geboekt op een ronde die niet betaald is");
    else if (x.betaald > r->totaal_cent) fout("betaalronde " + id, "meer betaald dan de ronde bevat");
  }
  for (const Budgetregel& r : b.regels) {
    const Saldo& som = regel[r.id];
    const Saldo& s = r.saldo;
    if (som.toegekend != s.toegekend || som.verplicht != s.verplicht || som.gedeclareerd != s.gedeclareerd || som.betaald != s.betaald) {
      fout("regel " + r.naam, "de stand wijkt af van de som van de mutaties");
    }
    const std::int64_t verplicht_open = open_per_regel[r.id];
    const std::int64_t beschikbaar = som.toegekend - verplicht_open - som.betaald;
    if (verplicht_open != som.verplicht - som.betaald || beschikbaar != s.beschikbaar()) {
      fout("regel " + r.naam, fmt::format("toegekend {} − verplicht-open {} − betaald {} ≠ beschikbaar {}", som.toegekend,
                                          verplicht_open, som.betaald, s.beschikbaar()));
    }
    if (verplicht_open < 0) fout("regel " + r.naam, "verplicht-open onder nul");
    if (beschikbaar < -s.overschrijding) {
      fout("regel " + r.naam, fmt::format("beschikbaar {} cent onder nul zonder goedgekeurde overschrijding (toegestaan {})",
                                          beschikbaar, s.overschrijding));
    }
  }
}

}  // namespace

Controle controleer_budgetten(db::Connection& conn) {
  Controle c;
  for (const std::string& id : db::alle_budget_ids(conn)) {
    db::Transaction tx(conn, db::TxMode::read);  // one snapshot per budget
    controleer(conn, *db::find_budget(conn, id), c);
    ++c.budgetten;
    tx.commit();
  }
  return c;
}

}  // namespace rmt::services
