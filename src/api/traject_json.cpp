#include "api/traject_json.hpp"

#include "api/json_body.hpp"
#include "domain/tijd.hpp"

namespace rmt::api {
namespace {

boost::json::array tekst_lijst(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& s : items) out.emplace_back(s);
  return out;
}

boost::json::array tellingen(const std::vector<db::Telling>& items) {
  boost::json::array out;
  for (const auto& t : items) out.push_back({{"code", t.code}, {"aantal", t.aantal}});
  return out;
}

boost::json::value resultaat_json(const std::optional<Resultaat>& r) {
  if (!r) return nullptr;
  return {{"uitkomst", r->uitkomst},
          {"datum", r->datum},
          {"contractvorm", of_nullable(r->contractvorm)},
          {"urenPerWeek", of_nullable(r->uren_per_week)},
          {"toelichting", of_nullable(r->toelichting)}};
}

boost::json::object parameters_json(const std::vector<std::pair<std::string, std::string>>& parameters) {
  boost::json::object o;
  for (const auto& [naam, waarde] : parameters) o[naam] = waarde;
  return o;
}

}  // namespace

boost::json::object traject_json(const Traject& t) {
  return {{"id", t.id},
          {"regioCode", t.regio_code},
          {"soort", t.soort},
          {"klantId", of_nullable(t.klant_id)},
          {"werkgeverId", of_nullable(t.werkgever_id)},
          {"aanmeldingId", of_nullable(t.aanmelding_id)},
          {"werkgeverTrajectId", of_nullable(t.werkgever_traject_id)},
          {"categorie", t.categorie},
          {"klantvraag", t.klantvraag.empty() ? boost::json::value(nullptr) : boost::json::value(t.klantvraag)},
          {"doelen", of_nullable(t.doelen)},
          {"regievoerderId", t.regievoerder_id},
          {"organisatieId", t.organisatie_id},
          {"startdatum", t.startdatum.value_or("")},
          {"status", t.status},
          {"resultaat", resultaat_json(t.resultaat)},
          {"laatsteDienstOp", t.laatste_dienst_op},
          {"sluitenAanbevolen", sluiten_aanbevolen(t.status, t.laatste_dienst_op, vandaag())},
          {"versie", t.versie},
          {"aangemaaktOp", t.aangemaakt_op},
          {"gewijzigdOp", t.gewijzigd_op},
          {"_links", {{"self", {{"href", "/api/v1/trajecten/" + t.id}}}}}};
}

boost::json::object traject_beeld_json(const services::TrajectBeeld& b) {
  const Traject& t = b.zicht.traject;
  boost::json::object out = traject_json(t);
  out["regievoerderNaam"] = b.regievoerder_naam;
  boost::json::array betrokken;
  for (const auto& org : b.zicht.betrokken) {
    betrokken.push_back({{"organisatieId", org}, {"rol", org == t.organisatie_id ? "regie" : "doorverwezen"}});
  }
  out["betrokkenOrganisaties"] = std::move(betrokken);
  out["zichtbaar"] = b.zicht.scope ? boost::json::value(tekst_lijst(*b.zicht.scope)) : boost::json::value(nullptr);
  if (b.intake) {
    const Intake& i = *b.intake;
    out["intake"] = {{"id", i.id},
                     {"datum", i.datum},
                     {"arbeidsmarktpositie", i.arbeidsmarktpositie},
                     {"uitkeringssituatie", i.uitkeringssituatie},
                     {"opleidingsniveau", i.opleidingsniveau},
                     {"leeftijdsklasse", i.leeftijdsklasse},
                     {"banenafspraak", i.banenafspraak},
                     {"statushouder", i.statushouder},
                     {"sector", of_nullable(i.sector)},
                     {"codelijstVersie", i.codelijst_versie}};
  } else {
    out["intake"] = nullptr;
  }
  boost::json::array interventies, toestemmingen, doorverwijzingen, nametingen;
  for (const auto& i : b.interventies) interventies.push_back(interventie_json(i));
  for (const auto& x : b.toestemmingen) toestemmingen.push_back(toestemming_json(x));
  for (const auto& d : b.doorverwijzingen) doorverwijzingen.push_back(doorverwijzing_json(d));
  for (const auto& n : b.nametingen) nametingen.push_back(nameting_json(n));
  out["interventies"] = std::move(interventies);
  out["toestemmingen"] = std::move(toestemmingen);
  out["doorverwijzingen"] = std::move(doorverwijzingen);
  out["nametingen"] = std::move(nametingen);
  if (b.gekoppeld) {
    out["gekoppeldeTrajecten"] = {{"perStatus", tellingen(b.gekoppeld->per_status)},
                                  {"perUitkomst", tellingen(b.gekoppeld->per_uitkomst)}};
  } else {
    out["gekoppeldeTrajecten"] = nullptr;
  }
  return out;
}

