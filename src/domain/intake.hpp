#pragma once
// An intake records the doelgroep of a klant at one moment: monitor attributes, never gates (help
// does not depend on them). A situation changes, so each intake is kept; the age class is derived
// from the geboortedatum on the intake date.
#include <optional>
#include <string>
#include <string_view>

#include "domain/codelijst.hpp"
#include "domain/error.hpp"

namespace rmt {

struct IntakeInvoer {
  std::string datum;  // YYYY-MM-DD
  std::string arbeidsmarktpositie;
  std::string uitkeringssituatie;
  std::string opleidingsniveau;
  bool banenafspraak = false;
  bool statushouder = false;
  std::optional<std::string> sector;
};

struct Intake : IntakeInvoer {
  std::string id;
  std::string klant_id;
  std::string leeftijdsklasse;
  std::string codelijst_versie;
};

// tot_27, 27_44, 45_54, 55_plus: the age in whole years on `datum` (both YYYY-MM-DD, valid).
std::string leeftijdsklasse(std::string_view geboortedatum, std::string_view datum);

// The date may not be in the future nor before the geboortedatum.
void valideer(IntakeInvoer& invoer, std::string_view geboortedatum, std::string_view vandaag,
              const Codelijsten& lijsten, Validation& v);

}  // namespace rmt
