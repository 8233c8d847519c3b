#include "app/demo_trajecten.hpp"

#include <algorithm>

#include <fmt/chrono.h>

#include "app/demo.hpp"
#include "db/dienst_store.hpp"
#include "db/doorverwijzing_store.hpp"
#include "db/interventie_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/nameting_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/regio_store.hpp"
#include "db/traject_store.hpp"
#include "domain/tijd.hpp"
#include "security/field_cipher.hpp"
#include "security/password.hpp"
#include "services/medewerker_service.hpp"

namespace rmt::app {
namespace {

using Clock = std::chrono::system_clock;
using std::chrono::days;

std::string datum(Clock::time_point t) { return fmt::format("{:%Y-%m-%d}", std::chrono::floor<days>(t)); }

constexpr std::array doelen = {
    "Binnen een half jaar betaald werk, liefst in de buurt.",
    "Een opleiding afronden en daarna doorstromen naar een vaste baan.",
    "Uitzoeken welk werk past en een plan maken.",
    "Van werk naar werk zonder tussentijdse werkloosheid.",
    "Basisvaardigheden versterken (taal, digitaal) als opstap naar werk.",
};

struct DemoDienst {
  const char* naam;
  const char* type;
  std::int64_t kosten_cent;
  std::optional<std::int64_t> max;
  const char* status;
};
constexpr std::array catalogus = {
    DemoDienst{"Loopbaanadvies (3 gesprekken)", "loopbaanadvies", 75000, 1, "open"},
    DemoDienst{"Ontwikkeladvies 45+", "ontwikkeladvies", 70000, 1, "open"},
    DemoDienst{"Jobcoaching", "begeleiding", 180000, std::nullopt, "open"},
    DemoDienst{"Omscholing zorg (mbo 3)", "scholing", 450000, 1, "open"},
    DemoDienst{"Praktijkleren techniek", "praktijkleren_mbo", 380000, 1, "open"},
    DemoDienst{"Bemiddeling naar werk", "bemiddeling", 90000, std::nullopt, "open"},
    DemoDienst{"Sollicitatietraining", "sollicitatietraining", 45000, 2, "open"},
    DemoDienst{"Taal en digitaal", "basisvaardigheden", 60000, std::nullopt, "open"},
    DemoDienst{"EVC-traject", "evc", 130000, 1, "open"},
    DemoDienst{"Werkfit-traject", "werkfitbehoud", 150000, std::nullopt, "gepauzeerd"},
    DemoDienst{"HR-advies mkb", "hr_advies_werkgever", 120000, std::nullopt, "open"},
};

const char* resultaat_van(Rng& rng, const std::string& type) {
  if (type == "scholing" || type == "praktijkleren_mbo") return kies(rng, {{"diploma", 60}, {"certificaat", 30}, {"geen", 10}});
  if (type == "evc") return kies(rng, {{"evc", 70}, {"praktijkverklaring", 30}});
  if (type == "loopbaanadvies" || type == "ontwikkeladvies") return "advies";
  if (type == "basisvaardigheden") return kies(rng, {{"certificaat", 50}, {"geen", 50}});
  return "geen";
}

bool met_werk(const std::string& uitkomst) {
  return uitkomst == "werk_gevonden" || uitkomst == "van_werk_naar_werk" || uitkomst == "werk_behouden";
}

}  // namespace

// How one traject runs: its start, the status it has reached by `nu`, and when it closed.
struct DemoTrajecten::Verloop {
  Clock::time_point start, intake, actief, sluit;
  std::string status;
};

void DemoTrajecten::bereid_voor(db::Connection& conn, const services::Verantwoording& v) {
  const std::string hash = security::hash_password(demo_wachtwoord);
  const std::string nu = to_rfc3339(Clock::now());
  for (const rmt::Regio& r : db::list_regios(conn, {1, 100}).items) {
    std::string code = r.code;
    for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Regio& regio = regios_[r.code];
    const std::string eerste = *db::find_medewerker_id_by_email(conn, "adviseur." + code + "@demo.example");
    regio.werkcentrum = db::find_medewerker(conn, eerste)->organisatie_id;
    Organisatie o;
    o.id = uuid_op(Clock::now(), rng_);
    o.naam = "UWV " + r.naam;
    o.type = "uwv";
    o.regio_codes = {r.code};
    db::insert_organisatie(conn, o, nu);
    regio.partner = o.id;
    const auto adviseur = [&](const std::string& naam, const std::string& email, const std::string& organisatie) {
      MedewerkerInvoer in;
      in.naam = naam;
      in.email = email;
      in.organisatie_id = organisatie;
      in.rollen = {{Rol::adviseur, r.code}};
      const std::string id = services::maak_medewerker_systeem(conn, v, in, hash, false).id;
      db::set_totp(conn, id, security::seal(v.keys().veld, demo_totp_geheim, "medewerker.totp_geheim:" + id));
      ++rijen;
      return id;
    };
    // Caseloads: ten advisers at the Werkcentrum, five at UWV (the first of each has a short address).
    regio.adviseurs = {eerste};
    for (int n = 2; n <= 10; ++n) {
      regio.adviseurs.push_back(adviseur(fmt::format("Adviseur {} {}", n, r.naam),
                                         fmt::format("adviseur{}.{}@demo.example", n, code), regio.werkcentrum));
    }
    regio.partner_adviseurs = {adviseur("Adviseur UWV " + r.naam, "adviseur.uwv." + code + "@demo.example", o.id)};
    for (int n = 2; n <= 5; ++n) {
      regio.partner_adviseurs.push_back(adviseur(fmt::format("Adviseur UWV {} {}", n, r.naam),
                                                 fmt::format("adviseur.uwv{}.{}@demo.example", n, code), o.id));
    }
    for (const DemoDienst& d : catalogus) {
      Dienst dienst;
      dienst.id = uuid_op(Clock::now(), rng_);
      dienst.regio_code = r.code;
      dienst.naam = d.naam;
      dienst.type = d.type;
      dienst.aanbieder_id = kans(rng_, 0.5) ? regio.partner : regio.werkcentrum;
      dienst.standaardkosten_cent = d.kosten_cent;
      dienst.status = d.status;
      dienst.max_per_klant = d.max;
      db::insert_dienst(conn, dienst, nu);
      regio.diensten.push_back(std::move(dienst));
    }
    // Some regio's get people into work more often than others.
    regio.werk_bonus = static_cast<int>(std::hash<std::string>{}(r.code) % 11) - 5;
    rijen += 1 + static_cast<std::int64_t>(catalogus.size());
  }
}

DemoTrajecten::Verloop DemoTrajecten::verloop(Clock::time_point aangemeld_op) {
  Verloop v;
  v.start = std::min(nu_, aangemeld_op + days(getal(rng_, 0, 14)));
  v.intake = v.start + days(getal(rng_, 1, 10));
  v.actief = v.intake + days(getal(rng_, 5, 20));
  v.sluit = v.actief + days(getal(rng_, 40, 420));
  const auto leeftijd = std::chrono::duration_cast<days>(nu_ - v.start).count();
  // Long-running ones stay open now and then (and get flagged by the 90-day rule).
  if (v.sluit <= nu_ && kans(rng_, leeftijd > 500 ? 0.97 : 0.85)) {
    v.status = "afgesloten";
  } else if (leeftijd > 60) {
    v.status = "actief";
  } else {
    // Recent ones are spread over the first steps (an intake can take a while).
    v.status = kies(rng_, {{"aangemeld", 20}, {"intake", 30}, {"actief", 50}});
    v.intake = std::min(v.intake, nu_);
    v.actief = std::min(v.actief, nu_);
  }
  if (v.status != "afgesloten") v.sluit = nu_ + days(getal(rng_, 30, 300));
  return v;
}

void DemoTrajecten::gebeurtenis(db::Connection& conn, const std::string& traject_id, Clock::time_point op,
                                const std::string& soort, const std::string& omschrijving, const std::string& medewerker,
                                const std::string& organisatie, std::optional<std::string> naar, std::string code,
                                std::vector<std::pair<std::string, std::string>> parameters) {
  db::Gebeurtenis g;
  g.id = uuid_op(op, rng_);
  g.traject_id = traject_id;
  g.op = to_rfc3339(op);
  g.soort = soort;
  g.omschrijving = omschrijving;
  g.naar_status = std::move(naar);
  g.code = std::move(code);
  g.parameters = std::move(parameters);
  g.organisatie_id = organisatie;
  g.medewerker_id = medewerker;
  db::insert_gebeurtenis(conn, g);
  ++rijen;
}

std::vector<Interventie> DemoTrajecten::interventies(const std::string& traject_id, const Regio& r, const Verloop& v) {
  std::vector<Interventie> out;
  if (v.status == "aangemeld" || v.status == "intake") return out;
  const int aantal = std::stoi(kies(rng_, {{"0", 15}, {"1", 40}, {"2", 30}, {"3", 15}}));
  std::vector<std::string> gehad;
  for (int n = 0; n < aantal; ++n) {
    const Dienst& d = r.diensten[static_cast<std::size_t>(getal(rng_, 0, static_cast<int>(r.diensten.size()) - 1))];
    if (d.status != "open" || d.type == "hr_advies_werkgever" || std::find(gehad.begin(), gehad.end(), d.id) != gehad.end()) {
      continue;  // the catalogue's maximum per klant: each dienst once here
    }
    gehad.push_back(d.id);
    auto begin = v.actief + days(getal(rng_, 0, 30));
    // Some of a running traject's services are still to come: planned, their cost not yet approved.
    if (v.status == "actief" && kans(rng_, 0.15)) begin = std::max(begin, nu_ + days(getal(rng_, 7, 35)));
    if (begin >= v.sluit) continue;
    const auto einde = std::min(v.sluit, begin + days(getal(rng_, 14, 180)));
    Interventie i;
    i.id = uuid_op(begin, rng_);
    i.traject_id = traject_id;
    i.regio_code = d.regio_code;
    i.dienst_id = d.id;
    i.aanbieder_id = d.aanbieder_id;
    i.gepland_begin = datum(begin);
    i.gepland_einde = datum(einde);
    i.kosten_cent = d.standaardkosten_cent / 100 * getal(rng_, 90, 110);
    if (v.status == "afgesloten" || einde <= nu_) {
      if (kans(rng_, 0.85)) {
        i.status = "afgerond";
        i.resultaat = resultaat_van(rng_, d.type);
      } else {
        i.status = "afgebroken";
        i.reden = kies(rng_, {{"Werk gevonden voor het einde", 40}, {"Ziekte", 25}, {"Past toch niet", 35}});
      }
      i.werkelijk_begin = i.gepland_begin;
      i.werkelijk_einde = i.gepland_einde;
    } else if (begin <= nu_) {
      i.status = "gestart";
      i.werkelijk_begin = i.gepland_begin;
    }
    i.dienst_naam = d.naam;
    out.push_back(std::move(i));
  }
  return out;
}

void DemoTrajecten::samenwerking(db::Connection& conn, const std::string& traject_id, const Regio& r,
                                 bool regie_bij_partner, const std::string& regievoerder, const Verloop& v) {
  if (v.status == "aangemeld" || !kans(rng_, 0.25)) return;
  const auto gegeven = v.intake + days(getal(rng_, 0, 10));
  if (gegeven > nu_) return;
  Toestemming t;
  t.id = uuid_op(gegeven, rng_);
  t.traject_id = traject_id;
  t.organisatie_id = regie_bij_partner ? r.werkcentrum : r.partner;
  t.scope = {"interventies", "klantvraag"};
  t.geldig_tot = datum(gegeven + days(365));
  t.vastgelegd_via = kies(rng_, {{"mondeling", 50}, {"schriftelijk", 20}, {"digitaal", 30}});
  t.gegeven_op = to_rfc3339(gegeven);
  t.vastgelegd_door = regievoerder;
  Doorverwijzing d;
  d.id = uuid_op(gegeven, rng_);
  d.traject_id = traject_id;
  d.regio_code = r.diensten.front().regio_code;
  d.van_organisatie_id = regie_bij_partner ? r.partner : r.werkcentrum;
  d.naar_organisatie_id = t.organisatie_id;
  d.toestemming_id = t.id;
  d.vraag = kies(rng_, {{"Graag bemiddeling naar passend werk.", 40}, {"Kunnen jullie een scholingstraject verzorgen?", 35},
                        {"Graag advies over de uitkering tijdens scholing.", 25}});
  d.verstuurd_door = t.vastgelegd_door;
  d.verstuurd_op = t.gegeven_op;
  const bool recent = std::chrono::duration_cast<days>(nu_ - gegeven).count() < 14;
  d.status = recent ? kies(rng_, {{"verstuurd", 60}, {"geaccepteerd", 30}, {"afgewezen", 10}})
             : v.status == "afgesloten"
                 ? kies(rng_, {{"afgerond", 55}, {"geaccepteerd", 15}, {"afgewezen", 20}, {"ingetrokken", 10}})
                 : kies(rng_, {{"geaccepteerd", 65}, {"afgewezen", 20}, {"ingetrokken", 15}});
  if (d.status != "verstuurd") d.beantwoord_op = to_rfc3339(gegeven + days(getal(rng_, 1, 7)));
  if (d.status == "afgewezen") d.reden = "Geen passend aanbod op dit moment.";
  if (d.status == "ingetrokken") {
    d.reden = "De klant heeft de toestemming ingetrokken.";
    t.ingetrokken_op = d.beantwoord_op;
  }
  db::insert_toestemming(conn, t);
  if (t.ingetrokken_op) db::trek_toestemming_in(conn, t.id, *t.ingetrokken_op);
  db::insert_doorverwijzing(conn, d);
  rijen += 2;
  gebeurtenis(conn, traject_id, gegeven, "doorverwijzing", "Doorverwezen (" + d.status + ")", d.verstuurd_door,
              d.van_organisatie_id, d.status, "doorverwijzing.verstuurd", {{"status", d.status}});
}

void DemoTrajecten::nametingen(db::Connection& conn, const std::string& traject_id, const std::string& regio_code,
                               const std::string& verantwoordelijke, const std::string& uitkomst, const std::string& dag) {
  const auto data = nametingdata(dag);
  const std::int64_t maanden[] = {3, 6, 12};
  const std::string vandaag = datum(nu_);
  for (std::size_t n = 0; n < data.size(); ++n) {
    Nameting m;
    m.id = uuid_op(nu_, rng_);
    m.traject_id = traject_id;
    m.regio_code = regio_code;
    m.verantwoordelijke_id = verantwoordelijke;
    m.maanden = maanden[n];
    m.gepland_op = data[n];
    db::insert_nameting(conn, m);
    ++rijen;
    if (data[n] > vandaag) continue;  // not due yet
    const bool bereikt = kans(rng_, 0.75);
    // Not reached: still open in its first eight weeks, then recorded as such.
    if (!bereikt && data[n] > datum(nu_ - std::chrono::days(56))) continue;
    NametingInvoer meting;
    if (!bereikt) {
      meting.situatie = "niet_bereikt";
    } else if (met_werk(uitkomst)) {
      meting.situatie = kies(rng_, {{"werkend", 82}, {"niet_werkend", 12}, {"in_opleiding", 6}});
    } else {
      meting.situatie = kies(rng_, {{"werkend", 35}, {"niet_werkend", 50}, {"in_opleiding", 15}});
    }
    if (meting.situatie == "werkend") {
      meting.contractvorm = kies(rng_, {{"vast", 35}, {"tijdelijk", 40}, {"uitzend", 15}, {"oproep", 10}});
      meting.uren_per_week = getal(rng_, 12, 40);
    }
    m.meting = std::move(meting);
    m.vastgelegd_op = data[n] + "T10:00:00.000000Z";
    db::leg_nameting_vast(conn, m);
  }
}

void DemoTrajecten::persoon(db::Connection& conn, const DemoKlant& k) {
  if (!kans(rng_, 0.85)) return;  // some questions end with advice, without a traject
  Regio& r = regios_.at(k.regio_code);
  const Verloop v = verloop(k.aangemeld_op);
  const bool partner = kans(rng_, 0.3);  // UWV holds the regie
  Traject t;
  t.id = uuid_op(v.start, rng_);
  t.regio_code = k.regio_code;
  t.soort = "persoon";
  t.klant_id = k.klant_id;
  t.aanmelding_id = k.aanmelding_id;
  t.categorie = k.categorie;
  t.klantvraag = k.klantvraag;
  t.doelen = een_van(rng_, doelen);
  const auto& pool = partner ? r.partner_adviseurs : r.adviseurs;
  t.regievoerder_id = pool[static_cast<std::size_t>(getal(rng_, 0, static_cast<int>(pool.size()) - 1))];
  t.organisatie_id = partner ? r.partner : r.werkcentrum;
  t.intake_id = k.intake_id;
  t.startdatum = datum(v.start);
  t.status = v.status;
  if (k.categorie == "van_werk_naar_werk" && r.reorganisatie && kans(rng_, 0.5)) t.werkgever_traject_id = r.reorganisatie;
  t.aangemaakt_op = to_rfc3339(v.start);
  t.gewijzigd_op = to_rfc3339(std::min(nu_, v.status == "afgesloten" ? v.sluit : v.start));
  const auto geplande = interventies(t.id, r, v);
  t.laatste_dienst_op = *t.startdatum;
  for (const auto& i : geplande) {
    t.laatste_dienst_op = std::max(t.laatste_dienst_op, i.status == "afgebroken" ? *i.werkelijk_einde : i.gepland_einde);
  }
  if (v.status == "afgesloten") {
    const std::string& positie = k.arbeidsmarktpositie;
    const int b = r.werk_bonus;
    const char* uitkomst =
        positie == "werkzoekend"      ? kies(rng_, {{"werk_gevonden", 38 + b}, {"scholing_afgerond", 10}, {"doorverwezen_regulier", 15}, {"uitgevallen", 22}, {"anders", 15 - b}})
        : positie == "schoolverlater" ? kies(rng_, {{"werk_gevonden", 35 + b}, {"scholing_afgerond", 30}, {"uitgevallen", 20}, {"doorverwezen_regulier", 15 - b}})
        : positie == "zzp"            ? kies(rng_, {{"werk_behouden", 40}, {"werk_gevonden", 20 + b}, {"uitgevallen", 25}, {"anders", 15 - b}})
                                      : kies(rng_, {{"werk_behouden", 35}, {"van_werk_naar_werk", 30 + b}, {"scholing_afgerond", 12}, {"uitgevallen", 13}, {"anders", 10 - b}});
    Resultaat res{uitkomst, datum(v.sluit), std::nullopt, std::nullopt, std::nullopt};
    if (res.uitkomst == "werk_gevonden" || res.uitkomst == "van_werk_naar_werk") {
      res.contractvorm = kies(rng_, {{"tijdelijk", 45}, {"vast", 25}, {"uitzend", 20}, {"oproep", 10}});
      res.uren_per_week = getal(rng_, 16, 40);
    }
    t.resultaat = res;
  }
  db::insert_traject(conn, t);
  ++rijen;
  gebeurtenis(conn, t.id, v.start, "aangemaakt", "Traject aangemaakt", t.regievoerder_id, t.organisatie_id, "aangemeld",
              "traject.aangemaakt");
  for (const auto& i : geplande) {
    db::insert_interventie(conn, i, k.klant_id, to_rfc3339(v.actief));
    ++rijen;
    // Planned when it began, or yesterday for one still to come (the timeline holds no future).
    const auto op = std::min<Clock::time_point>(std::chrono::sys_days{*parse_datum(i.gepland_begin)}, nu_ - days(1));
    gebeurtenis(conn, t.id, op, "interventie", "Interventie gepland: " + i.dienst_naam, t.regievoerder_id,
                t.organisatie_id, i.status, "interventie.gepland", {{"dienst", i.dienst_naam}});
  }
  if (v.status != "aangemeld") {
    gebeurtenis(conn, t.id, v.intake, "status", "Status van aangemeld naar intake", t.regievoerder_id, t.organisatie_id,
                "intake", "traject.status", {{"van", "aangemeld"}, {"naar", "intake"}});
  }
  if (v.status == "actief" || v.status == "afgesloten") {
    gebeurtenis(conn, t.id, v.actief, "status", "Status van intake naar actief", t.regievoerder_id, t.organisatie_id,
                "actief", "traject.status", {{"van", "intake"}, {"naar", "actief"}});
  }
  samenwerking(conn, t.id, r, partner, t.regievoerder_id, v);
  if (t.resultaat) {
    gebeurtenis(conn, t.id, v.sluit, "status", "Traject afgesloten (uitkomst: " + t.resultaat->uitkomst + ")",
                t.regievoerder_id, t.organisatie_id, "afgesloten", "traject.afgesloten",
                {{"van", "actief"}, {"naar", "afgesloten"}, {"uitkomst", t.resultaat->uitkomst}});
    nametingen(conn, t.id, t.regio_code, t.regievoerder_id, t.resultaat->uitkomst, t.resultaat->datum);
  }
}

void DemoTrajecten::werkgever(db::Connection& conn, const std::string& werkgever_id, const std::string& regio_code,
                              const std::string& aanmelding_id, Clock::time_point aangemeld_op) {
  if (!kans(rng_, 0.6)) return;
  Regio& r = regios_.at(regio_code);
  const Verloop v = verloop(aangemeld_op);
  Traject t;
  t.id = uuid_op(v.start, rng_);
  t.regio_code = regio_code;
  t.soort = "werkgever";
  t.werkgever_id = werkgever_id;
  t.aanmelding_id = aanmelding_id;
  t.categorie = kies(rng_, {{"vacatures", 45}, {"boventalligheid", 25}, {"scholing_personeel", 20}, {"anders", 10}});
  t.klantvraag = t.categorie == "boventalligheid" ? "Door een reorganisatie vervallen functies; wij zoeken werk voor onze mensen."
                                                   : "Wij zoeken personeel en willen ook zij-instromers opleiden.";
  t.regievoerder_id = r.adviseurs[static_cast<std::size_t>(getal(rng_, 0, static_cast<int>(r.adviseurs.size()) - 1))];
  t.organisatie_id = r.werkcentrum;
  t.startdatum = datum(v.start);
  t.status = v.status;
  t.laatste_dienst_op = t.startdatum.value_or("");
  if (v.status == "afgesloten") t.resultaat = Resultaat{"anders", datum(v.sluit), std::nullopt, std::nullopt, "Vraag beantwoord"};
  t.aangemaakt_op = to_rfc3339(v.start);
  t.gewijzigd_op = to_rfc3339(std::min(nu_, v.status == "afgesloten" ? v.sluit : v.start));
  db::insert_traject(conn, t);
  ++rijen;
  gebeurtenis(conn, t.id, v.start, "aangemaakt", "Werkgeverstraject aangemaakt", t.regievoerder_id, t.organisatie_id, "aangemeld",
              "werkgeverstraject.aangemaakt");
  if (t.categorie == "boventalligheid") r.reorganisatie = t.id;
}

}  // namespace rmt::app
