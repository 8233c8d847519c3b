#include "services/grootboek.hpp"

#include "security/random.hpp"

namespace rmt::services {

Mutatie mutatie(const Context& ctx, const std::string& budget_id, const std::string& regel_id, std::string_view soort,
                std::string_view rubriek, std::int64_t bedrag_cent, std::string omschrijving, const std::string& nu) {
  Mutatie m;
  m.id = security::uuid_v7();
  m.budget_id = budget_id;
  m.regel_id = regel_id;
  m.soort = soort;
  m.rubriek = rubriek;
  m.bedrag_cent = bedrag_cent;
  m.omschrijving = std::move(omschrijving);
  m.geboekt_door = ctx.actor;
  m.geboekt_op = nu;
  return m;
}

void eis_ruimte(const Saldo& saldo, std::int64_t extra, const std::string& regelnaam) {
  if (saldo.ruimte_voor(extra)) return;
  std::string detail = "Onvoldoende budget op de regel " + regelnaam + ": beschikbaar " + euro(saldo.beschikbaar()) +
                       ", nodig " + euro(extra) + ".";
  if (saldo.overschrijding > 0) detail += " De goedgekeurde overschrijding van " + euro(saldo.overschrijding) + " is op.";
  else detail += " Vraag de kassier om een hogere toekenning of een overschrijding.";
  throw Error(ErrorCode::conflict, detail);
}

}  // namespace rmt::services
