#include "services/traject_service.hpp"

#include <algorithm>

#include "db/aanmelding_store.hpp"
#include "db/codelijst_store.hpp"
#include "db/intake_store.hpp"
#include "db/interventie_store.hpp"
#include "db/klant_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/nameting_store.hpp"
#include "db/werkgever_store.hpp"
#include "domain/contactgegevens.hpp"
#include "domain/tijd.hpp"
#include "security/random.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;

// A klant or werkgever that does not exist and one the user may not see get the same answer.
const InvalidParam klant_onbekend{"klantId", "unknown", "Deze klant bestaat niet."};
const InvalidParam werkgever_onbekend{"werkgeverId", "unknown", "Deze werkgever bestaat niet."};

[[noreturn]] void verouderd() {
  throw Error(ErrorCode::precondition_failed, "Iemand anders heeft dit traject intussen gewijzigd. Laad het opnieuw.");
}

// Changing the traject itself (its question, regie, status) is for the organisation holding the
// regie and the coordinator; partners under a toestemming work in it (notes, interventies).
void eis_regie(const TrajectInZicht& zicht, db::Connection& conn, const Verantwoording& v, const Context& ctx) {
  if (zicht.scope) {
    v.weiger(conn, ctx, Actie::casus_schrijven, "traject", zicht.traject.id,
             "Alleen de organisatie met de regie (of de coördinator) wijzigt het traject zelf.");
  }
}

// A status change's timeline entry: its code, and its sentence in Dutch.
std::pair<std::string, std::string> status_stap(std::string_view van, std::string_view naar) {
  if (van == traject_status::afgesloten) return {"traject.heropend", "Traject heropend"};
  if (naar == traject_status::afgesloten) return {"traject.afgesloten", "Traject afgesloten"};
  return {"traject.status", "Status van " + std::string(van) + " naar " + std::string(naar)};
}

}  // namespace

Medewerker TrajectService::regievoerder(db::Connection& conn, const std::string& id, const std::string& regio) const {
  auto m = db::find_medewerker(conn, id);
  const auto rollen = rollen_voor(Actie::casus_schrijven);
  const bool rol = m && std::any_of(m->rollen.begin(), m->rollen.end(), [&](const RolToekenning& t) {
    return t.regio_code == regio && std::find(rollen.begin(), rollen.end(), t.rol) != rollen.end();
  });
  if (!m || m->status != "actief" || !rol) {
    ongeldig("regievoerderId", "unknown", "Kies een actieve medewerker met een rol in het casuswerk van deze regio.");
  }
  return std::move(*m);
}

void TrajectService::controleer_koppeling(db::Connection& conn, const TrajectInvoer& t, const std::string& regio) const {
  if (!t.werkgever_traject_id) return;
  const auto wg = db::find_traject(conn, *t.werkgever_traject_id);
  if (!wg || wg->soort != "werkgever" || wg->regio_code != regio) {
    ongeldig("werkgeverTrajectId", "unknown", "Kies een werkgeverstraject van deze regio.");
  }
}

TrajectBeeld TrajectService::beeld(db::Connection& conn, TrajectInZicht zicht, const std::string& organisatie_id) const {
  TrajectBeeld b;
  const Traject& t = zicht.traject;
  if (const auto m = db::find_medewerker(conn, t.regievoerder_id)) b.regievoerder_naam = m->naam;
  if (t.intake_id && zicht.mag_zien("doelgroep")) b.intake = db::find_intake(conn, *t.intake_id);
  if (zicht.mag_zien("interventies")) b.interventies = db::list_interventies(conn, t.id);
  // A partner working under a toestemming sees its own toestemmingen and referrals only.
  for (auto& toestemming : db::list_toestemmingen(conn, t.id)) {
    if (!zicht.scope || toestemming.organisatie_id == organisatie_id) b.toestemmingen.push_back(std::move(toestemming));
  }
  for (auto& d : db::list_doorverwijzingen(conn, t.id)) {
    if (!zicht.scope || d.naar_organisatie_id == organisatie_id || d.van_organisatie_id == organisatie_id) {
      b.doorverwijzingen.push_back(std::move(d));
    }
  }
  b.nametingen = db::list_nametingen(conn, t.id);
  if (t.soort == "werkgever") b.gekoppeld = db::tel_gekoppelde_trajecten(conn, t.id);
  if (!zicht.mag_zien("klantvraag")) {
    zicht.traject.klantvraag.clear();
    zicht.traject.doelen.reset();
  }
  b.zicht = std::move(zicht);
  return b;
}

