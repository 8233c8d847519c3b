#pragma once
// `rmt budget verify`: re-adds every ledger entry of every budget and checks it against the
// documents. For each line: the stands are the running sums; toegekend − verplicht-open −
// betaald = beschikbaar, with verplicht-open summed from the verplichtingen themselves; nothing
// below zero beyond an approved overschrijding. For each document: its entries match it
// (approved toekenningen, commitments net of vrijval, approved and paid declaraties, paid runs);
// every correctie reverses exactly one entry, once.
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace rmt::services {

struct Bevinding {
  std::string budget_id;
  std::string waar;   // regel, verplichting, declaratie … with its id
  std::string tekst;
};

struct Controle {
  std::int64_t budgetten = 0;
  std::int64_t mutaties = 0;
  std::vector<Bevinding> bevindingen;  // empty: every invariant holds
};

Controle controleer_budgetten(db::Connection& conn);

}  // namespace rmt::services
