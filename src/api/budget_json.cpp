#include "api/budget_json.hpp"

#include "api/json_body.hpp"

namespace rmt::api {

boost::json::object saldo_json(const Saldo& s) {
  return {{"toegekendCent", s.toegekend},     {"verplichtCent", s.verplicht},   {"verplichtOpenCent", s.verplicht_open()},
          {"gedeclareerdCent", s.gedeclareerd}, {"betaaldCent", s.betaald},     {"beschikbaarCent", s.beschikbaar()},
          {"overschrijdingCent", s.overschrijding}};
}

boost::json::object budget_json(const Budget& b) {
  boost::json::array regels;
  for (const Budgetregel& r : b.regels) {
    regels.push_back({{"id", r.id}, {"soort", r.soort}, {"naam", r.naam}, {"saldo", saldo_json(r.saldo)}});
  }
  return {{"id", b.id},
          {"regioCode", b.regio_code},
          {"jaar", b.jaar},
          {"regeling", b.regeling},
          {"vierOgenVanafCent", b.vier_ogen_vanaf_cent},
          {"aangemaaktOp", b.aangemaakt_op},
          {"regels", std::move(regels)},
          {"totaal", saldo_json(b.totaal())}};
}

boost::json::object budget_beeld_json(const services::BudgetBeeld& b) {
  boost::json::object out = budget_json(b.budget);
  auto& regels = out["regels"].as_array();
  for (std::size_t n = 0; n < regels.size() && n < b.prognoses.size(); ++n) {
    regels[n].as_object()["prognose"] = {{"tempoCentPerDag", b.prognoses[n].tempo_cent_per_dag},
                                         {"uitgeputOp", of_nullable(b.prognoses[n].uitgeput_op)}};
  }
  boost::json::array wijzigingen;
  for (const Budgetwijziging& w : b.wijzigingen) wijzigingen.push_back(budgetwijziging_json(w));
  out["wijzigingen"] = std::move(wijzigingen);
  return out;
}

boost::json::object budgetwijziging_json(const Budgetwijziging& w) {
  return {{"id", w.id},
          {"budgetId", w.budget_id},
          {"regelId", w.regel_id},
          {"soort", w.soort},
          {"bedragCent", w.bedrag_cent},
          {"toelichting", w.toelichting},
          {"status", w.status},
          {"reden", of_nullable(w.reden)},
          {"voorgesteldDoor", w.voorgesteld_door},
          {"voorgesteldOp", w.voorgesteld_op},
          {"beoordeeldDoor", of_nullable(w.beoordeeld_door)},
          {"beoordeeldOp", of_nullable(w.beoordeeld_op)}};
}

boost::json::object mutatie_json(const Mutatie& m) {
  return {{"volgnummer", m.volgnummer},
          {"id", m.id},
          {"regelId", m.regel_id},
          {"soort", m.soort},
          {"rubriek", m.rubriek},
          {"bedragCent", m.bedrag_cent},
          {"standCent", m.stand_cent},
          {"verplichtingId", of_nullable(m.verplichting_id)},
          {"declaratieId", of_nullable(m.declaratie_id)},
          {"betaalrondeId", of_nullable(m.betaalronde_id)},
          {"budgetwijzigingId", of_nullable(m.budgetwijziging_id)},
          {"corrigeertId", of_nullable(m.corrigeert_id)},
          {"omschrijving", m.omschrijving},
          {"geboektOp", m.geboekt_op}};
}

boost::json::object uitgavenregel_json(const Uitgavenregel& u) {
  return {{"sleutel", u.sleutel},
          {"naam", u.naam},
          {"verplichtCent", u.verplicht},
          {"gedeclareerdCent", u.gedeclareerd},
          {"betaaldCent", u.betaald}};
}

boost::json::object verplichting_json(const Verplichting& v) {
  return {{"id", v.id},
          {"interventieId", v.interventie_id},
          {"trajectId", v.traject_id},
          {"dienstNaam", v.dienst_naam},
          {"aanbiederId", v.aanbieder_id},
          {"regioCode", v.regio_code},
          {"jaar", v.jaar},
          {"budgetId", of_nullable(v.budget_id)},
          {"regelId", of_nullable(v.regel_id)},
          {"bedragCent", v.bedrag_cent},
          {"status", v.status},
          {"reden", of_nullable(v.reden)},
          {"aangevraagdOp", v.aangevraagd_op},
          {"eersteAkkoordDoor", of_nullable(v.eerste_akkoord_door)},
          {"eersteAkkoordOp", of_nullable(v.eerste_akkoord_op)},
          {"beoordeeldDoor", of_nullable(v.beoordeeld_door)},
          {"beoordeeldOp", of_nullable(v.beoordeeld_op)},
          {"versie", v.versie}};
}

boost::json::object declaratie_json(const Declaratie& d) {
  boost::json::array regels;
  for (const Declaratieregel& r : d.regels) {
    regels.push_back({{"interventieId", r.interventie_id}, {"bedragCent", r.bedrag_cent}, {"dienstNaam", r.dienst_naam}});
  }
  return {{"id", d.id},
          {"regioCode", d.regio_code},
          {"aanbiederId", d.aanbieder_id},
          {"aanbiederNaam", d.aanbieder_naam},
          {"factuurnummer", d.factuurnummer},
          {"factuurdatum", d.factuurdatum},
          {"periodeVan", d.periode_van},
          {"periodeTot", d.periode_tot},
          {"bedragCent", d.bedrag_cent},
          {"iban", d.iban},
          {"bic", of_nullable(d.bic)},
          {"bijlage", d.bijlage},
          {"bovenVerplichting", d.boven_verplichting},
          {"toelichting", of_nullable(d.toelichting)},
          {"status", d.status},
          {"reden", of_nullable(d.reden)},
          {"ingediendDoor", d.ingediend_door},
          {"ingediendOp", d.ingediend_op},
          {"beoordeeldDoor", of_nullable(d.beoordeeld_door)},
          {"beoordeeldOp", of_nullable(d.beoordeeld_op)},
          {"betaalrondeId", of_nullable(d.betaalronde_id)},
          {"regels", std::move(regels)},
          {"versie", d.versie}};
}

boost::json::object betaalronde_json(const Betaalronde& r) {
  const Betaalopdracht& o = r.opdracht;
  boost::json::array posten;
  for (std::size_t n = 0; n < o.posten.size(); ++n) {
    const Betaalpost& p = o.posten[n];
    posten.push_back({{"declaratieId", r.declaratie_ids[n]},
                      {"endToEndId", p.end_to_end_id},
                      {"crediteurNaam", p.crediteur_naam},
                      {"iban", p.iban},
                      {"bic", of_nullable(p.bic)},
                      {"bedragCent", p.bedrag_cent},
                      {"factuurnummer", p.factuurnummer}});
  }
  return {{"id", r.id},
          {"regioCode", r.regio_code},
          {"status", r.status},
          {"berichtId", o.bericht_id},
          {"uitvoeringsdatum", o.uitvoeringsdatum},
          {"debiteurNaam", o.debiteur_naam},
          {"debiteurIban", o.debiteur_iban},
          {"debiteurBic", of_nullable(o.debiteur_bic)},
          {"aantal", r.aantal},
          {"totaalCent", r.totaal_cent},
          {"aangemaaktOp", o.aangemaakt_op},
          {"betaaldOp", of_nullable(r.betaald_op)},
          {"posten", std::move(posten)}};
}

}  // namespace rmt::api
