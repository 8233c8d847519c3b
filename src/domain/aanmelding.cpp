#include "domain/aanmelding.hpp"

#include <algorithm>
#include <cctype>

#include "domain/contactgegevens.hpp"

namespace rmt {
namespace {

constexpr std::string_view crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string base32(std::uint64_t bits, int tekens) {
  std::string out;
  for (int i = tekens - 1; i >= 0; --i) out += crockford[(bits >> (5 * i)) & 31U];
  return out;
}

}  // namespace

void valideer(AanmeldingInvoer& a, const Codelijsten& lijsten, Validation& v) {
  lijsten.controleer("soort", "soort", a.soort, v);
  valideer_naam("naam", a.naam, v);
  valideer_contactgegevens(a.email, a.telefoon, v);
  if (!a.email && !a.telefoon) v.add("contact", "required", "Vul een e-mailadres of een telefoonnummer in (of beide).");
  if (a.kvk_nummer) std::erase(*a.kvk_nummer, ' ');
  if (a.soort == "werkgever") {
    if (!a.bedrijfsnaam) v.add("bedrijfsnaam", "required", "Vul de naam van het bedrijf in.");
    else valideer_naam("bedrijfsnaam", *a.bedrijfsnaam, v);
    if (!a.kvk_nummer) v.add("kvkNummer", "required", "Vul het KvK-nummer in.");
  } else if (a.bedrijfsnaam) {
    valideer_naam("bedrijfsnaam", *a.bedrijfsnaam, v);
  }
  if (a.kvk_nummer && !is_kvk_nummer(*a.kvk_nummer)) {
    v.add("kvkNummer", "pattern", "Een KvK-nummer bestaat uit 8 cijfers.");
  }
  valideer_gemeente("gemeenteCode", a.gemeente_code, v);
  lijsten.controleer("categorie", "categorie", a.categorie, v);
  lijsten.controleer("kanaal", "kanaal", a.kanaal, v);
  if (a.vraag.empty()) v.add("vraag", "required", "Beschrijf uw vraag in uw eigen woorden.");
  valideer_tekst("vraag", a.vraag, max_vraag_bytes, v);
  if (!a.toestemming_contact) {
    v.add("toestemmingContact", "required", "Geef toestemming om contact met u op te nemen; anders kunnen wij u niet helpen.");
  }
}

bool is_open(std::string_view status) noexcept {
  return status == aanmelding_status::nieuw || status == aanmelding_status::toegewezen;
}

PubliekeStatus publieke_status(std::string_view status) noexcept {
  if (status == aanmelding_status::nieuw) {
    return {"ontvangen", "Uw aanmelding is ontvangen en staat klaar voor een medewerker van het werkcentrum.",
            "Een medewerker neemt binnen 5 werkdagen contact met u op via de contactgegevens die u opgaf."};
  }
  if (status == aanmelding_status::toegewezen) {
    return {"in_behandeling", "Een medewerker of partnerorganisatie in uw regio heeft uw vraag opgepakt.",
            "U hoort binnenkort van degene die uw vraag behandelt."};
  }
  return {"afgerond", "Uw aanmelding is behandeld.",
          "Heeft u nog een vraag? Neem contact op met het werkcentrum of meld u opnieuw aan."};
}

std::string referentienummer_uit(std::uint64_t bits) {
  const std::string tekens = base32(bits, 8);
  return "RMT-" + tekens.substr(0, 4) + "-" + tekens.substr(4);
}

std::string geheime_code_uit(std::uint64_t bits) { return base32(bits, 8); }

std::string normaliseer_code(std::string_view invoer) {
  std::string out;
  for (char c : invoer) {
    if (c == ' ' || c == '-') continue;
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    out += c;
  }
  return out;
}

bool is_referentienummer(std::string_view t) noexcept {
  if (t.size() != 13 || t.substr(0, 4) != "RMT-" || t[8] != '-') return false;
  for (std::size_t i = 4; i < t.size(); ++i) {
    if (i != 8 && crockford.find(t[i]) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace rmt