TrajectBeeld TrajectService::create(const Context& ctx, TrajectInvoer invoer) {
  const auto start = Clock::now();
  const std::string dag = vandaag();
  Validation v;
  valideer(invoer, dag, db::codelijsten(), v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_schrijven, {}, "traject", "*");
  Traject t;
  static_cast<TrajectInvoer&>(t) = std::move(invoer);
  std::optional<Intake> intake;
  if (t.klant_id) {
    const auto k = db::find_klant(*conn, *t.klant_id);
    if (!k) throw_invalid(klant_onbekend);
    t.regio_code = k->klant.regio_code;
    t.soort = "persoon";
    const auto intakes = db::list_intakes(*conn, *t.klant_id);
    if (!intakes.empty()) intake = intakes.front();
  } else {
    const auto w = db::find_werkgever(*conn, *t.werkgever_id);
    if (!w) throw_invalid(werkgever_onbekend);
    t.regio_code = w->regio_code;
    t.soort = "werkgever";
  }
  if (t.klant_id) {
    verantwoording_->autoriseer_in_veld(*conn, ctx, Actie::casus_schrijven,
                                        klant_doel(*conn, *t.klant_id, t.regio_code, "contactgegevens"), klant_onbekend,
                                        "klant", *t.klant_id);
    // Only someone who may act for the klant: a partner working under a toestemming does not
    // become a regie of its own (and so keep access once consent ends).
    if (!beslis(ctx.principal, Actie::casus_schrijven, klant_doel(*conn, *t.klant_id, t.regio_code, std::nullopt))
             .toegestaan()) {
      verantwoording_->weiger(*conn, ctx, Actie::casus_schrijven, "klant", *t.klant_id,
                              "Een traject voor een klant start de frontoffice, of de organisatie met de regie van een "
                              "traject van de klant.");
    }
  } else {
    verantwoording_->autoriseer_in_veld(*conn, ctx, Actie::casus_schrijven, Doel{{t.regio_code}}, werkgever_onbekend,
                                        "werkgever", *t.werkgever_id);
  }
  std::optional<Aanmelding> aanmelding;
  if (t.aanmelding_id) {
    aanmelding = db::find_aanmelding(*conn, *t.aanmelding_id);
    if (!aanmelding || aanmelding->regio_code != t.regio_code || aanmelding->klant_id != t.klant_id ||
        aanmelding->werkgever_id != t.werkgever_id) {
      ongeldig("aanmeldingId", "unknown", "Kies een aanmelding die bij deze klant of werkgever is ingeschreven.");
    }
  }
  controleer_koppeling(*conn, t, t.regio_code);
  const Medewerker regie = regievoerder(*conn, t.regievoerder_id, t.regio_code);
  t.id = security::uuid_v7();
  t.organisatie_id = regie.organisatie_id;
  if (intake) t.intake_id = intake->id;
  t.startdatum = t.startdatum.value_or(dag);
  t.laatste_dienst_op = *t.startdatum;
  t.aangemaakt_op = t.gewijzigd_op = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_traject(*conn, t);
  if (aanmelding) {
    auto g = gebeurtenis(ctx, t.id, "aanmelding", "Aanmelding " + aanmelding->referentienummer + " ontvangen",
                         aanmelding->ontvangen_op);
    g.code = "aanmelding.ontvangen";
    g.parameters = {{"referentienummer", aanmelding->referentienummer}};
    g.object_type = "aanmelding";
    g.object_id = aanmelding->id;
    db::insert_gebeurtenis(*conn, g);
  }
  if (intake) {
    auto g = gebeurtenis(ctx, t.id, "intake", "Intake van " + intake->datum, intake->datum + "T00:00:00.000000Z");
    g.code = "intake.gehouden";
    g.parameters = {{"datum", intake->datum}};
    g.object_type = "intake";
    g.object_id = intake->id;
    db::insert_gebeurtenis(*conn, g);
  }
  auto g = gebeurtenis(ctx, t.id, "aangemaakt", "Traject aangemaakt; regie bij " + regie.naam, t.aangemaakt_op);
  g.naar_status = t.status;
  g.code = "traject.aangemaakt";
  g.parameters = {{"regievoerder", regie.naam}};
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, t, "traject_aangemaakt", "traject", t.id, true, start);
  tx.commit();
  std::vector<std::string> betrokken{t.organisatie_id};
  return beeld(*conn, {std::move(t), std::move(betrokken), std::nullopt}, ctx.principal.organisatie_id);
}

