#include "domain/betaalbestand.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "domain/iban.hpp"
#include "domain/tijd.hpp"

namespace rmt {
namespace {

constexpr std::size_t kMaxId = 35;
constexpr std::size_t kMaxNaam = 70;
constexpr std::size_t kMaxOmschrijving = 140;
constexpr std::int64_t kMaxBedrag = 99'999'999'999;              // EPC: at most 999,999,999.99 per transfer
constexpr std::int64_t kMaxTotaal = 999'999'999'999'999'999;     // DecimalNumber: 18 digits in all

// U+00C0 … U+00FF and U+0100 … U+017F to the EPC basic Latin set.
constexpr std::array<std::string_view, 64> kLatijn1{
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",   //
    "D", "N", "O", "O", "O", "O", "O",  ".", "O", "U", "U", "U", "U", "Y", "TH", "ss",  //
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   //
    "d", "n", "o", "o", "o", "o", "o",  ".", "o", "u", "u", "u", "u", "y", "th", "y",  //
};
constexpr std::array<std::string_view, 128> kLatijnA{
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",    // 0100
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",    // 0110
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",    // 0120
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",  // 0130
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",    // 0140
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",  // 0150
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",    // 0160
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",    // 0170
};
static_assert(std::ranges::none_of(kLatijn1, [](std::string_view s) { return s.empty(); }));
static_assert(std::ranges::none_of(kLatijnA, [](std::string_view s) { return s.empty(); }));

bool epc_teken(char c) noexcept {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("/-?:().,'+ ").find(c) != std::string_view::npos;
}

void voeg_toe(std::string& uit, char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (epc_teken(c)) {
      uit.push_back(c);
    } else if (c == '&') {
      uit.push_back('+');
    } else if (c == '\t' || c == '\n' || c == '\r') {
      uit.push_back(' ');
    } else {
      uit.push_back('.');
    }
  } else if (cp == 0xA0) {
    uit.push_back(' ');
  } else if (cp >= 0xC0 && cp <= 0xFF) {
    uit += kLatijn1[cp - 0xC0];
  } else if (cp >= 0x100 && cp <= 0x17F) {
    uit += kLatijnA[cp - 0x100];
  } else if (cp >= 0x218 && cp <= 0x21B) {  // Romanian Ș ș Ț ț
    uit += std::array<std::string_view, 4>{"S", "s", "T", "t"}[cp - 0x218];
  } else if (cp >= 0x2010 && cp <= 0x2015) {  // hyphens and dashes
    uit.push_back('-');
  } else if (cp == 0x2018 || cp == 0x2019) {  // typographic apostrophes
    uit.push_back('\'');
  } else {
    uit.push_back('.');
  }
}

// UTF-8 to the EPC character set; every malformed byte becomes '.'.
std::string epc_tekst(std::string_view tekst) {
  std::string uit;
  uit.reserve(tekst.size());
  std::size_t i = 0;
  while (i < tekst.size()) {
    const auto b0 = static_cast<unsigned char>(tekst[i]);
    std::size_t lengte = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if (b0 < 0x80) {
      lengte = 1;
      cp = b0;
    } else if ((b0 & 0xE0) == 0xC0) {
      lengte = 2;
      cp = b0 & 0x1Fu;
      minimum = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      lengte = 3;
      cp = b0 & 0x0Fu;
      minimum = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      lengte = 4;
      cp = b0 & 0x07u;
      minimum = 0x10000;
    }
    bool geldig = lengte > 0 && i + lengte <= tekst.size();
    for (std::size_t k = 1; geldig && k < lengte; ++k) {
      const auto b = static_cast<unsigned char>(tekst[i + k]);
      geldig = (b & 0xC0) == 0x80;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if (geldig && (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) geldig = false;
    if (!geldig) {
      uit.push_back('.');
      ++i;
      continue;
    }
    voeg_toe(uit, cp);
    i += lengte;
  }
  return uit;
}

std::string_view zonder_randspaties(std::string_view s) noexcept {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Transliterated, trimmed and cut to `max` characters (all ASCII by now).
std::string epc_veld(std::string_view tekst, std::size_t max) {
  const std::string epc = epc_tekst(tekst);
  return std::string(zonder_randspaties(zonder_randspaties(epc).substr(0, max)));
}

std::string xml_escape(std::string_view tekst) {
  std::string uit;
  uit.reserve(tekst.size());
  for (const char c : tekst) {
    switch (c) {
      case '&': uit += "&amp;"; break;
      case '<': uit += "&lt;"; break;
      case '>': uit += "&gt;"; break;
      default: uit.push_back(c);
    }
  }
  return uit;
}

[[noreturn]] void ongeldig(const std::string& reden) { throw std::invalid_argument("betaalbestand: " + reden); }

// References (MsgId, PmtInfId, EndToEndId): 1 to 35 characters of the EPC set without spaces, not
// starting or ending with '/' and without "//" (EPC usage rules).
void controleer_id(std::string_view id, const std::string& wat) {
  if (id.empty() || id.size() > kMaxId) ongeldig(wat + " moet 1 tot 35 tekens zijn");
  const bool tekens = std::ranges::all_of(id, [](char c) { return c != ' ' && epc_teken(c); });
  if (!tekens || id.front() == '/' || id.back() == '/' || id.find("//") != std::string_view::npos) {
    ongeldig(wat + " bevat tekens buiten de EPC-tekenset");
  }
}

bool cijfers(std::string_view s) noexcept {
  return std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}

int getal(std::string_view s) noexcept {
  int n = 0;
  for (const char c : s) n = n * 10 + (c - '0');
  return n;
}

// "YYYY-MM-DDThh:mm:ss" with an optional fraction (dropped) and an optional zone, "Z" or ±hh:mm
// (kept): an xs:dateTime at whole seconds.
std::string aanmaaktijd(std::string_view tekst) {
  const std::string_view kern = tekst.substr(0, 19);
  const bool vorm = kern.size() == 19 && kern[10] == 'T' && kern[13] == ':' && kern[16] == ':' &&
                    cijfers(kern.substr(11, 2)) && cijfers(kern.substr(14, 2)) && cijfers(kern.substr(17, 2)) &&
                    parse_datum(kern.substr(0, 10)).has_value() && getal(kern.substr(11, 2)) < 24 &&
                    getal(kern.substr(14, 2)) < 60 && getal(kern.substr(17, 2)) < 60;
  if (!vorm) ongeldig("aangemaakt_op is geen datum-tijd");
  std::string_view rest = tekst.substr(19);
  if (!rest.empty() && rest.front() == '.') {
    std::size_t n = 1;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
    if (n == 1) ongeldig("aangemaakt_op is geen datum-tijd");
    rest.remove_prefix(n);
  }
  const bool zone = rest.empty() || rest == "Z" ||
                    (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && cijfers(rest.substr(1, 2)) &&
                     rest[3] == ':' && cijfers(rest.substr(4, 2)) && getal(rest.substr(1, 2)) <= 14 &&
                     getal(rest.substr(4, 2)) < 60);
  if (!zone) ongeldig("aangemaakt_op heeft een onbekende tijdzone");
  return std::string(kern) + std::string(rest);
}

struct Regel {
  std::string uit;
  int diepte = 0;
  void open(std::string_view naam) {
    uit.append(static_cast<std::size_t>(diepte) * 2, ' ').append("<").append(naam).append(">\n");
    ++diepte;
  }
  void sluit(std::string_view naam) {
    --diepte;
    uit.append(static_cast<std::size_t>(diepte) * 2, ' ').append("</").append(naam).append(">\n");
  }
  void veld(std::string_view naam, std::string_view waarde) {
    uit.append(static_cast<std::size_t>(diepte) * 2, ' ').append("<").append(naam).append(">");
    uit.append(xml_escape(waarde)).append("</").append(naam).append(">\n");
  }
  void agent(std::string_view naam, const std::optional<std::string>& bic) {
    open(naam);
    open("FinInstnId");
    if (bic) {
      veld("BIC", *bic);
    } else {
      open("Othr");
      veld("Id", "NOTPROVIDED");
      sluit("Othr");
    }
    sluit("FinInstnId");
    sluit(naam);
  }
  void rekening(std::string_view naam, std::string_view iban) {
    open(naam);
    open("Id");
    veld("IBAN", iban);
    sluit("Id");
    sluit(naam);
  }
};

void controleer_bic(const std::optional<std::string>& bic, const std::string& wat) {
  if (bic && !bic_geldig(*bic)) ongeldig(wat + ": ongeldige BIC");
}

// RFC 4180 field; a text that a spreadsheet would run as a formula gets a leading apostrophe.
std::string csv_veld(std::string_view tekst) {
  std::string veld(tekst);
  if (!veld.empty() && std::string_view("=+-@\t\r").find(veld.front()) != std::string_view::npos) {
    veld.insert(veld.begin(), '\'');
  }
  if (veld.find_first_of(",\"\r\n") == std::string::npos) return veld;
  std::string uit = "\"";
  for (const char c : veld) {
    if (c == '"') uit.push_back('"');
    uit.push_back(c);
  }
  uit.push_back('"');
  return uit;
}

}  // namespace

std::int64_t totaal_cent(const Betaalopdracht& o) noexcept {
  std::int64_t som = 0;
  for (const auto& p : o.posten) som += p.bedrag_cent;
  return som;
}

std::string bedrag_tekst(std::int64_t cent) {
  const bool negatief = cent < 0;
  // Through unsigned so that INT64_MIN has a magnitude too.
  const auto grootte = negatief ? std::uint64_t{0} - static_cast<std::uint64_t>(cent) : static_cast<std::uint64_t>(cent);
  const std::uint64_t rest = grootte % 100;
  std::string uit = negatief ? "-" : "";
  uit += std::to_string(grootte / 100);
  uit.push_back('.');
  uit.push_back(static_cast<char>('0' + rest / 10));
  uit.push_back(static_cast<char>('0' + rest % 10));
  return uit;
}

std::string pain001_xml(const Betaalopdracht& o) {
  controleer_id(o.bericht_id, "bericht_id");
  const std::string aangemaakt = aanmaaktijd(o.aangemaakt_op);
  if (!parse_datum(o.uitvoeringsdatum) || o.uitvoeringsdatum.size() != 10) ongeldig("uitvoeringsdatum is geen datum");
  const std::string debiteur = epc_veld(o.debiteur_naam, kMaxNaam);
  if (debiteur.empty()) ongeldig("debiteur_naam ontbreekt");
  const std::string debiteur_iban = normaliseer_iban(o.debiteur_iban);
  if (!iban_geldig(debiteur_iban)) ongeldig("debiteur: ongeldige IBAN");
  controleer_bic(o.debiteur_bic, "debiteur");
  if (o.posten.empty()) ongeldig("geen betaalposten");

  std::set<std::string_view> ids;
  std::int64_t som = 0;
  for (std::size_t i = 0; i < o.posten.size(); ++i) {
    const Betaalpost& p = o.posten[i];
    const std::string wat = "betaalpost " + std::to_string(i + 1);
    controleer_id(p.end_to_end_id, wat + " end_to_end_id");
    if (!ids.insert(p.end_to_end_id).second) ongeldig(wat + ": end_to_end_id komt dubbel voor");
    if (epc_veld(p.crediteur_naam, kMaxNaam).empty()) ongeldig(wat + ": crediteur_naam ontbreekt");
    if (!iban_geldig(normaliseer_iban(p.iban))) ongeldig(wat + ": ongeldige IBAN");
    controleer_bic(p.bic, wat);
    if (p.bedrag_cent <= 0 || p.bedrag_cent > kMaxBedrag) ongeldig(wat + ": bedrag buiten 0.01 … 999999999.99");
    if (p.bedrag_cent > kMaxTotaal - som) ongeldig("totaal te groot");
    som += p.bedrag_cent;
  }
  const std::string aantal = std::to_string(o.posten.size());
  const std::string totaal = bedrag_tekst(som);

  Regel x;
  x.uit = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x.uit += "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">\n";
  x.diepte = 1;
  x.open("CstmrCdtTrfInitn");
  x.open("GrpHdr");
  x.veld("MsgId", o.bericht_id);
  x.veld("CreDtTm", aangemaakt);
  x.veld("NbOfTxs", aantal);
  x.veld("CtrlSum", totaal);
  x.open("InitgPty");
  x.veld("Nm", debiteur);
  x.sluit("InitgPty");
  x.sluit("GrpHdr");

  x.open("PmtInf");
  x.veld("PmtInfId", o.bericht_id);
  x.veld("PmtMtd", "TRF");
  x.veld("BtchBookg", "true");
  x.veld("NbOfTxs", aantal);
  x.veld("CtrlSum", totaal);
  x.open("PmtTpInf");
  x.open("SvcLvl");
  x.veld("Cd", "SEPA");
  x.sluit("SvcLvl");
  x.sluit("PmtTpInf");
  x.veld("ReqdExctnDt", o.uitvoeringsdatum);
  x.open("Dbtr");
  x.veld("Nm", debiteur);
  x.sluit("Dbtr");
  x.rekening("DbtrAcct", debiteur_iban);
  x.agent("DbtrAgt", o.debiteur_bic);
  x.veld("ChrgBr", "SLEV");
  for (const Betaalpost& p : o.posten) {
    x.open("CdtTrfTxInf");
    x.open("PmtId");
    x.veld("EndToEndId", p.end_to_end_id);
    x.sluit("PmtId");
    x.open("Amt");
    x.uit.append(static_cast<std::size_t>(x.diepte) * 2, ' ');
    x.uit += "<InstdAmt Ccy=\"EUR\">" + bedrag_tekst(p.bedrag_cent) + "</InstdAmt>\n";
    x.sluit("Amt");
    if (p.bic) x.agent("CdtrAgt", p.bic);
    x.open("Cdtr");
    x.veld("Nm", epc_veld(p.crediteur_naam, kMaxNaam));
    x.sluit("Cdtr");
    x.rekening("CdtrAcct", normaliseer_iban(p.iban));
    // The remittance text; without one the factuurnummer, so the aanbieder can match the payment.
    const std::string omschrijving =
        epc_veld(p.omschrijving.empty() ? p.factuurnummer : p.omschrijving, kMaxOmschrijving);
    if (!omschrijving.empty()) {
      x.open("RmtInf");
      x.veld("Ustrd", omschrijving);
      x.sluit("RmtInf");
    }
    x.sluit("CdtTrfTxInf");
  }
  x.sluit("PmtInf");
  x.sluit("CstmrCdtTrfInitn");
  x.uit += "</Document>\n";
  return std::move(x.uit);
}

std::string betaalbestand_csv(const Betaalopdracht& o) {
  std::string uit = "end_to_end_id,crediteur_naam,iban,bic,bedrag,factuurnummer,omschrijving\r\n";
  for (const Betaalpost& p : o.posten) {
    uit += csv_veld(p.end_to_end_id) + ',' + csv_veld(p.crediteur_naam) + ',' + csv_veld(p.iban) + ',' +
           csv_veld(p.bic.value_or("")) + ',' + bedrag_tekst(p.bedrag_cent) + ',' + csv_veld(p.factuurnummer) +
           ',' + csv_veld(p.omschrijving) + "\r\n";
  }
  uit += "totaal," + std::to_string(o.posten.size()) + ",,," + bedrag_tekst(totaal_cent(o)) + ",,\r\n";
  return uit;
}

}  // namespace rmt
