#include "services/jaarverantwoording_bestand.hpp"

#include <stdlib.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "domain/error.hpp"

namespace rmt::services {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTitel = "Jaarverantwoording ontschot budget";

// The amount columns, in this order, in both files.
enum Kolom : std::size_t { toegekend, verplicht, verplicht_open, gedeclareerd, betaald, beschikbaar, overschrijding };
constexpr std::size_t kKolommen = 7;
constexpr std::array<std::string_view, kKolommen> kKolomCsv = {
    "toegekend", "verplicht", "verplicht_open", "gedeclareerd", "betaald", "beschikbaar", "overschrijding"};
constexpr std::array<std::string_view, kKolommen> kKolomKop = {
    "Toegekend", "Verplicht", "Verplicht open", "Gedeclareerd", "Betaald", "Beschikbaar", "Overschrijding"};

using Bedragen = std::array<std::optional<std::int64_t>, kKolommen>;

// One row of the export, shared by the CSV and the XLSX so both say the same.
struct Rij {
  std::string_view sectie;
  std::string naam;
  std::string soort;
  Bedragen bedrag{};
};

std::int64_t verschil(std::int64_t a, std::int64_t b) {
  std::int64_t uit = 0;
  if (__builtin_sub_overflow(a, b, &uit)) throw Error(ErrorCode::internal, "Een verschil in de jaarverantwoording is te groot.");
  return uit;
}

Bedragen bedragen(const Saldo& s) {
  return {s.toegekend, s.verplicht, s.verplicht_open(), s.gedeclareerd, s.betaald, s.beschikbaar(), s.overschrijding};
}

// Budgetregels, Totaal, Grootboek and Aansluiting. The ledger has no overschrijding (an approved
// allowance, not an entry), so that column stays empty in the last two rows.
std::vector<Rij> budget_rijen(const Jaarverantwoording& j) {
  std::vector<Rij> rijen;
  for (const Budgetregel& r : j.budget.regels) rijen.push_back({"budgetregel", r.naam, r.soort, bedragen(r.saldo)});
  const Saldo totaal = j.budget.totaal();
  rijen.push_back({"totaal", "Totaal", "", bedragen(totaal)});
  Rij grootboek{"grootboek", "Grootboek", "", bedragen(j.grootboek)};
  grootboek.bedrag[overschrijding].reset();
  rijen.push_back(grootboek);
  const bool sluit = totaal.toegekend == j.grootboek.toegekend && totaal.verplicht == j.grootboek.verplicht &&
                     totaal.gedeclareerd == j.grootboek.gedeclareerd && totaal.betaald == j.grootboek.betaald;
  Rij aansluiting{"aansluiting", "Aansluiting", sluit ? "sluit" : "VERSCHIL", {}};
  const Bedragen t = bedragen(totaal);
  for (std::size_t k = 0; k < overschrijding; ++k) aansluiting.bedrag[k] = verschil(*t[k], *grootboek.bedrag[k]);
  rijen.push_back(aansluiting);
  return rijen;
}

// The spending rows of one grouping and their total (naam "Totaal", sectie `<sectie>_totaal`).
std::vector<Rij> uitgaven_rijen(const std::vector<Uitgavenregel>& regels, std::string_view sectie,
                                std::string_view totaal_sectie) {
  std::vector<Rij> rijen;
  std::int64_t v = 0, g = 0, b = 0;
  for (const Uitgavenregel& u : regels) {
    Rij r{sectie, u.naam, "", {}};
    r.bedrag[verplicht] = u.verplicht;
    r.bedrag[gedeclareerd] = u.gedeclareerd;
    r.bedrag[betaald] = u.betaald;
    rijen.push_back(r);
    v = optellen(v, u.verplicht);
    g = optellen(g, u.gedeclareerd);
    b = optellen(b, u.betaald);
  }
  Rij totaal{totaal_sectie, "Totaal", "", {}};
  totaal.bedrag[verplicht] = v;
  totaal.bedrag[gedeclareerd] = g;
  totaal.bedrag[betaald] = b;
  rijen.push_back(totaal);
  return rijen;
}

// ---- CSV -------------------------------------------------------------------------------------

// "1234.05" from 123405, "-12.30" from -1230: integer arithmetic only.
std::string bedrag_tekst(std::int64_t cent) {
  const bool negatief = cent < 0;
  // Via unsigned: -INT64_MIN does not fit in int64.
  const std::uint64_t a = negatief ? std::uint64_t{0} - static_cast<std::uint64_t>(cent) : static_cast<std::uint64_t>(cent);
  const std::uint64_t rest = a % 100;
  std::string uit = negatief ? "-" : "";
  uit += std::to_string(a / 100);
  uit += '.';
  uit += static_cast<char>('0' + rest / 10);
  uit += static_cast<char>('0' + rest % 10);
  return uit;
}

// RFC 4180 quoting, and a leading ' against formula injection in spreadsheets.
std::string csv_veld(std::string_view tekst) {
  std::string veld(tekst);
  if (!veld.empty() && std::string_view("=+-@\t\r").find(veld.front()) != std::string_view::npos) veld.insert(0, 1, '\'');
  if (veld.find_first_of(",\"\r\n") == std::string::npos) return veld;
  std::string uit = "\"";
  for (const char c : veld) {
    if (c == '"') uit += '"';
    uit += c;
  }
  uit += '"';
  return uit;
}

void csv_rij(std::string& uit, const Rij& r) {
  uit += csv_veld(r.sectie);
  uit += ',';
  uit += csv_veld(r.naam);
  uit += ',';
  uit += csv_veld(r.soort);
  for (const auto& b : r.bedrag) {
    uit += ',';
    if (b) uit += bedrag_tekst(*b);
  }
  uit += "\r\n";
}

// ---- XLSX ------------------------------------------------------------------------------------

[[noreturn]] void mislukt(std::string_view wat) {
  throw Error(ErrorCode::internal, "Het Excel-bestand van de jaarverantwoording kon niet worden gemaakt (" + std::string(wat) + ").");
}

void eis(lxw_error fout) {
  if (fout != LXW_NO_ERROR) mislukt(lxw_strerror(fout));
}

// $TMPDIR or /tmp; Error(internal) rather than filesystem_error when it is unusable.
fs::path tijdelijke_map() {
  std::error_code ec;
  fs::path map = fs::temp_directory_path(ec);
  if (ec) mislukt("geen tijdelijke map");
  return map;
}

// A unique, empty file in the temp directory, deleted when this goes out of scope.
class TijdelijkBestand {
 public:
  explicit TijdelijkBestand(const fs::path& map) {
    std::string sjabloon = (map / "rmt-jaarverantwoording-XXXXXX").string();
    const int fd = ::mkstemp(sjabloon.data());
    if (fd < 0) mislukt("geen tijdelijk bestand");
    ::close(fd);
    pad_ = sjabloon;
  }
  ~TijdelijkBestand() {
    std::error_code ec;
    fs::remove(pad_, ec);
  }
  TijdelijkBestand(const TijdelijkBestand&) = delete;
  TijdelijkBestand& operator=(const TijdelijkBestand&) = delete;

