#include "app/demo_geld.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "db/betaalronde_store.hpp"
#include "db/budget_store.hpp"
#include "db/declaratie_store.hpp"
#include "db/interventie_store.hpp"
#include "db/mutatie_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/verplichting_store.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"

namespace rmt::app {
namespace {

constexpr std::int64_t personele_inzet_cent = 400'000'00;
constexpr std::int64_t overig_cent = 50'000'00;
constexpr std::int64_t vier_ogen_cent = 5'000'00;
constexpr const char* demo_iban = "NL91ABNA0417164300";       // the ISO 13616 example account
constexpr const char* kassier_iban = "NL20INGB0001234567";

std::string plus(const std::string& datum, int dagen) {
  return fmt::format("{:%Y-%m-%d}", std::chrono::sys_days(*parse_datum(datum)) + std::chrono::days(dagen));
}
std::string om(const std::string& datum, int uur = 9) { return fmt::format("{}T{:02}:00:00.000000Z", datum, uur); }

// An approved allocation: the coordinator's proposal, the kassier's approval, the ledger entry.
void ken_toe(db::Connection& conn, const std::string& budget_id, const std::string& regel_id, std::int64_t bedrag,
             const std::string& toelichting, const std::string& coordinator, const std::string& kassier, const std::string& op) {
  Budgetwijziging w;
  w.id = security::uuid_v7();
  w.budget_id = budget_id;
  w.regel_id = regel_id;
  w.soort = wijziging_soort::toekenning;
  w.bedrag_cent = bedrag;
  w.toelichting = toelichting;
  w.status = "goedgekeurd";
  w.voorgesteld_door = coordinator;
  w.voorgesteld_op = op;
  w.beoordeeld_door = kassier;
  w.beoordeeld_op = op;
  db::insert_budgetwijziging(conn, w);
  Mutatie m;
  m.id = security::uuid_v7();
  m.budget_id = budget_id;
  m.regel_id = regel_id;
  m.soort = mutatie_soort::toekenning;
  m.rubriek = rubriek::toegekend;
  m.bedrag_cent = bedrag;
  m.budgetwijziging_id = w.id;
  m.omschrijving = toelichting;
  m.geboekt_door = kassier;
  m.geboekt_op = op;
  db::boek_mutatie(conn, m);
}

// One regio's money trail, built from events applied in time order.
class Geldstroom {
 public:
  Geldstroom(db::Connection& conn, std::string regio, std::string coordinator, std::string kassier, std::string nu)
      : conn_(conn), regio_(std::move(regio)), coordinator_(std::move(coordinator)), kassier_(std::move(kassier)), nu_(std::move(nu)) {}

  DemoGeld run();

 private:
  enum Soort { s_verplichting, s_vrijval, s_indienen, s_beoordelen, s_betaalronde };
  struct Gebeurtenis {
    std::string op;  // YYYY-MM-DD
    Soort soort;
    std::size_t i;
    bool operator<(const Gebeurtenis& o) const { return std::tie(op, soort, i) < std::tie(o.op, o.soort, o.i); }
  };
  struct Regel {
    std::string budget_id, regel_id;
  };

  void boek(const Regel& r, std::string_view soort, std::string_view rubriek, std::int64_t bedrag, std::string omschrijving,
            const std::string& op, const std::optional<std::string>& verplichting, const std::optional<std::string>& declaratie,
            const std::optional<std::string>& ronde = std::nullopt) {
    Mutatie m;
    m.id = security::uuid_v7();
    m.budget_id = r.budget_id;
    m.regel_id = r.regel_id;
    m.soort = soort;
    m.rubriek = rubriek;
    m.bedrag_cent = bedrag;
    m.omschrijving = std::move(omschrijving);
    m.verplichting_id = verplichting;
    m.declaratie_id = declaratie;
    m.betaalronde_id = ronde;
    m.geboekt_door = rubriek == rubriek::verplicht ? coordinator_ : kassier_;
    m.geboekt_op = om(op);
    db::boek_mutatie(conn_, m);
    ++uit_.mutaties;
  }
  void vraag_aan(std::size_t n, const std::string& op);
  void keur_goed(std::size_t n, const std::string& op);
  void wijs_af(std::size_t n, const std::string& op);  // the coordinator refuses a requested commitment
  void geef_vrij(std::size_t n, std::int64_t bedrag, const std::string& op);
  void dien_in(std::size_t n, const std::string& op);
  void beoordeel(std::size_t n, const std::string& op);
  void betaal(const std::string& op);
  std::string aanbieder(const std::string& id) {
    auto it = aanbieders_.find(id);
    if (it == aanbieders_.end()) it = aanbieders_.emplace(id, db::find_organisatie(conn_, id)->naam).first;
    return it->second;
  }

