#include "domain/intake.hpp"

#include <chrono>

#include "domain/tijd.hpp"

namespace rmt {

std::string leeftijdsklasse(std::string_view geboortedatum, std::string_view datum) {
  const auto geboren = parse_datum(geboortedatum);
  const auto op = parse_datum(datum);
  if (!geboren || !op) throw Error(ErrorCode::invalid_input, "Ongeldige datum voor de leeftijdsklasse.");
  int leeftijd = static_cast<int>(op->year()) - static_cast<int>(geboren->year());
  if (std::chrono::month_day{op->month(), op->day()} < std::chrono::month_day{geboren->month(), geboren->day()}) {
    --leeftijd;
  }
  if (leeftijd < 27) return "tot_27";
  if (leeftijd < 45) return "27_44";
  if (leeftijd < 55) return "45_54";
  return "55_plus";
}

void valideer(IntakeInvoer& in, std::string_view geboortedatum, std::string_view vandaag,
              const Codelijsten& lijsten, Validation& v) {
  const auto datum = parse_datum(in.datum);
  if (!datum) {
    v.add("datum", "format", "Vul een geldige datum in als JJJJ-MM-DD.");
  } else if (in.datum > vandaag || in.datum < geboortedatum) {
    v.add("datum", "range", "De intakedatum ligt niet in de toekomst en niet voor de geboortedatum.");
  }
  lijsten.controleer("arbeidsmarktpositie", "arbeidsmarktpositie", in.arbeidsmarktpositie, v);
  lijsten.controleer("uitkeringssituatie", "uitkeringssituatie", in.uitkeringssituatie, v);
  lijsten.controleer("opleidingsniveau", "opleidingsniveau", in.opleidingsniveau, v);
  if (in.sector) lijsten.controleer("sector", "sector", *in.sector, v);
}

}  // namespace rmt
