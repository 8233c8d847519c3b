// The betaalronde's bank file (pain.001.001.03) and its CSV twin. Every generated XML is checked
// against the ISO 20022 schema with xmllint (libxml2-utils; `make test` installs it).
#include "domain/betaalbestand.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rmt {
namespace {

namespace fs = std::filesystem;

const fs::path kSchema = fs::path(RMT_SOURCE_DIR) / ".." / "shared" / "standards" / "iso20022" / "pain.001.001.03.xsd";

Betaalpost post(std::string id, std::string naam, std::string iban, std::optional<std::string> bic, std::int64_t cent) {
  return Betaalpost{.end_to_end_id = std::move(id),
                    .crediteur_naam = std::move(naam),
                    .iban = std::move(iban),
                    .bic = std::move(bic),
                    .bedrag_cent = cent,
                    .factuurnummer = "F-2026-001",
                    .omschrijving = "Factuur F-2026-001 traject 12"};
}

// A run of three posten: one with a BIC, two without; the debtor has no BIC.
Betaalopdracht opdracht() {
  return Betaalopdracht{
      .bericht_id = "BR-2026-11-27-0001",
      .aangemaakt_op = "2026-11-27T16:00:00",
      .uitvoeringsdatum = "2026-11-30",
      .debiteur_naam = "Regio Groningen Werkt",
      .debiteur_iban = "NL91ABNA0417164300",
      .debiteur_bic = std::nullopt,
      .posten = {post("BR1-0001", "Re-integratie Noord B.V.", "NL20INGB0001234567", "INGBNL2A", 1),
                 post("BR1-0002", "Coaching Oost", "NL44RABO0123456789", std::nullopt, 99'999'999),
                 post("BR1-0003", "Jobhulp Süd GmbH", "DE89370400440532013000", std::nullopt, 123'456)},
  };
}

std::size_t tel(std::string_view tekst, std::string_view deel) {
  std::size_t n = 0;
  for (auto pos = tekst.find(deel); pos != std::string_view::npos; pos = tekst.find(deel, pos + deel.size())) ++n;
  return n;
}

// The XML without its line breaks and indentation.
std::string zonder_opmaak(std::string_view xml) {
  std::string uit;
  bool regelbegin = false;
  for (const char c : xml) {
    if (c == '\n') {
      regelbegin = true;
    } else if (!(regelbegin && c == ' ')) {
      regelbegin = false;
      uit.push_back(c);
    }
  }
  return uit;
}

// Every "<Tag>value</Tag>" (or "<Tag attr>value</Tag>") in document order.
std::vector<std::string> waarden(std::string_view xml, std::string_view tag) {
  std::vector<std::string> uit;
  const std::string open = "<" + std::string(tag);
  const std::string sluit = "</" + std::string(tag) + ">";
  for (auto pos = xml.find(open); pos != std::string_view::npos; pos = xml.find(open, pos + 1)) {
    const auto na = xml[pos + open.size()];
    if (na != '>' && na != ' ') continue;
    const auto begin = xml.find('>', pos) + 1;
    uit.emplace_back(xml.substr(begin, xml.find(sluit, begin) - begin));
  }
  return uit;
}

// "1234.05" → 123405, read digit by digit (no float).
std::int64_t cent_van(std::string_view tekst) {
  const auto punt = tekst.find('.');
  EXPECT_EQ(punt, tekst.size() - 3) << tekst;
  std::int64_t cent = 0;
  for (const char c : tekst) {
    if (c != '.') cent = cent * 10 + (c - '0');
  }
  return cent;
}

class Pain001Schema : public testing::Test {
 protected:
  void SetUp() override {
    std::string sjabloon = (fs::temp_directory_path() / "rmt-pain001-XXXXXX").string();
    ASSERT_NE(mkdtemp(sjabloon.data()), nullptr);
    dir_ = sjabloon;
    ASSERT_TRUE(fs::exists(kSchema)) << kSchema;
    ASSERT_EQ(std::system("command -v xmllint >/dev/null 2>&1"), 0) << "xmllint missing: install libxml2-utils";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // True when xmllint validates `xml` against the schema; `fouten_` holds its output.
  bool geldig(const std::string& xml, const std::string& naam) {
    const fs::path bestand = dir_ / (naam + ".xml");
    const fs::path log = dir_ / (naam + ".log");
    std::ofstream(bestand, std::ios::binary) << xml;
    const std::string opdracht = "xmllint --noout --schema '" + kSchema.string() + "' '" + bestand.string() + "' >'" +
                                 log.string() + "' 2>&1";
    const int rc = std::system(opdracht.c_str());
    std::ostringstream tekst;
    tekst << std::ifstream(log).rdbuf();
    fouten_ = tekst.str();
    return rc == 0;
  }

  fs::path dir_;
  std::string fouten_;
};

TEST(BedragTekst, WritesCentsWithTwoDecimals) {
  EXPECT_EQ(bedrag_tekst(0), "0.00");
  EXPECT_EQ(bedrag_tekst(1), "0.01");
  EXPECT_EQ(bedrag_tekst(9), "0.09");
  EXPECT_EQ(bedrag_tekst(10), "0.10");
  EXPECT_EQ(bedrag_tekst(99), "0.99");
  EXPECT_EQ(bedrag_tekst(100), "1.00");
  EXPECT_EQ(bedrag_tekst(123405), "1234.05");
  EXPECT_EQ(bedrag_tekst(99'999'999'999), "999999999.99");
  EXPECT_EQ(bedrag_tekst(std::numeric_limits<std::int64_t>::max()), "92233720368547758.07");
  EXPECT_EQ(bedrag_tekst(-5), "-0.05");
  EXPECT_EQ(bedrag_tekst(std::numeric_limits<std::int64_t>::min()), "-92233720368547758.08");
}

TEST(Pain001, TotalsReconcileToTheCent) {
  const Betaalopdracht o = opdracht();
  EXPECT_EQ(totaal_cent(o), 1 + 99'999'999 + 123'456);
  const std::string xml = pain001_xml(o);
  EXPECT_EQ(waarden(xml, "NbOfTxs"), (std::vector<std::string>{"3", "3"}));
  EXPECT_EQ(waarden(xml, "CtrlSum"), (std::vector<std::string>{"1001234.56", "1001234.56"}));
  const auto bedragen = waarden(xml, "InstdAmt");
  EXPECT_EQ(bedragen, (std::vector<std::string>{"0.01", "999999.99", "1234.56"}));
  std::int64_t som = 0;
  for (const auto& b : bedragen) som += cent_van(b);
  EXPECT_EQ(som, cent_van(waarden(xml, "CtrlSum").front()));
  EXPECT_EQ(tel(xml, "<InstdAmt Ccy=\"EUR\">"), 3u);
}

TEST(Pain001, HasTheSepaFixedParts) {
  const std::string xml = pain001_xml(opdracht());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">", 0), 0u);
  EXPECT_EQ(waarden(xml, "MsgId"), std::vector<std::string>{"BR-2026-11-27-0001"});
  EXPECT_EQ(waarden(xml, "PmtInfId"), std::vector<std::string>{"BR-2026-11-27-0001"});
  EXPECT_EQ(waarden(xml, "CreDtTm"), std::vector<std::string>{"2026-11-27T16:00:00"});
  EXPECT_EQ(waarden(xml, "ReqdExctnDt"), std::vector<std::string>{"2026-11-30"});
  EXPECT_EQ(tel(xml, "<PmtInf>"), 1u);
  EXPECT_EQ(waarden(xml, "PmtMtd"), std::vector<std::string>{"TRF"});
  EXPECT_EQ(waarden(xml, "BtchBookg"), std::vector<std::string>{"true"});
  EXPECT_EQ(waarden(xml, "ChrgBr"), std::vector<std::string>{"SLEV"});
  EXPECT_NE(zonder_opmaak(xml).find("<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>"), std::string::npos);
  EXPECT_EQ(waarden(xml, "EndToEndId"), (std::vector<std::string>{"BR1-0001", "BR1-0002", "BR1-0003"}));
  EXPECT_EQ(waarden(xml, "IBAN"), (std::vector<std::string>{"NL91ABNA0417164300", "NL20INGB0001234567",
                                                            "NL44RABO0123456789", "DE89370400440532013000"}));
  EXPECT_EQ(waarden(xml, "Ustrd").size(), 3u);
  EXPECT_EQ(waarden(xml, "Ustrd").front(), "Factuur F-2026-001 traject 12");
}

TEST(Pain001, AgentsCarryTheBicOrNotProvided) {
  Betaalopdracht o = opdracht();
  std::string xml = pain001_xml(o);
  // Debtor without BIC: Othr/Id NOTPROVIDED; only the one post with a BIC has a CdtrAgt.
  EXPECT_NE(zonder_opmaak(xml).find("<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>"),
            std::string::npos);
  EXPECT_EQ(tel(xml, "<CdtrAgt>"), 1u);
  EXPECT_EQ(waarden(xml, "BIC"), std::vector<std::string>{"INGBNL2A"});

  o.debiteur_bic = "ABNANL2A";
  xml = pain001_xml(o);
  EXPECT_EQ(tel(xml, "NOTPROVIDED"), 0u);
  EXPECT_NE(zonder_opmaak(xml).find("<DbtrAgt><FinInstnId><BIC>ABNANL2A</BIC></FinInstnId></DbtrAgt>"), std::string::npos);
  EXPECT_EQ(waarden(xml, "BIC"), (std::vector<std::string>{"ABNANL2A", "INGBNL2A"}));
}

TEST(Pain001, CreationTimeIsWrittenAtWholeSeconds) {
  Betaalopdracht o = opdracht();
  o.aangemaakt_op = "2026-11-25T10:31:01.123456Z";
  EXPECT_EQ(waarden(pain001_xml(o), "CreDtTm"), std::vector<std::string>{"2026-11-25T10:31:01Z"});
  o.aangemaakt_op = "2026-11-25T10:31:01Z";
  EXPECT_EQ(waarden(pain001_xml(o), "CreDtTm"), std::vector<std::string>{"2026-11-25T10:31:01Z"});
  o.aangemaakt_op = "2026-11-25T10:31:01.5";
  EXPECT_EQ(waarden(pain001_xml(o), "CreDtTm"), std::vector<std::string>{"2026-11-25T10:31:01"});
}

TEST(Pain001, TextIsTransliteratedToTheEpcSetAndEscaped) {
  Betaalopdracht o = opdracht();
  o.debiteur_naam = "Gemeente Súdwest-Fryslân & Co";
  o.posten[0].crediteur_naam = "Café Ölmühle & Zn <Noord> \"BV\"";
  o.posten[1].crediteur_naam = "IJsselstreek Ĳzerwerk Straße Łódź Øresund Ærø Œuvre Ștefan €";
  o.posten[1].omschrijving = "Factuur 12\nregel 2\ttab – d’Hondt; 50% @ x=y_z\xff";
  o.posten[2].crediteur_naam = "A&B <script>";
  const std::string xml = pain001_xml(o);
  EXPECT_EQ(waarden(xml, "Nm"), (std::vector<std::string>{
                                    "Gemeente Sudwest-Fryslan + Co", "Gemeente Sudwest-Fryslan + Co",
                                    "Cafe Olmuhle + Zn .Noord. .BV.",
                                    "IJsselstreek IJzerwerk Strasse Lodz Oresund AEro OEuvre Stefan .", "A+B .script."}));
  EXPECT_EQ(waarden(xml, "Ustrd")[1], "Factuur 12 regel 2 tab - d'Hondt. 50. . x.y.z.");
  // After transliteration nothing outside the EPC set (and the markup) is left.
  for (const char c : xml) {
    EXPECT_TRUE(c == '\n' || (c >= 0x20 && c < 0x7f)) << static_cast<int>(c);
  }
  EXPECT_EQ(tel(xml, "&"), 0u);
}

TEST(Pain001, NamesAreCutTo70AndRemittanceTo140) {
  Betaalopdracht o = opdracht();
  o.posten[0].crediteur_naam = std::string(69, 'a') + "é" + "bcdef";  // é counts as one character
  o.posten[0].omschrijving = std::string(139, 'x') + "ö" + "yyyy";
  o.posten[1].omschrijving = "";                                    // falls back to the factuurnummer
  o.posten[2].omschrijving = "";
  o.posten[2].factuurnummer = "";                                   // no remittance at all
  const std::string xml = pain001_xml(o);
  EXPECT_EQ(waarden(xml, "Nm")[2], std::string(69, 'a') + "e");
  const auto ustrd = waarden(xml, "Ustrd");
  ASSERT_EQ(ustrd.size(), 2u);
  EXPECT_EQ(ustrd[0], std::string(139, 'x') + "o");
  EXPECT_EQ(ustrd[1], "F-2026-001");
  EXPECT_EQ(tel(xml, "<RmtInf>"), 2u);
}

TEST(Pain001, GuardsThrowOnUnusableOpdracht) {
  const auto gooit = [](auto wijzig) {
    Betaalopdracht o = opdracht();
    wijzig(o);
    EXPECT_THROW(pain001_xml(o), std::invalid_argument);
  };
  gooit([](Betaalopdracht& o) { o.posten.clear(); });
  gooit([](Betaalopdracht& o) { o.posten[1].bedrag_cent = 0; });
  gooit([](Betaalopdracht& o) { o.posten[1].bedrag_cent = -100; });
  gooit([](Betaalopdracht& o) { o.posten[1].bedrag_cent = 100'000'000'000; });
  gooit([](Betaalopdracht& o) { o.posten[1].iban = "NL91ABNA0417164301"; });
  gooit([](Betaalopdracht& o) { o.posten[1].iban = ""; });
  gooit([](Betaalopdracht& o) { o.posten[0].bic = "ingbnl2a"; });
  gooit([](Betaalopdracht& o) { o.posten[0].bic = "INGBNL2"; });
  gooit([](Betaalopdracht& o) { o.debiteur_iban = "NL91ABNA041716430"; });
  gooit([](Betaalopdracht& o) { o.debiteur_bic = "ABNANL2AX"; });
  gooit([](Betaalopdracht& o) { o.bericht_id = std::string(36, 'B'); });
  gooit([](Betaalopdracht& o) { o.bericht_id = ""; });
  gooit([](Betaalopdracht& o) { o.bericht_id = "BR 1"; });
  gooit([](Betaalopdracht& o) { o.bericht_id = "BR&1"; });
  gooit([](Betaalopdracht& o) { o.bericht_id = "/BR1"; });
  gooit([](Betaalopdracht& o) { o.bericht_id = "BR//1"; });
  gooit([](Betaalopdracht& o) { o.posten[2].end_to_end_id = std::string(36, 'E'); });
  gooit([](Betaalopdracht& o) { o.posten[2].end_to_end_id = ""; });
  gooit([](Betaalopdracht& o) { o.posten[2].end_to_end_id = "BR1-0001"; });  // duplicate
  gooit([](Betaalopdracht& o) { o.posten[2].crediteur_naam = "  "; });
  gooit([](Betaalopdracht& o) { o.debiteur_naam = ""; });
  gooit([](Betaalopdracht& o) { o.uitvoeringsdatum = "2026-02-30"; });
  gooit([](Betaalopdracht& o) { o.uitvoeringsdatum = "30-11-2026"; });
  gooit([](Betaalopdracht& o) { o.aangemaakt_op = "2026-11-27 16:00:00"; });
  gooit([](Betaalopdracht& o) { o.aangemaakt_op = "2026-11-27T24:00:00"; });
  gooit([](Betaalopdracht& o) { o.aangemaakt_op = "2026-11-27T16:00:00CET"; });
  gooit([](Betaalopdracht& o) { o.aangemaakt_op = ""; });

  Betaalopdracht o = opdracht();
  o.posten[0].end_to_end_id = std::string(35, 'E');
  o.bericht_id = std::string(35, 'B');
  o.posten[1].bedrag_cent = 99'999'999'999;
  o.debiteur_iban = "nl91 abna 0417 1643 00";  // normalised on the way
  EXPECT_NO_THROW(pain001_xml(o));
}

TEST(Betaalbestand, CsvListsThePostenAndTheTotal) {
  Betaalopdracht o = opdracht();
  o.posten[1].crediteur_naam = "Coaching \"Oost\", Enschede";
  o.posten[2].omschrijving = "=HYPERLINK(\"x\")";
  EXPECT_EQ(betaalbestand_csv(o),
            "end_to_end_id,crediteur_naam,iban,bic,bedrag,factuurnummer,omschrijving\r\n"
            "BR1-0001,Re-integratie Noord B.V.,NL20INGB0001234567,INGBNL2A,0.01,F-2026-001,Factuur F-2026-001 traject 12\r\n"
            "BR1-0002,\"Coaching \"\"Oost\"\", Enschede\",NL44RABO0123456789,,999999.99,F-2026-001,Factuur F-2026-001 traject 12\r\n"
            "BR1-0003,Jobhulp Süd GmbH,DE89370400440532013000,,1234.56,F-2026-001,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
            "totaal,3,,,1001234.56,,\r\n");
}

TEST_F(Pain001Schema, RunWithMixedBicsAndDebtorWithoutBicValidates) {
  const std::string xml = pain001_xml(opdracht());
  EXPECT_TRUE(geldig(xml, "gemengd")) << fouten_ << "\n" << xml;
}

TEST_F(Pain001Schema, RunWithAllBicsAndHostileTextValidates) {
  Betaalopdracht o = opdracht();
  o.aangemaakt_op = "2026-11-25T10:31:01.123456Z";
  o.debiteur_bic = "ABNANL2A";
  o.debiteur_naam = std::string(100, 'R') + " & <Zoon>";
  o.posten[1].bic = "RABONL2U";
  o.posten[2].bic = "DEUTDEFF500";
  o.posten[0].crediteur_naam = "Café Ölmühle & Zn <Noord> \"BV\" ]]> \x01\xff";
  o.posten[1].crediteur_naam = std::string(200, 'n');
  o.posten[1].omschrijving = std::string(300, 'o') + "é";
  o.posten[2].omschrijving = "";
  o.posten[2].factuurnummer = "";
  o.posten[2].end_to_end_id = std::string(35, '9');
  o.bericht_id = "A-Za-z0-9/-?:().,'+" + std::string(16, 'x');
  EXPECT_TRUE(geldig(pain001_xml(o), "alle-bics")) << fouten_ << "\n" << pain001_xml(o);
}

TEST_F(Pain001Schema, LargeAndSinglePostRunsValidate) {
  Betaalopdracht o = opdracht();
  o.posten.clear();
  for (int i = 0; i < 250; ++i) {
    o.posten.push_back(post("E2E-" + std::to_string(i), "Aanbieder " + std::to_string(i), "BE68539007547034",
                            i % 2 ? std::optional<std::string>("GEBABEBB") : std::nullopt, 99'999'999'999));
  }
  EXPECT_EQ(waarden(pain001_xml(o), "CtrlSum").front(), "249999999997.50");
  EXPECT_TRUE(geldig(pain001_xml(o), "groot")) << fouten_;

  o.posten.resize(1);
  o.posten[0].bedrag_cent = 1;
  EXPECT_TRUE(geldig(pain001_xml(o), "een")) << fouten_;
}

TEST_F(Pain001Schema, SchemaCheckRejectsABrokenFile) {
  // The check itself must be able to fail: a transfer without an amount is not a pain.001.
  std::string xml = pain001_xml(opdracht());
  const auto begin = xml.find("<Amt>");
  xml.erase(begin, xml.find("</Amt>") + 6 - begin);
  EXPECT_FALSE(geldig(xml, "kapot"));
  EXPECT_NE(fouten_.find("fails to validate"), std::string::npos) << fouten_;
}

}  // namespace
}  // namespace rmt