  db::Connection& conn_;
  std::string regio_, coordinator_, kassier_, nu_;
  std::vector<Interventie> interventies_;
  std::vector<Verplichting> verplichtingen_;   // by interventie index; id empty when none
  std::vector<std::string> declaraties_;       // the interventie's current declaratie
  std::map<std::int64_t, Regel> regels_;       // interventies line per year
  std::map<std::string, std::string> aanbieders_;
  std::vector<std::string> te_betalen_;
  std::map<std::string, std::size_t> interventie_van_;  // declaratie → interventie index
  DemoGeld uit_;
  int nummer_ = 0;
};

void Geldstroom::vraag_aan(std::size_t n, const std::string& op) {
  const Interventie& i = interventies_[n];
  Verplichting& v = verplichtingen_[n];
  v.id = security::uuid_v7();
  v.interventie_id = i.id;
  v.regio_code = regio_;
  v.jaar = std::stoll(i.gepland_begin.substr(0, 4));
  v.bedrag_cent = *i.kosten_cent;
  v.aangevraagd_door = coordinator_;
  v.aangevraagd_op = om(op);
  db::insert_verplichting(conn_, v);
}

void Geldstroom::keur_goed(std::size_t n, const std::string& op) {
  const Interventie& i = interventies_[n];
  Verplichting& v = verplichtingen_[n];
  vraag_aan(n, plus(op, -3));
  // A third of what is still only planned waits for approval.
  if (i.status == interventie_status::gepland && n % 3 == 0) return;
  const Regel& r = regels_.at(v.jaar);
  v.budget_id = r.budget_id;
  v.regel_id = r.regel_id;
  v.status = verplichting_status::goedgekeurd;
  v.beoordeeld_door = coordinator_;
  v.beoordeeld_op = om(op);
  db::update_verplichting(conn_, v);
  ++v.versie;
  boek(r, mutatie_soort::verplichting, rubriek::verplicht, v.bedrag_cent, "Verplichting " + i.dienst_naam, op, v.id, std::nullopt);
}

void Geldstroom::wijs_af(std::size_t n, const std::string& op) {
  Verplichting& v = verplichtingen_[n];
  v.status = verplichting_status::afgewezen;
  v.reden = "Kies eerst een goedkopere dienst uit de catalogus.";
  v.beoordeeld_door = coordinator_;
  v.beoordeeld_op = om(op);
  db::update_verplichting(conn_, v);
  ++v.versie;
}

void Geldstroom::geef_vrij(std::size_t n, std::int64_t bedrag, const std::string& op) {
  Verplichting& v = verplichtingen_[n];
  if (v.status != verplichting_status::goedgekeurd || bedrag <= 0) return;
  boek(regels_.at(v.jaar), mutatie_soort::vrijval, rubriek::verplicht, -bedrag, "Vrijval " + interventies_[n].dienst_naam + ": afgebroken",
       op, v.id, std::nullopt);
  v.bedrag_cent -= bedrag;
  db::update_verplichting(conn_, v);
  ++v.versie;
}

void Geldstroom::dien_in(std::size_t n, const std::string& op) {
  const Interventie& i = interventies_[n];
  Declaratie d;
  d.id = security::uuid_v7();
  d.regio_code = regio_;
  d.aanbieder_id = i.aanbieder_id;
  d.aanbieder_naam = aanbieder(i.aanbieder_id);
  d.factuurnummer = fmt::format("{}-{}-{:05}", regio_, op.substr(0, 4), ++nummer_);
  d.factuurdatum = op;
  d.periode_van = *i.werkelijk_begin;
  d.periode_tot = i.werkelijk_einde.value_or(op);
  d.iban = demo_iban;
  d.bijlage = "demo/facturen/" + d.factuurnummer + ".pdf";
  // A service broken off is paid for half.
  d.bedrag_cent = i.status == interventie_status::afgebroken ? *i.kosten_cent / 2 : *i.kosten_cent;
  d.regels = {{i.id, d.bedrag_cent, i.dienst_naam}};
  d.ingediend_door = kassier_;
  d.ingediend_op = om(op);
  db::insert_declaratie(conn_, d);
  ++uit_.declaraties;
  declaraties_[n] = d.id;
  interventie_van_[d.id] = n;
  if (nummer_ == 7) {  // the aanbieder sends one invoice twice: the store refuses the second
    Declaratie dubbel = d;
    dubbel.id = security::uuid_v7();
    if (!db::insert_declaratie(conn_, dubbel)) ++uit_.dubbel_geweigerd;
  }
}

void Geldstroom::beoordeel(std::size_t n, const std::string& op) {
  Declaratie d = *db::find_declaratie(conn_, declaraties_[n]);
  d.beoordeeld_door = kassier_;
  d.beoordeeld_op = om(op, 11);
  const Verplichting& v = verplichtingen_[n];
  if (d.factuurnummer.back() == '3' || v.status != verplichting_status::goedgekeurd) {  // one in ten is sent back
    d.status = declaratie_status::afgewezen;
    d.reden = "De urenverantwoording ontbreekt; stuur een nieuwe factuur.";
    db::update_declaratie(conn_, d);
    return;
  }
  d.status = declaratie_status::goedgekeurd;
  db::update_declaratie(conn_, d);
  boek(regels_.at(v.jaar), mutatie_soort::declaratie_goedgekeurd, rubriek::gedeclareerd, d.bedrag_cent,
       "Declaratie " + d.factuurnummer + " " + d.aanbieder_naam, op, v.id, d.id);
  te_betalen_.push_back(d.id);
}

void Geldstroom::betaal(const std::string& op) {
  if (te_betalen_.empty()) return;
  Betaalronde r;
  r.id = security::uuid_v7();
  r.regio_code = regio_;
  r.aangemaakt_door = kassier_;
  std::string compact = r.id;
  compact.erase(std::remove(compact.begin(), compact.end(), '-'), compact.end());
  r.opdracht.bericht_id = "RMT" + compact;
  r.opdracht.aangemaakt_op = om(op, 8);
  r.opdracht.uitvoeringsdatum = plus(op, 1);
  r.opdracht.debiteur_naam = "Gemeente " + regio_ + " (kassier)";
  r.opdracht.debiteur_iban = kassier_iban;
  std::vector<Declaratie> ds;
  for (const std::string& id : te_betalen_) {
    Declaratie d = *db::find_declaratie(conn_, id);
    Betaalpost p;
    p.end_to_end_id = d.id;
    p.end_to_end_id.erase(std::remove(p.end_to_end_id.begin(), p.end_to_end_id.end(), '-'), p.end_to_end_id.end());
    p.crediteur_naam = d.aanbieder_naam;
    p.iban = d.iban;
    p.bedrag_cent = d.bedrag_cent;
    p.factuurnummer = d.factuurnummer;
    p.omschrijving = "Factuur " + d.factuurnummer + " RMT " + regio_;
    r.totaal_cent += d.bedrag_cent;
    r.opdracht.posten.push_back(std::move(p));
    r.declaratie_ids.push_back(d.id);
    d.betaalronde_id = r.id;
    db::update_declaratie(conn_, d);
    ++d.versie;
    ds.push_back(std::move(d));
  }
  r.aantal = static_cast<std::int64_t>(ds.size());
  db::insert_betaalronde(conn_, r);
  te_betalen_.clear();
  const std::string betaald = plus(op, 2);
  if (betaald >= nu_) return;  // the newest run waits for the bank
  db::markeer_betaald(conn_, r.id, kassier_, om(betaald));
  for (Declaratie& d : ds) {
    const Verplichting& v = verplichtingen_[interventie_van_.at(d.id)];
    boek(regels_.at(v.jaar), mutatie_soort::betaling, rubriek::betaald, d.bedrag_cent,
         "Betaling factuur " + d.factuurnummer + " " + d.aanbieder_naam, betaald, v.id, d.id, r.id);
    d.status = declaratie_status::betaald;
    db::update_declaratie(conn_, d);
  }
}

DemoGeld Geldstroom::run() {
  interventies_ = db::list_interventies_van_regio(conn_, regio_);
  verplichtingen_.resize(interventies_.size());
  declaraties_.resize(interventies_.size());
  // A budget per year: the interventies line covers the year's costs with a margin.
  std::map<std::int64_t, std::int64_t> kosten;
  for (const Interventie& i : interventies_) kosten[std::stoll(i.gepland_begin.substr(0, 4))] += i.kosten_cent.value_or(0);
  for (const auto& [jaar, som] : kosten) {
    const std::int64_t ruim = (som * 6 / 5 / 100'000'00 + 1) * 100'000'00;
    const std::string op = om(fmt::format("{}-01-02", jaar), 8);
    auto id = db::budget_id_voor(conn_, regio_, jaar);
    if (!id) {
      id = laad_budget(conn_, regio_, static_cast<int>(jaar), ruim, coordinator_, kassier_, op);
      uit_.mutaties += 3;
    }
    const Budget b = *db::find_budget(conn_, *id);
    regels_[jaar] = {*id, b.regels[1].id};
    if (const std::int64_t tekort = ruim - b.regels[1].saldo.toegekend; tekort > 0) {  // a budget made earlier
      ken_toe(conn_, *id, b.regels[1].id, tekort, "Aanvulling voor de interventies van dit jaar", coordinator_, kassier_, op);
      ++uit_.mutaties;
    }
  }
  std::vector<Gebeurtenis> agenda;
  for (std::size_t n = 0; n < interventies_.size(); ++n) {
    const Interventie& i = interventies_[n];
    if (i.kosten_cent.value_or(0) <= 0) continue;
    const std::string jaar_begin = i.gepland_begin.substr(0, 4) + "-01-02";
    agenda.push_back({std::max(plus(i.gepland_begin, -7), jaar_begin), s_verplichting, n});
    const bool gestart = i.werkelijk_begin.has_value();
    if (i.status == interventie_status::afgebroken && !gestart) {
      agenda.push_back({i.werkelijk_einde.value_or(i.gepland_begin), s_vrijval, n});
    }
    if (gestart && i.werkelijk_einde) {
      agenda.push_back({plus(*i.werkelijk_einde, 3), s_indienen, n});
      agenda.push_back({plus(*i.werkelijk_einde, 10), s_beoordelen, n});
      if (i.status == interventie_status::afgebroken) agenda.push_back({plus(*i.werkelijk_einde, 10), s_vrijval, n});
    }
  }
  const std::string eerste = agenda.empty() ? nu_ : std::min_element(agenda.begin(), agenda.end())->op;
  for (std::string maand = eerste.substr(0, 7) + "-05"; maand < nu_; maand = plus(maand.substr(0, 7) + "-28", 8).substr(0, 7) + "-05") {
    agenda.push_back({maand, s_betaalronde, 0});
  }
  std::sort(agenda.begin(), agenda.end());
  for (const Gebeurtenis& g : agenda) {
    if (g.op >= nu_) break;
    switch (g.soort) {
      case s_verplichting: keur_goed(g.i, g.op); break;
      case s_vrijval: {
        const Interventie& i = interventies_[g.i];
        const std::int64_t gefactureerd = declaraties_[g.i].empty() ? 0 : *i.kosten_cent / 2;
        geef_vrij(g.i, verplichtingen_[g.i].bedrag_cent - gefactureerd, g.op);
        break;
      }
      case s_indienen: dien_in(g.i, g.op); break;
      case s_beoordelen: beoordeel(g.i, g.op); break;
      case s_betaalronde: betaal(g.op); break;
    }
  }
  // What is planned after today is requested, waiting for the coordinator; one in five is refused.
  for (std::size_t n = 0; n < interventies_.size(); ++n) {
    const Interventie& i = interventies_[n];
    if (verplichtingen_[n].id.empty() && i.kosten_cent.value_or(0) > 0 && i.status == interventie_status::gepland) {
      vraag_aan(n, plus(nu_, -1));
      if (n % 5 == 0) wijs_af(n, nu_);
    }
  }
  return uit_;
}

}  // namespace

std::string laad_budget(db::Connection& conn, const std::string& regio, int jaar, std::int64_t interventies_cent,
                        const std::string& coordinator, const std::string& kassier, const std::string& op) {
  Budget b;
  b.id = security::uuid_v7();
  b.regio_code = regio;
  b.jaar = jaar;
  b.regeling = fmt::format("Regeling werkcentra en regionale mobiliteit {}", jaar);
  b.vier_ogen_vanaf_cent = vier_ogen_cent;
  b.aangemaakt_op = op;
  db::insert_budget(conn, b, coordinator);
  const std::pair<const char*, std::int64_t> regels[] = {
      {"personele_inzet", personele_inzet_cent}, {"interventies", interventies_cent}, {"overig", overig_cent}};
  const char* namen[] = {"Personele inzet", "Interventies", "Overig"};
  for (std::size_t n = 0; n < 3; ++n) {
    Budgetregel r{security::uuid_v7(), b.id, regels[n].first, namen[n], static_cast<std::int64_t>(n + 1), {}};
    db::insert_budgetregel(conn, r);
    ken_toe(conn, b.id, r.id, regels[n].second, "Toekenning bij het instellen van het budget", coordinator, kassier, op);
  }
  return b.id;
}

DemoGeld genereer_geld(db::Connection& conn, const std::string& regio, const std::string& coordinator,
                       const std::string& kassier, const std::string& nu) {
  return Geldstroom(conn, regio, coordinator, kassier, nu).run();
}

}  // namespace rmt::app