  const fs::path& pad() const noexcept { return pad_; }

 private:
  fs::path pad_;
};

// Frees the workbook (and its worksheets' temp files) unless it was closed.
class Werkmap {
 public:
  Werkmap(const fs::path& pad, std::string tmpdir) : tmpdir_(std::move(tmpdir)) {
    lxw_workbook_options opties{};
    opties.constant_memory = LXW_TRUE;  // rows go to temp files as they are written: memory stays flat
    opties.tmpdir = tmpdir_.data();
    opties.use_zip64 = LXW_FALSE;
    wb_ = workbook_new_opt(pad.c_str(), &opties);
    if (wb_ == nullptr) mislukt("workbook_new_opt");
  }
  ~Werkmap() {
    if (wb_ != nullptr) lxw_workbook_free(wb_);
  }
  Werkmap(const Werkmap&) = delete;
  Werkmap& operator=(const Werkmap&) = delete;

  lxw_worksheet* blad(const char* naam) {
    lxw_worksheet* ws = workbook_add_worksheet(wb_, naam);
    if (ws == nullptr) mislukt("workbook_add_worksheet");
    return ws;
  }
  lxw_format* opmaak() {
    lxw_format* f = workbook_add_format(wb_);
    if (f == nullptr) mislukt("workbook_add_format");
    return f;
  }
  // Writes the file; workbook_close frees the workbook whatever it returns.
  void sluit() {
    lxw_workbook* wb = wb_;
    wb_ = nullptr;
    eis(workbook_close(wb));
  }

