// The year-end accountability export: the CSV byte for byte, the reconciliation, and the XLSX
// opened with Python's zipfile (python3 is on every build machine; no unzip needed).
#include "services/jaarverantwoording_bestand.hpp"

#include <gtest/gtest.h>
#include <stdio.h>
#include <stdlib.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rmt::services {
namespace {

namespace fs = std::filesystem;

Budgetregel regel(std::string naam, std::string soort, Saldo saldo) {
  return Budgetregel{.id = "r-" + naam, .budget_id = "b1", .soort = std::move(soort), .naam = std::move(naam), .volgorde = 0, .saldo = saldo};
}

Uitgavenregel uitgave(std::string naam, std::int64_t v, std::int64_t g, std::int64_t b) {
  return Uitgavenregel{.sleutel = "k-" + naam, .naam = std::move(naam), .verplicht = v, .gedeclareerd = g, .betaald = b};
}

// Two lines (one of € 123.456.789,01, one overspent within its approved overschrijding), three
// diensten and two aanbieders; the ledger agrees with the lines.
Jaarverantwoording verantwoording() {
  Jaarverantwoording j;
  j.budget.id = "b1";
  j.budget.regio_code = "AM14";
  j.budget.jaar = 2026;
  j.budget.regeling = "Subsidieregeling werkcentra 2026";
  j.budget.regels = {
      regel("Personele inzet", "personele_inzet",
            Saldo{.toegekend = 12'345'678'901, .verplicht = 10'000'000'000, .gedeclareerd = 9'000'000'000,
                  .betaald = 8'000'000'000, .overschrijding = 0}),
      regel("Interventies", "interventies",
            Saldo{.toegekend = 100'000, .verplicht = 101'231, .gedeclareerd = 1, .betaald = 1, .overschrijding = 5'000}),
  };
  j.per_dienst = {uitgave("Loopbaanadvies", 60'000, 30'000, 20'000), uitgave("Scholing", 41'230, 1, 1),
                  uitgave("Coaching \"Oost\", Noord", 1, 0, 0)};
  j.per_aanbieder = {uitgave("@Werk B.V.", 100'000, 30'000, 20'000), uitgave("Leerwerkloket Noord", 1'231, 1, 1)};
  j.aantal_mutaties = 1234;
  // The ledger's own sums: the four rubrieken; it has no overschrijding.
  j.grootboek = Saldo{.toegekend = 12'345'778'901, .verplicht = 10'000'101'231, .gedeclareerd = 9'000'000'001,
                      .betaald = 8'000'000'001, .overschrijding = 0};
  j.opgesteld_op = "2027-01-15T09:30:00Z";
  return j;
}

std::vector<std::string> regels_van(const std::string& csv) {
  std::vector<std::string> uit;
  std::size_t begin = 0;
  for (auto pos = csv.find("\r\n"); pos != std::string::npos; pos = csv.find("\r\n", begin)) {
    uit.push_back(csv.substr(begin, pos - begin));
    begin = pos + 2;
  }
  EXPECT_EQ(begin, csv.size()) << "the last line ends with CRLF";
  return uit;
}

// The line of `csv` that starts with `begin`, or none.
std::optional<std::string> regel_met(const std::string& csv, std::string_view begin) {
  for (const std::string& r : regels_van(csv)) {
    if (r.starts_with(begin)) return r;
  }
  return std::nullopt;
}

TEST(JaarverantwoordingCsv, IsExactToTheCent) {
  const std::string verwacht =
      "sectie,naam,soort,toegekend,verplicht,verplicht_open,gedeclareerd,betaald,beschikbaar,overschrijding\r\n"
      "kop,titel,Jaarverantwoording ontschot budget,,,,,,,\r\n"
      "kop,regio,AM14,,,,,,,\r\n"
      "kop,jaar,2026,,,,,,,\r\n"
      "kop,regeling,Subsidieregeling werkcentra 2026,,,,,,,\r\n"
      "kop,opgesteld_op,2027-01-15T09:30:00Z,,,,,,,\r\n"
      "kop,aantal_mutaties,1234,,,,,,,\r\n"
      "budgetregel,Personele inzet,personele_inzet,123456789.01,100000000.00,20000000.00,90000000.00,80000000.00,"
      "23456789.01,0.00\r\n"
      "budgetregel,Interventies,interventies,1000.00,1012.31,1012.30,0.01,0.01,-12.31,50.00\r\n"
      "totaal,Totaal,,123457789.01,100001012.31,20001012.30,90000000.01,80000000.01,23456776.70,50.00\r\n"
      "grootboek,Grootboek,,123457789.01,100001012.31,20001012.30,90000000.01,80000000.01,23456776.70,\r\n"
      "aansluiting,Aansluiting,sluit,0.00,0.00,0.00,0.00,0.00,0.00,\r\n"
      "dienst,Loopbaanadvies,,,600.00,,300.00,200.00,,\r\n"
      "dienst,Scholing,,,412.30,,0.01,0.01,,\r\n"
      "dienst,\"Coaching \"\"Oost\"\", Noord\",,,0.01,,0.00,0.00,,\r\n"
      "dienst_totaal,Totaal,,,1012.31,,300.01,200.01,,\r\n"
      "aanbieder,'@Werk B.V.,,,1000.00,,300.00,200.00,,\r\n"
      "aanbieder,Leerwerkloket Noord,,,12.31,,0.01,0.01,,\r\n"
      "aanbieder_totaal,Totaal,,,1012.31,,300.01,200.01,,\r\n";
  EXPECT_EQ(jaarverantwoording_csv(verantwoording()), verwacht);
}

TEST(JaarverantwoordingCsv, EveryRowHasTenFields) {
  for (const std::string& r : regels_van(jaarverantwoording_csv(verantwoording()))) {
    std::size_t velden = 1;
    bool quote = false;
    for (const char c : r) {
      if (c == '"') quote = !quote;
      else if (c == ',' && !quote) ++velden;
    }
    EXPECT_EQ(velden, 10u) << r;
  }
}

TEST(JaarverantwoordingCsv, UnequalLedgerGivesVerschil) {
  Jaarverantwoording j = verantwoording();
  j.grootboek.betaald += 1;  // one cent paid that no line shows
  const std::string csv = jaarverantwoording_csv(j);
  // totaal − grootboek: betaald −0.01, so verplicht open +0.01; beschikbaar (toegekend − verplicht) agrees.
  EXPECT_EQ(regel_met(csv, "aansluiting,"), "aansluiting,Aansluiting,VERSCHIL,0.00,0.00,0.01,0.00,-0.01,0.00,");

  j = verantwoording();
  j.grootboek.toegekend -= 100'000;  // the ledger misses the Interventies allocation
  EXPECT_EQ(regel_met(jaarverantwoording_csv(j), "aansluiting,"),
            "aansluiting,Aansluiting,VERSCHIL,1000.00,0.00,0.00,0.00,0.00,1000.00,");
}

TEST(JaarverantwoordingCsv, OverschrijdingIsNoLedgerColumn) {
  Jaarverantwoording j = verantwoording();
  j.grootboek.overschrijding = 123;  // whatever the caller put there: not reconciled, not shown
  const std::string csv = jaarverantwoording_csv(j);
  EXPECT_EQ(regel_met(csv, "aansluiting,"), "aansluiting,Aansluiting,sluit,0.00,0.00,0.00,0.00,0.00,0.00,");
  EXPECT_TRUE(regel_met(csv, "grootboek,")->ends_with(",23456776.70,"));
}

TEST(JaarverantwoordingCsv, NegativeAndZeroAmounts) {
  Jaarverantwoording j = verantwoording();
  j.per_dienst = {uitgave("Vrijval", -1'230, -5, 0)};
  j.per_aanbieder = {};
  const std::string csv = jaarverantwoording_csv(j);
  EXPECT_EQ(regel_met(csv, "dienst,"), "dienst,Vrijval,,,-12.30,,-0.05,0.00,,");
  EXPECT_EQ(regel_met(csv, "dienst_totaal,"), "dienst_totaal,Totaal,,,-12.30,,-0.05,0.00,,");
  EXPECT_EQ(regel_met(csv, "aanbieder_totaal,"), "aanbieder_totaal,Totaal,,,0.00,,0.00,0.00,,");
  EXPECT_EQ(regel_met(csv, "aanbieder,"), std::nullopt);
}

TEST(JaarverantwoordingCsv, GuardsAgainstFormulas) {
  Jaarverantwoording j = verantwoording();
  j.per_dienst = {uitgave("=1+1", 1, 0, 0), uitgave("+31 20", 1, 0, 0), uitgave("-x", 1, 0, 0),
                  uitgave("@y", 1, 0, 0), uitgave("a=b", 1, 0, 0), uitgave("=A1,\"B\"", 1, 0, 0)};
  j.budget.regeling = "=HYPERLINK(\"http://x\")";
  const std::string csv = jaarverantwoording_csv(j);
  EXPECT_NE(csv.find("\r\ndienst,'=1+1,,,0.01,"), std::string::npos);
  EXPECT_NE(csv.find("\r\ndienst,'+31 20,,,0.01,"), std::string::npos);
  EXPECT_NE(csv.find("\r\ndienst,'-x,,,0.01,"), std::string::npos);
  EXPECT_NE(csv.find("\r\ndienst,'@y,,,0.01,"), std::string::npos);
  EXPECT_NE(csv.find("\r\ndienst,a=b,,,0.01,"), std::string::npos);
  EXPECT_NE(csv.find("\r\ndienst,\"'=A1,\"\"B\"\"\",,,0.01,"), std::string::npos);
  EXPECT_NE(csv.find("\r\nkop,regeling,\"'=HYPERLINK(\"\"http://x\"\")\","), std::string::npos);
}

class JaarverantwoordingXlsx : public testing::Test {
 protected:
  void SetUp() override {
    std::string sjabloon = (fs::temp_directory_path() / "rmt-jv-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(sjabloon.data()), nullptr);
    dir_ = sjabloon;
    ASSERT_EQ(std::system("command -v python3 >/dev/null 2>&1"), 0) << "python3 missing";
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // The member `lid` of the zip archive `bytes`, read by Python's zipfile; none when absent.
  std::optional<std::string> lid(const std::string& bytes, const std::string& naam) {
    const fs::path bestand = dir_ / "werkmap.xlsx";
    std::ofstream(bestand, std::ios::binary | std::ios::trunc) << bytes;
    const std::string opdracht =
        "python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
        "sys.stdout.buffer.write(z.read(sys.argv[2]) if sys.argv[2] in z.namelist() else b'\\x00ONTBREEKT')\" '" +
        bestand.string() + "' '" + naam + "'";
    FILE* p = popen(opdracht.c_str(), "r");
    EXPECT_NE(p, nullptr);
    if (p == nullptr) return std::nullopt;
    std::string uit;
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) uit.append(buf, n);
    EXPECT_EQ(pclose(p), 0) << opdracht;
    if (uit == std::string("\0ONTBREEKT", 10)) return std::nullopt;
    return uit;
  }

  static std::size_t tel(std::string_view tekst, std::string_view deel) {
    std::size_t n = 0;
    for (auto pos = tekst.find(deel); pos != std::string_view::npos; pos = tekst.find(deel, pos + deel.size())) ++n;
    return n;
  }

  fs::path dir_;
};

TEST_F(JaarverantwoordingXlsx, IsAZipWithThreeSheets) {
  const std::string bytes = jaarverantwoording_xlsx(verantwoording());
  ASSERT_GE(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));

  const auto werkmap = lid(bytes, "xl/workbook.xml");
  ASSERT_TRUE(werkmap);
  EXPECT_EQ(tel(*werkmap, "<sheet "), 3u) << *werkmap;
  EXPECT_NE(werkmap->find("name=\"Verantwoording\""), std::string::npos);
  EXPECT_NE(werkmap->find("name=\"Per dienst\""), std::string::npos);
  EXPECT_NE(werkmap->find("name=\"Per aanbieder\""), std::string::npos);
}

TEST_F(JaarverantwoordingXlsx, VerantwoordingHoldsHeaderAmountsAndReconciliation) {
  const std::string bytes = jaarverantwoording_xlsx(verantwoording());
  const auto blad = lid(bytes, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(blad);
  // constant_memory writes strings inline in the sheet; a shared-strings table would hold them otherwise.
  const std::string tekst = *blad + lid(bytes, "xl/sharedStrings.xml").value_or("");
  EXPECT_NE(tekst.find("Jaarverantwoording ontschot budget"), std::string::npos);
  EXPECT_NE(tekst.find("Subsidieregeling werkcentra 2026"), std::string::npos);
  EXPECT_NE(tekst.find("AM14"), std::string::npos);
  EXPECT_NE(tekst.find("Aantal mutaties in het grootboek"), std::string::npos);
  EXPECT_NE(tekst.find(">sluit<"), std::string::npos);
  EXPECT_EQ(tekst.find("VERSCHIL"), std::string::npos);
  // Numbers, not text: euros with the cents exact.
  EXPECT_NE(blad->find("<v>123456789.01</v>"), std::string::npos);
  EXPECT_NE(blad->find("<v>123457789.01</v>"), std::string::npos);
  EXPECT_NE(blad->find("<v>-12.31</v>"), std::string::npos);
  EXPECT_NE(blad->find("<v>0.01</v>"), std::string::npos);
  EXPECT_NE(blad->find("<v>1234</v>"), std::string::npos);
  // Frozen below the table header, column widths set.
  EXPECT_NE(blad->find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(blad->find("<cols>"), std::string::npos);

  const auto stijlen = lid(bytes, "xl/styles.xml");
  ASSERT_TRUE(stijlen);
  EXPECT_NE(stijlen->find("formatCode=\"#,##0.00\""), std::string::npos);
  EXPECT_NE(stijlen->find("<b/>"), std::string::npos);
}

TEST_F(JaarverantwoordingXlsx, VerschilShowsInTheWorkbook) {
  Jaarverantwoording j = verantwoording();
  j.grootboek.gedeclareerd = 0;
  const auto blad = lid(jaarverantwoording_xlsx(j), "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(blad);
  EXPECT_NE(blad->find("VERSCHIL"), std::string::npos);
}

TEST_F(JaarverantwoordingXlsx, SpendingSheetsHaveTotals) {
  const std::string bytes = jaarverantwoording_xlsx(verantwoording());
  const auto diensten = lid(bytes, "xl/worksheets/sheet2.xml");
  const auto aanbieders = lid(bytes, "xl/worksheets/sheet3.xml");
  ASSERT_TRUE(diensten);
  ASSERT_TRUE(aanbieders);
  EXPECT_NE(diensten->find("Loopbaanadvies"), std::string::npos);
  EXPECT_NE(diensten->find("<v>1012.31</v>"), std::string::npos);  // total verplicht
  EXPECT_NE(diensten->find("<v>300.01</v>"), std::string::npos);   // total gedeclareerd
  EXPECT_NE(diensten->find("state=\"frozen\""), std::string::npos);
  // No formula injection possible: names are strings, never formulas.
  EXPECT_NE(aanbieders->find("@Werk B.V."), std::string::npos);
  EXPECT_EQ(aanbieders->find("<f>"), std::string::npos);
  EXPECT_NE(aanbieders->find("<v>200.01</v>"), std::string::npos);  // total betaald
}

// Sets TMPDIR for one scope and restores it.
class TmpdirZetten {
 public:
  explicit TmpdirZetten(const fs::path& map) {
    if (const char* oud = std::getenv("TMPDIR")) bewaard_ = oud;
    setenv("TMPDIR", map.c_str(), 1);
  }
  ~TmpdirZetten() {
    if (bewaard_) setenv("TMPDIR", bewaard_->c_str(), 1);
    else unsetenv("TMPDIR");
  }
  TmpdirZetten(const TmpdirZetten&) = delete;
  TmpdirZetten& operator=(const TmpdirZetten&) = delete;

 private:
  std::optional<std::string> bewaard_;
};

TEST_F(JaarverantwoordingXlsx, LeavesNoTemporaryFiles) {
  const fs::path eigen = dir_ / "tmp";
  fs::create_directory(eigen);
  std::string bytes;
  {
    const TmpdirZetten zet(eigen);
    bytes = jaarverantwoording_xlsx(verantwoording());
  }
  EXPECT_GT(bytes.size(), 1000u);
  EXPECT_TRUE(fs::is_empty(eigen));
}

TEST_F(JaarverantwoordingXlsx, UnusableTempDirIsAnInternalError) {
  const fs::path geen_map = dir_ / "bestand";
  std::ofstream(geen_map) << "x";
  const TmpdirZetten zet(geen_map);
  try {
    (void)jaarverantwoording_xlsx(verantwoording());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::internal);
  }
}

}  // namespace
}  // namespace rmt::services