TrajectBeeld TrajectService::get(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  TrajectBeeld b;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    db::Transaction tx(*conn, db::TxMode::read);
    b = beeld(*conn, open_traject(*conn, *verantwoording_, ctx, Actie::casus_lezen, id), ctx.principal.organisatie_id);
    verantwoord_lezing(*conn, *verantwoording_, ctx, b.zicht.traject, "traject_gelezen", "traject", id, start, log);
    tx.commit();
  }
  verantwoording_->leg_vast(std::move(log));
  return b;
}

db::Pagina<Traject> TrajectService::list(const Context& ctx, const TrajectVraag& vraag, const Paginering& p,
                                         Validation& v) {
  if (vraag.selectie != "eigen" && vraag.selectie != "organisatie" && vraag.selectie != "regio") {
    v.add("selectie", "enum", "Kies eigen, organisatie of regio.");
  }
  if (vraag.status && !is_traject_status(*vraag.status)) {
    v.add("status", "enum", "Kies aangemeld, intake, actief of afgesloten.");
  }
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_lezen, {}, "traject", "*");
  db::TrajectFilter f;
  if (vraag.selectie == "regio") {
    f.regio_codes = ctx.principal.regios_met(Rol::coordinator);
    if (f.regio_codes.empty()) {
      verantwoording_->weiger(*conn, ctx, Actie::casus_lezen, "traject", "*",
                              "Alle trajecten van de regio zijn alleen voor de coördinator.");
    }
  } else {
    f.regio_codes = regios_voor(ctx.principal, Actie::casus_lezen);
    if (vraag.selectie == "eigen") f.regievoerder_id = ctx.principal.medewerker_id;
    if (vraag.selectie == "organisatie") f.organisatie_id = ctx.principal.organisatie_id;
  }
  f.status = vraag.status;
  if (vraag.sluiten_aanbevolen) f.sluiten_voor = dagen_terug(vandaag(), dagen_zonder_dienst);
  f.werkgever_traject_id = vraag.werkgever_traject_id;
  f.werkgever_id = vraag.werkgever_id;
  db::Transaction tx(*conn, db::TxMode::read);
  auto page = db::list_trajecten(*conn, f, p);
  for (Traject& t : page.items) {  // the client's own words only on the traject itself (data minimisation)
    t.klantvraag.clear();
    t.doelen.reset();
  }
  return page;
}

