#pragma once
// Logboek Dataverwerkingen: the register of processing activities (shipped as data) and one
// entry per processing action per data subject.
#include <string>
#include <string_view>
#include <vector>

namespace rmt {

struct Verwerkingsactiviteit {
  std::string id;
  std::string naam;
  std::string doel;
  std::string grondslag;
  std::string bewaartermijn;
};

struct Verwerking {
  std::string trace_id;
  std::string span_id;
  std::string naam;  // e.g. "medewerker_gelezen"
  std::string start_op;
  std::string eind_op;
  std::string verwerkingsactiviteit_id;
  std::string betrokkene;  // keyed pseudonym, never the identifier itself
  std::string actor;
  std::string status = "gelukt";
};

}  // namespace rmt
