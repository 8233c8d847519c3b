#pragma once
// The platform's code lists (data/codelijsten.csv): categorie, kanaal, uitkomst and the doelgroep
// attributes. Versioned: the newest version is in force and recorded with what uses it.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.hpp"

namespace rmt {

struct Code {
  std::string code;
  std::string omschrijving;
};

struct Codelijsten {
  std::string versie;
  std::map<std::string, std::vector<Code>, std::less<>> lijsten;

  bool bevat(std::string_view lijst, std::string_view code) const;
  // Adds `veld` to `v` when `code` is not in `lijst`.
  void controleer(std::string_view veld, std::string_view lijst, const std::string& code, Validation& v) const;
};

// From the CSV records (header first: versie,lijst,code,omschrijving); keeps the newest version.
// Throws Error(invalid_input) naming the line of a malformed record.
Codelijsten codelijsten_uit(const std::vector<std::vector<std::string>>& rows);

}  // namespace rmt