 private:
  std::string tmpdir_;
  lxw_workbook* wb_ = nullptr;
};

struct Opmaak {
  lxw_format* vet = nullptr;
  lxw_format* bedrag = nullptr;
  lxw_format* vet_bedrag = nullptr;
};

void tekst(lxw_worksheet* ws, lxw_row_t rij, lxw_col_t kolom, std::string_view t, lxw_format* f = nullptr) {
  if (t.empty()) return;  // an empty cell stays unwritten
  eis(worksheet_write_string(ws, rij, kolom, std::string(t).c_str(), f));
}

// Euros as a number: cents / 100.0 is the double nearest to the exact amount, and `#,##0.00`
// shows it exactly for every amount below 2^53 cents. Beyond that (never for a real budget) the
// exact text is written instead, so no amount is ever shown wrong.
void bedrag(lxw_worksheet* ws, lxw_row_t rij, lxw_col_t kolom, std::int64_t cent, lxw_format* f) {
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (cent > -kExact && cent < kExact) {
    eis(worksheet_write_number(ws, rij, kolom, static_cast<double>(cent) / 100.0, f));
  } else {
    eis(worksheet_write_string(ws, rij, kolom, bedrag_tekst(cent).c_str(), f));
  }
}

void verantwoording_blad(Werkmap& wm, const Opmaak& o, const Jaarverantwoording& j) {
  lxw_worksheet* ws = wm.blad("Verantwoording");
  eis(worksheet_set_column(ws, 0, 0, 36, nullptr));
  eis(worksheet_set_column(ws, 1, 1, 18, nullptr));
  eis(worksheet_set_column(ws, 2, 2 + kKolommen - 1, 16, nullptr));

  lxw_row_t r = 0;
  tekst(ws, r++, 0, kTitel, o.vet);
  tekst(ws, r, 0, "Regio");
  tekst(ws, r++, 1, j.budget.regio_code);
  tekst(ws, r, 0, "Jaar");
  eis(worksheet_write_number(ws, r++, 1, static_cast<double>(j.budget.jaar), nullptr));
  tekst(ws, r, 0, "Regeling");
  tekst(ws, r++, 1, j.budget.regeling);
  tekst(ws, r, 0, "Opgesteld op");
  tekst(ws, r++, 1, j.opgesteld_op);
  tekst(ws, r, 0, "Aantal mutaties in het grootboek");
  eis(worksheet_write_number(ws, r++, 1, static_cast<double>(j.aantal_mutaties), nullptr));
  ++r;

  const lxw_row_t kop = r++;
  tekst(ws, kop, 0, "Budgetregel", o.vet);
  tekst(ws, kop, 1, "Soort", o.vet);
  for (std::size_t k = 0; k < kKolommen; ++k) tekst(ws, kop, static_cast<lxw_col_t>(2 + k), kKolomKop[k], o.vet);
  worksheet_freeze_panes(ws, r, 1);

  for (const Rij& rij : budget_rijen(j)) {
    const bool vet = rij.sectie != "budgetregel";
    tekst(ws, r, 0, rij.naam, vet ? o.vet : nullptr);
    tekst(ws, r, 1, rij.soort, vet ? o.vet : nullptr);
    for (std::size_t k = 0; k < kKolommen; ++k) {
      if (rij.bedrag[k]) bedrag(ws, r, static_cast<lxw_col_t>(2 + k), *rij.bedrag[k], vet ? o.vet_bedrag : o.bedrag);
    }
    ++r;
  }
  ++r;
  tekst(ws, r++, 0, "Bedragen in euro. Het grootboek telt alle mutaties op, los van de budgetregels.");
  tekst(ws, r++, 0, "De aansluiting is Totaal min Grootboek; zij sluit als toegekend, verplicht, gedeclareerd en betaald gelijk zijn.");
  tekst(ws, r++, 0, "De overschrijding is een goedgekeurde ruimte onder nul en geen boeking in het grootboek.");
}

void uitgaven_blad(Werkmap& wm, const Opmaak& o, const char* naam, std::string_view kolomnaam, const std::vector<Rij>& rijen) {
  lxw_worksheet* ws = wm.blad(naam);
  eis(worksheet_set_column(ws, 0, 0, 40, nullptr));
  eis(worksheet_set_column(ws, 1, 3, 16, nullptr));
  constexpr std::array<Kolom, 3> kolommen = {verplicht, gedeclareerd, betaald};

  tekst(ws, 0, 0, kolomnaam, o.vet);
  for (std::size_t k = 0; k < kolommen.size(); ++k) tekst(ws, 0, static_cast<lxw_col_t>(1 + k), kKolomKop[kolommen[k]], o.vet);
  worksheet_freeze_panes(ws, 1, 0);

  lxw_row_t r = 1;
  for (const Rij& rij : rijen) {
    const bool vet = rij.sectie.ends_with("_totaal");
    tekst(ws, r, 0, rij.naam, vet ? o.vet : nullptr);
    for (std::size_t k = 0; k < kolommen.size(); ++k) {
      bedrag(ws, r, static_cast<lxw_col_t>(1 + k), *rij.bedrag[kolommen[k]], vet ? o.vet_bedrag : o.bedrag);
    }
    ++r;
  }
}

std::string lees(const fs::path& pad) {
  std::ifstream in(pad, std::ios::binary);
  if (!in) mislukt("teruglezen");
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) mislukt("teruglezen");
  return bytes;
}

}  // namespace