TrajectBeeld TrajectService::update(const Context& ctx, const std::string& id, std::int64_t versie,
                                    TrajectInvoer invoer) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven, id);
  eis_regie(zicht, *conn, *verantwoording_, ctx);
  Traject& t = zicht.traject;
  if (invoer.klant_id != t.klant_id || invoer.werkgever_id != t.werkgever_id) {
    ongeldig(t.klant_id ? "klantId" : "werkgeverId", "immutable", "De klant of werkgever van een traject verandert niet.");
  }
  Validation v;
  invoer.startdatum.reset();  // recorded at creation
  valideer(invoer, vandaag(), db::codelijsten(), v);
  v.throw_if_invalid();
  if (t.versie != versie) verouderd();
  controleer_koppeling(*conn, invoer, t.regio_code);
  const Medewerker regie = regievoerder(*conn, invoer.regievoerder_id, t.regio_code);
  const bool nieuwe_regie = regie.id != t.regievoerder_id;
  t.categorie = std::move(invoer.categorie);
  t.klantvraag = std::move(invoer.klantvraag);
  t.doelen = std::move(invoer.doelen);
  t.werkgever_traject_id = std::move(invoer.werkgever_traject_id);
  t.regievoerder_id = regie.id;
  t.organisatie_id = regie.organisatie_id;
  t.gewijzigd_op = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::update_traject(*conn, t)) verouderd();
  if (nieuwe_regie) db::wijs_open_nametingen_toe(*conn, id, regie.id);
  auto g = gebeurtenis(ctx, id, "gewijzigd", nieuwe_regie ? "Regie overgedragen aan " + regie.naam : "Traject bijgewerkt",
                       t.gewijzigd_op);
  g.code = nieuwe_regie ? "traject.regie_overgedragen" : "traject.bijgewerkt";
  if (nieuwe_regie) g.parameters = {{"regievoerder", regie.naam}};
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, t, "traject_gewijzigd", "traject", id, true, start);
  tx.commit();
  ++t.versie;
  zicht.betrokken = db::betrokken_organisaties(*conn, id, vandaag());
  return beeld(*conn, std::move(zicht), ctx.principal.organisatie_id);
}

TrajectBeeld TrajectService::wijzig_status(const Context& ctx, const std::string& id, std::int64_t versie,
                                           Statuswijziging w) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven, id);
  eis_regie(zicht, *conn, *verantwoording_, ctx);
  Traject& t = zicht.traject;
  const std::string dag = vandaag();
  Validation v;
  valideer_overgang(t.status, w.status, w.reden, w.resultaat, t.startdatum.value_or(dag), dag, db::codelijsten(), v);
  v.throw_if_invalid();
  if (t.versie != versie) verouderd();  // first: a stale page learns the new status by reloading
  if (!mag_overgaan(t.status, w.status)) {
    throw Error(ErrorCode::conflict, "Een traject met status " + t.status + " kan niet naar " + w.status + ".");
  }
  const std::string van = t.status;
  if (w.status == traject_status::afgesloten) {
    for (const auto& i : db::list_interventies(*conn, id)) {
      if (i.status == interventie_status::gepland || i.status == interventie_status::gestart) {
        throw Error(ErrorCode::conflict, "Rond eerst de lopende interventies af of breek ze af (" + i.dienst_naam + ").");
      }
    }
  }
  std::optional<Intake> nieuwe_intake;
  if (w.status == traject_status::actief && t.klant_id) {
    const auto intakes = db::list_intakes(*conn, *t.klant_id);
    if (!intakes.empty() && intakes.front().id != t.intake_id) nieuwe_intake = intakes.front();
  }
  t.status = w.status;
  t.resultaat = w.resultaat;
  if (nieuwe_intake) t.intake_id = nieuwe_intake->id;
  t.gewijzigd_op = nu_tekst();
  db::Transaction tx(*conn, db::TxMode::write);
  if (!db::update_traject(*conn, t)) verouderd();
  auto [code, omschrijving] = status_stap(van, w.status);
  auto g = gebeurtenis(ctx, id, "status", std::move(omschrijving), t.gewijzigd_op);
  g.van_status = van;
  g.naar_status = w.status;
  g.code = std::move(code);
  g.parameters = {{"van", van}, {"naar", w.status}};
  g.tekst = w.reden;
  if (w.resultaat) {
    g.parameters.emplace_back("uitkomst", w.resultaat->uitkomst);
    g.omschrijving += " (uitkomst: " + w.resultaat->uitkomst + ")";
  }
  db::insert_gebeurtenis(*conn, g);
  if (w.status == traject_status::afgesloten && t.soort == "persoon") {  // an employer has no nameting
    const auto data = nametingdata(w.resultaat->datum);
    const std::int64_t maanden[] = {3, 6, 12};
    for (std::size_t i = 0; i < data.size(); ++i) {
      Nameting n;
      n.id = security::uuid_v7();
      n.traject_id = id;
      n.regio_code = t.regio_code;
      n.verantwoordelijke_id = t.regievoerder_id;
      n.maanden = maanden[i];
      n.gepland_op = data[i];
      db::insert_nameting(*conn, n);
    }
  } else if (van == traject_status::afgesloten) {
    db::schrap_open_nametingen(*conn, id);
  }
  verantwoord(*conn, *verantwoording_, ctx, t, w.status == traject_status::afgesloten ? "traject_afgesloten"
                                             : van == traject_status::afgesloten        ? "traject_heropend"
                                                                                         : "traject_status_gewijzigd",
              "traject", id, true, start);
  tx.commit();
  ++t.versie;
  return beeld(*conn, std::move(zicht), ctx.principal.organisatie_id);
}