boost::json::object interventie_json(const Interventie& i) {
  return {{"id", i.id},
          {"trajectId", i.traject_id},
          {"dienstId", i.dienst_id},
          {"dienstNaam", i.dienst_naam},
          {"aanbiederId", i.aanbieder_id},
          {"geplandBegin", i.gepland_begin},
          {"geplandEinde", i.gepland_einde},
          {"werkelijkBegin", of_nullable(i.werkelijk_begin)},
          {"werkelijkEinde", of_nullable(i.werkelijk_einde)},
          {"kostenCent", i.kosten_cent.value_or(0)},
          {"status", i.status},
          {"reden", of_nullable(i.reden)},
          {"resultaat", of_nullable(i.resultaat)},
          {"toelichting", of_nullable(i.toelichting)},
          {"verplichting", i.verplichting ? boost::json::value{{"status", i.verplichting->status},
                                                               {"reden", of_nullable(i.verplichting->reden)}}
                                          : boost::json::value(nullptr)},
          {"versie", i.versie}};
}

boost::json::object toestemming_json(const Toestemming& t) {
  return {{"id", t.id},
          {"trajectId", t.traject_id},
          {"organisatieId", t.organisatie_id},
          {"scope", tekst_lijst(t.scope)},
          {"geldigTot", t.geldig_tot},
          {"vastgelegdVia", t.vastgelegd_via},
          {"toelichting", of_nullable(t.toelichting)},
          {"gegevenOp", t.gegeven_op},
          {"ingetrokkenOp", of_nullable(t.ingetrokken_op)},
          {"geldig", geldig(t, vandaag())}};
}

boost::json::object doorverwijzing_json(const Doorverwijzing& d) {
  return {{"id", d.id},
          {"trajectId", d.traject_id},
          {"regioCode", d.regio_code},
          {"vanOrganisatieId", d.van_organisatie_id},
          {"naarOrganisatieId", d.naar_organisatie_id},
          {"toestemmingId", d.toestemming_id},
          {"vraag", d.vraag.empty() ? boost::json::value(nullptr) : boost::json::value(d.vraag)},
          {"status", d.status},
          {"reden", of_nullable(d.reden)},
          {"verstuurdOp", d.verstuurd_op},
          {"beantwoordOp", of_nullable(d.beantwoord_op)},
          {"versie", d.versie}};
}

boost::json::object nameting_json(const Nameting& n) {
  const auto& m = n.meting;
  return {{"id", n.id},
          {"trajectId", n.traject_id},
          {"verantwoordelijkeId", n.verantwoordelijke_id},
          {"maanden", n.maanden},
          {"geplandOp", n.gepland_op},
          {"status", n.status},
          {"situatie", m ? boost::json::value(m->situatie) : boost::json::value(nullptr)},
          {"contractvorm", m ? of_nullable(m->contractvorm) : boost::json::value(nullptr)},
          {"urenPerWeek", m ? of_nullable(m->uren_per_week) : boost::json::value(nullptr)},
          {"toelichting", m ? of_nullable(m->toelichting) : boost::json::value(nullptr)},
          {"vastgelegdOp", of_nullable(n.vastgelegd_op)},
          {"versie", n.versie}};
}

boost::json::object gebeurtenis_json(const db::Gebeurtenis& g) {
  return {{"id", g.id},
          {"op", g.op},
          {"soort", g.soort},
          {"omschrijving", g.omschrijving},
          {"vanStatus", of_nullable(g.van_status)},
          {"naarStatus", of_nullable(g.naar_status)},
          {"tekst", of_nullable(g.tekst)},
          {"zichtbaarheid", g.zichtbaarheid},
          {"organisatieId", of_nullable(g.organisatie_id)},
          {"medewerkerId", of_nullable(g.medewerker_id)},
          {"medewerkerNaam", of_nullable(g.medewerker_naam)},
          {"objectType", of_nullable(g.object_type)},
          {"objectId", of_nullable(g.object_id)},
          {"code", g.code.empty() ? boost::json::value(nullptr) : boost::json::value(g.code)},
          {"parameters", parameters_json(g.parameters)}};
}

}  // namespace rmt::api
