#pragma once
// The ontschot budget: one pooled budget per regio and year, with lines (budgetregels). Money is
// int64 cents. Every balance derives from the ledger (mutaties): an entry adds a signed amount to
// one rubriek of one line. Pure arithmetic and rules; the services post and lock.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.hpp"

namespace rmt {

namespace rubriek {
inline constexpr std::string_view toegekend = "toegekend";
inline constexpr std::string_view verplicht = "verplicht";
inline constexpr std::string_view gedeclareerd = "gedeclareerd";
inline constexpr std::string_view betaald = "betaald";
}  // namespace rubriek

namespace mutatie_soort {
inline constexpr std::string_view toekenning = "toekenning";
inline constexpr std::string_view verplichting = "verplichting";
inline constexpr std::string_view vrijval = "vrijval";
inline constexpr std::string_view declaratie_goedgekeurd = "declaratie_goedgekeurd";
inline constexpr std::string_view betaling = "betaling";
inline constexpr std::string_view correctie = "correctie";
}  // namespace mutatie_soort

inline constexpr std::string_view budgetregel_soorten[] = {"personele_inzet", "interventies", "overig"};
inline constexpr std::int64_t max_bedrag_cent = 1'000'000'000'00;  // € 1 billion: beyond any regional budget

// "€ 1.234,05" (Dutch notation) for messages; "-€ 12,30" below zero.
std::string euro(std::int64_t cent);

// a + b, or Error(conflict) when it would overflow (sums of many entries).
std::int64_t optellen(std::int64_t a, std::int64_t b);

// The balances of one line, summed from its ledger entries; overschrijding from approved proposals.
struct Saldo {
  std::int64_t toegekend = 0;
  std::int64_t verplicht = 0;     // committed, net of vrijval (paid commitments included)
  std::int64_t gedeclareerd = 0;  // approved invoices
  std::int64_t betaald = 0;
  std::int64_t overschrijding = 0;  // how far the line may go below zero

  std::int64_t verplicht_open() const noexcept { return verplicht - betaald; }
  // toegekend − verplicht-open − betaald.
  std::int64_t beschikbaar() const noexcept { return toegekend - verplicht_open() - betaald; }
  // Whether `extra` more can be committed without going below −overschrijding.
  bool ruimte_voor(std::int64_t extra) const noexcept { return beschikbaar() - extra >= -overschrijding; }
  // Adds one entry; throws Error(internal) on an unknown rubriek.
  void boek(std::string_view rubriek, std::int64_t bedrag_cent);
};

struct Mutatie {
  std::int64_t volgnummer = 0;
  std::string id;
  std::string budget_id;
  std::string regel_id;
  std::string soort;
  std::string rubriek;
  std::int64_t bedrag_cent = 0;
  std::int64_t stand_cent = 0;  // the line's rubriek after this entry
  std::optional<std::string> budgetwijziging_id;
  std::optional<std::string> verplichting_id;
  std::optional<std::string> declaratie_id;
  std::optional<std::string> betaalronde_id;
  std::optional<std::string> corrigeert_id;
  std::string omschrijving;
  std::string geboekt_door;
  std::string geboekt_op;
};

// The reversing entry of `m`: same line and rubriek, the opposite amount.
Mutatie correctie_van(const Mutatie& m);

struct Budgetregel {
  std::string id;
  std::string budget_id;
  std::string soort;
  std::string naam;
  std::int64_t volgorde = 0;
  Saldo saldo;
};

struct BudgetregelInvoer {
  std::string soort;
  std::string naam;
  std::int64_t bedrag_cent = 0;  // the allocation proposed with the new budget
};

struct BudgetInvoer {
  std::string regio_code;
  std::int64_t jaar = 0;
  std::string regeling;
  std::int64_t vier_ogen_vanaf_cent = 0;
  std::vector<BudgetregelInvoer> regels;
};

struct Budget {
  std::string id;
  std::string regio_code;
  std::int64_t jaar = 0;
  std::string regeling;
  std::int64_t vier_ogen_vanaf_cent = 0;
  std::string aangemaakt_op;
  std::vector<Budgetregel> regels;

  Saldo totaal() const;
  const Budgetregel* regel(std::string_view regel_id) const noexcept;
};

// Adds every bad field: jaar 2020..2100, regeling 1..200, threshold 0..max, 1..20 lines each
// with a known soort, a unique name 1..100 and an amount 0..max, at least one interventies line.
void valideer(const BudgetInvoer& invoer, Validation& v);
// veld: the line's name in the request ("regels[2]"), or empty for a line on its own.
void valideer_regel(const BudgetregelInvoer& regel, std::string_view veld, Validation& v);

namespace wijziging_soort {
inline constexpr std::string_view toekenning = "toekenning";
inline constexpr std::string_view overschrijding = "overschrijding";
}  // namespace wijziging_soort

struct Budgetwijziging {
  std::string id;
  std::string budget_id;
  std::string regel_id;
  std::string soort;
  std::int64_t bedrag_cent = 0;  // signed change
  std::string toelichting;
  std::string status = "voorgesteld";  // goedgekeurd, afgewezen
  std::optional<std::string> reden;
  std::string voorgesteld_door;
  std::string voorgesteld_op;
  std::optional<std::string> beoordeeld_door;
  std::optional<std::string> beoordeeld_op;
};

// Spending of a budget grouped by one key (dienst, aanbieder, doelgroep, maand).
struct Uitgavenregel {
  std::string sleutel;
  std::string naam;
  std::int64_t verplicht = 0;
  std::int64_t gedeclareerd = 0;
  std::int64_t betaald = 0;
};

// The year-end accountability of one budget (regio and year): its lines with their balances,
// spending per dienst and per aanbieder, and the ledger's own totals to reconcile with.
struct Jaarverantwoording {
  Budget budget;
  std::vector<Uitgavenregel> per_dienst;
  std::vector<Uitgavenregel> per_aanbieder;
  std::int64_t aantal_mutaties = 0;
  Saldo grootboek;          // summed over every entry of the ledger, independently of the lines
  std::string opgesteld_op;  // RFC 3339
};

// A positive cost needs a commitment; from the budget's threshold on, two different approvers.
bool vier_ogen_nodig(std::int64_t bedrag_cent, std::int64_t vier_ogen_vanaf_cent) noexcept;

// When a line runs out at the current pace: the amount committed per day over the last
// `dagen` days; none when nothing was committed or the line is already out.
struct Prognose {
  std::int64_t tempo_cent_per_dag = 0;
  std::optional<std::string> uitgeput_op;  // YYYY-MM-DD
};
Prognose prognose(std::int64_t beschikbaar_cent, std::int64_t verplicht_in_periode_cent, int dagen,
                  std::string_view vandaag);

}  // namespace rmt