std::string jaarverantwoording_csv(const Jaarverantwoording& j) {
  std::string uit = "sectie,naam,soort";
  for (const std::string_view k : kKolomCsv) {
    uit += ',';
    uit += k;
  }
  uit += "\r\n";
  const auto kop = [&](std::string_view sleutel, std::string_view waarde) { csv_rij(uit, Rij{"kop", std::string(sleutel), std::string(waarde), {}}); };
  kop("titel", kTitel);
  kop("regio", j.budget.regio_code);
  kop("jaar", std::to_string(j.budget.jaar));
  kop("regeling", j.budget.regeling);
  kop("opgesteld_op", j.opgesteld_op);
  kop("aantal_mutaties", std::to_string(j.aantal_mutaties));
  for (const Rij& r : budget_rijen(j)) csv_rij(uit, r);
  for (const Rij& r : uitgaven_rijen(j.per_dienst, "dienst", "dienst_totaal")) csv_rij(uit, r);
  for (const Rij& r : uitgaven_rijen(j.per_aanbieder, "aanbieder", "aanbieder_totaal")) csv_rij(uit, r);
  return uit;
}

std::string jaarverantwoording_xlsx(const Jaarverantwoording& j) {
  const std::vector<Rij> diensten = uitgaven_rijen(j.per_dienst, "dienst", "dienst_totaal");
  const std::vector<Rij> aanbieders = uitgaven_rijen(j.per_aanbieder, "aanbieder", "aanbieder_totaal");

  const fs::path map = tijdelijke_map();
  const TijdelijkBestand bestand(map);
  {
    Werkmap wm(bestand.pad(), map.string());
    Opmaak o;
    o.vet = wm.opmaak();
    format_set_bold(o.vet);
    o.bedrag = wm.opmaak();
    format_set_num_format(o.bedrag, "#,##0.00");
    o.vet_bedrag = wm.opmaak();
    format_set_bold(o.vet_bedrag);
    format_set_num_format(o.vet_bedrag, "#,##0.00");

    verantwoording_blad(wm, o, j);
    uitgaven_blad(wm, o, "Per dienst", "Dienst", diensten);
    uitgaven_blad(wm, o, "Per aanbieder", "Aanbieder", aanbieders);
    wm.sluit();
  }
  return lees(bestand.pad());
}

}  // namespace rmt::services
