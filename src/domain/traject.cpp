#include "domain/traject.hpp"

#include <array>

#include "domain/contactgegevens.hpp"
#include "domain/tijd.hpp"

namespace rmt {
namespace {

using std::chrono::sys_days;

std::string datum_tekst(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

bool met_werk(std::string_view uitkomst) {
  return uitkomst == "werk_gevonden" || uitkomst == "van_werk_naar_werk" || uitkomst == "werk_behouden";
}

void valideer_resultaat(const Resultaat& r, std::string_view begonnen_op, std::string_view vandaag,
                        const Codelijsten& lijsten, Validation& v) {
  lijsten.controleer("resultaat.uitkomst", "trajectuitkomst", r.uitkomst, v);
  const auto datum = parse_datum(r.datum);
  if (!datum) {
    v.add("resultaat.datum", "format", "Gebruik een datum als 2026-11-27.");
  } else if (r.datum > vandaag) {
    v.add("resultaat.datum", "range", "De datum van het resultaat ligt niet in de toekomst.");
  } else if (r.datum < begonnen_op) {
    v.add("resultaat.datum", "range", "De datum van het resultaat ligt niet voor het begin van het traject.");
  }
  const bool verplicht = r.uitkomst == "werk_gevonden" || r.uitkomst == "van_werk_naar_werk";
  if (r.contractvorm) {
    if (!met_werk(r.uitkomst)) {
      v.add("resultaat.contractvorm", "not_applicable", "Een contractvorm hoort alleen bij een uitkomst met werk.");
    } else {
      lijsten.controleer("resultaat.contractvorm", "contractvorm", *r.contractvorm, v);
    }
  } else if (verplicht) {
    v.add("resultaat.contractvorm", "required", "Kies de contractvorm van het werk.");
  }
  if (r.uren_per_week) {
    if (!met_werk(r.uitkomst)) {
      v.add("resultaat.urenPerWeek", "not_applicable", "Uren per week horen alleen bij een uitkomst met werk.");
    } else if (*r.uren_per_week < 1 || *r.uren_per_week > 60) {
      v.add("resultaat.urenPerWeek", "range", "Het aantal uren per week ligt tussen 1 en 60.");
    }
  } else if (verplicht) {
    v.add("resultaat.urenPerWeek", "required", "Vul het aantal uren per week in.");
  }
  valideer_tekst("resultaat.toelichting", r.toelichting, 2000, v);
}

}  // namespace

void valideer(const TrajectInvoer& t, std::string_view vandaag, const Codelijsten& lijsten, Validation& v) {
  if (t.klant_id.has_value() == t.werkgever_id.has_value()) {
    v.add("klantId", "required", "Een traject is voor één klant of één werkgever (precies één van beide).");
  }
  if (t.werkgever_id && t.werkgever_traject_id) {
    v.add("werkgeverTrajectId", "not_applicable", "Alleen het traject van een werknemer hoort bij een werkgeverstraject.");
  }
  lijsten.controleer("categorie", t.werkgever_id ? "personeelsvraag" : "categorie", t.categorie, v);
  if (!t.werkgever_id && t.categorie == "personeelsvraag") {
    v.add("categorie", "enum", "Een personeelsvraag hoort bij een werkgeverstraject.");
  }
  if (t.klantvraag.empty()) {
    v.add("klantvraag", "required", "Beschrijf de vraag in de woorden van de klant.");
  } else {
    valideer_tekst("klantvraag", t.klantvraag, max_klantvraag_bytes, v);
  }
  valideer_tekst("doelen", t.doelen, max_klantvraag_bytes, v);
  if (t.regievoerder_id.empty()) v.add("regievoerderId", "required", "Kies de regievoerder.");
  if (t.startdatum) {
    if (!parse_datum(*t.startdatum)) {
      v.add("startdatum", "format", "Gebruik een datum als 2026-11-27.");
    } else if (*t.startdatum > vandaag || *t.startdatum < dagen_terug(vandaag, 5 * 366)) {
      v.add("startdatum", "range", "De startdatum ligt niet in de toekomst en hoogstens vijf jaar terug.");
    }
  }
}

bool is_traject_status(std::string_view s) noexcept {
  return s == traject_status::aangemeld || s == traject_status::intake || s == traject_status::actief ||
         s == traject_status::afgesloten;
}

bool mag_overgaan(std::string_view van, std::string_view naar) noexcept {
  using namespace traject_status;
  if (naar == afgesloten) return van != afgesloten;
  return (van == aangemeld && naar == intake) || (van == intake && naar == actief) ||
         (van == afgesloten && naar == actief);
}

void valideer_overgang(std::string_view van, std::string_view naar, const std::optional<std::string>& reden,
                       const std::optional<Resultaat>& resultaat, std::string_view begonnen_op,
                       std::string_view vandaag, const Codelijsten& lijsten, Validation& v) {
  if (!is_traject_status(naar)) {
    v.add("status", "enum", "Kies aangemeld, intake, actief of afgesloten.");
    return;
  }
  valideer_tekst("reden", reden, 2000, v);
  if (naar == traject_status::afgesloten) {
    if (!resultaat) {
      v.add("resultaat", "required", "Leg bij het afsluiten het resultaat vast.");
    } else {
      valideer_resultaat(*resultaat, begonnen_op, vandaag, lijsten, v);
    }
  } else if (resultaat) {
    v.add("resultaat", "not_applicable", "Een resultaat hoort alleen bij het afsluiten.");
  }
  if (van == traject_status::afgesloten && naar == traject_status::actief && (!reden || reden->empty())) {
    v.add("reden", "required", "Geef aan waarom het traject heropend wordt.");
  }
}

bool sluiten_aanbevolen(std::string_view status, std::string_view laatste_dienst_op, std::string_view vandaag) {
  if (status == traject_status::afgesloten) return false;
  return laatste_dienst_op < dagen_terug(vandaag, dagen_zonder_dienst);
}

std::vector<std::string> nametingdata(std::string_view afgesloten_op) {
  const auto d = parse_datum(afgesloten_op);
  if (!d) return {};
  std::vector<std::string> out;
  for (int maanden : std::array{3, 6, 12}) {
    auto ym = d->year() / d->month() + std::chrono::months(maanden);
    auto dag = std::min(d->day(), (ym / std::chrono::last).day());
    out.push_back(datum_tekst(ym / dag));
  }
  return out;
}

std::string dagen_terug(std::string_view datum, int dagen) {
  const auto d = parse_datum(datum);
  if (!d) return std::string(datum);
  return datum_tekst(std::chrono::year_month_day{sys_days{*d} - std::chrono::days(dagen)});
}

}  // namespace rmt