db::Gebeurtenis TrajectService::notitie(const Context& ctx, const std::string& id, std::string tekst,
                                        std::string zichtbaarheid) {
  const auto start = Clock::now();
  Validation v;
  if (tekst.empty()) v.add("tekst", "required", "Schrijf de notitie.");
  valideer_tekst("tekst", tekst, 4000, v);
  if (zichtbaarheid != "betrokkenen" && zichtbaarheid != "organisatie") {
    v.add("zichtbaarheid", "enum", "Kies betrokkenen of organisatie.");
  }
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  auto zicht = open_traject(*conn, *verantwoording_, ctx, Actie::casus_schrijven, id);
  if (zichtbaarheid == "betrokkenen" && !zicht.mag_zien("notities")) {
    throw Error(ErrorCode::forbidden, "De toestemming van de klant omvat geen notities voor alle betrokkenen.");
  }
  auto g = gebeurtenis(ctx, id, "notitie", zichtbaarheid == "organisatie" ? "Notitie (eigen organisatie)" : "Notitie",
                       nu_tekst());
  g.code = zichtbaarheid == "organisatie" ? "notitie.organisatie" : "notitie.betrokkenen";
  g.tekst = std::move(tekst);
  g.zichtbaarheid = std::move(zichtbaarheid);
  db::Transaction tx(*conn, db::TxMode::write);
  db::insert_gebeurtenis(*conn, g);
  verantwoord(*conn, *verantwoording_, ctx, zicht.traject, "notitie_geschreven", "traject", id, true, start);
  tx.commit();
  return g;
}

std::vector<db::Gebeurtenis> TrajectService::tijdlijn(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  std::optional<TrajectInZicht> gevonden;
  std::vector<db::Gebeurtenis> out;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    db::Transaction tx(*conn, db::TxMode::read);
    gevonden = open_traject(*conn, *verantwoording_, ctx, Actie::casus_lezen, id);
    out = db::list_gebeurtenissen(*conn, id, ctx.principal.organisatie_id);
    verantwoord_lezing(*conn, *verantwoording_, ctx, gevonden->traject, "tijdlijn_gelezen", "traject", id, start, log);
    tx.commit();
  }
  verantwoording_->leg_vast(std::move(log));
  const TrajectInZicht& zicht = *gevonden;
  if (!zicht.mag_zien("notities")) {
    std::erase_if(out, [&](const db::Gebeurtenis& g) {
      return g.soort == "notitie" && g.organisatie_id != ctx.principal.organisatie_id;
    });
  }
  if (!zicht.mag_zien("interventies")) {
    std::erase_if(out, [](const db::Gebeurtenis& g) { return g.soort == "interventie"; });
  }
  return out;
}

std::vector<Medewerker> TrajectService::regievoerders(const Context& ctx, std::optional<std::string> regio_code,
                                                      const std::optional<std::string>& organisatie_id) {
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_schrijven, {}, "medewerker", "*");
  if (!regio_code) regio_code = regios_voor(ctx.principal, Actie::casus_schrijven).front();
  verantwoording_->autoriseer(*conn, ctx, Actie::casus_schrijven, {{*regio_code}}, "medewerker", "*");
  return db::list_medewerkers_met_rol(*conn, *regio_code, rollen_voor(Actie::casus_schrijven), organisatie_id);
}

}  // namespace rmt::services
