#include "app/demo.hpp"

#include <cstdio>

#include <map>

#include "app/demo_geld.hpp"
#include "db/medewerker_store.hpp"
#include "db/organisatie_store.hpp"
#include "domain/tijd.hpp"
#include "security/field_cipher.hpp"
#include "security/password.hpp"
#include "security/random.hpp"
#include "services/medewerker_service.hpp"

namespace rmt::app {
namespace {

struct DemoAccount {
  const char* email;
  const char* naam;
  Rol rol;
  const char* regio;
  bool totp;
  int organisatie = 0;  // index in the organisations of laad_demo: 0 werkcentrum, 1 UWV, 2 gemeente, 3 aanbieder
};

constexpr DemoAccount accounts[] = {
    {"beheerder@demo.example", "Bea Beheer", Rol::beheerder, "AM13", true},
    {"frontoffice@demo.example", "Fenna Front", Rol::frontoffice, "AM13", true},
    {"adviseur@demo.example", "Ahmed Advies", Rol::adviseur, "AM13", true},
    {"coordinator@demo.example", "Coen Coördinatie", Rol::coordinator, "AM13", true},
    {"kassier@demo.example", "Karin Kas", Rol::kassier, "AM13", true},
    {"analist@demo.example", "Anouk Analyse", Rol::analist, "AM13", true},
    {"privacy@demo.example", "Pim Privacy", Rol::privacy, "AM13", true},
    {"beheerder.amsterdam@demo.example", "Bram Beheer", Rol::beheerder, "AM18", true},
    {"frontoffice.amsterdam@demo.example", "Femke Front", Rol::frontoffice, "AM18", true},
    {"nieuw@demo.example", "Nina Nieuw", Rol::adviseur, "AM13", false},
    {"adviseur.uwv@demo.example", "Umar Uitvoering", Rol::adviseur, "AM13", true, 1},
    {"adviseur.gemeente@demo.example", "Gijs Gemeente", Rol::adviseur, "AM13", true, 2},
    // Four eyes: a second coordinator and kassier; and staff of an aanbieder who invoice.
    {"coordinator2@demo.example", "Cor Controle", Rol::coordinator, "AM13", true},
    {"kassier2@demo.example", "Kees Kasboek", Rol::kassier, "AM13", true},
    {"aanbieder@demo.example", "Olga Opleider", Rol::adviseur, "AM13", true, 3},
};

std::string organisatie(db::Connection& conn, const char* naam, const char* type, const char* regio) {
  Organisatie o;
  o.id = security::uuid_v7();
  o.naam = naam;
  o.type = type;
  o.regio_codes = {regio};
  db::insert_organisatie(conn, o, to_rfc3339(std::chrono::system_clock::now()));
  return o.id;
}

}  // namespace

bool laad_demo(db::Connection& conn, const services::Verantwoording& v) {
  db::Transaction tx(conn, db::TxMode::write);
  if (db::count_medewerkers(conn) > 0) return false;
  const std::string utrecht[] = {organisatie(conn, "Werkcentrum Midden-Utrecht", "werkcentrum", "AM13"),
                                 organisatie(conn, "UWV Utrecht", "uwv", "AM13"),
                                 organisatie(conn, "Gemeente Utrecht", "gemeente", "AM13"),
                                 organisatie(conn, "Opleidingen Utrecht", "aanbieder", "AM13")};
  const std::string amsterdam = organisatie(conn, "Werkcentrum Groot Amsterdam", "werkcentrum", "AM18");
  const std::string hash = security::hash_password(demo_wachtwoord);  // one hash for all: same password
  std::map<std::string, std::string> id_van;
  for (const DemoAccount& a : accounts) {
    MedewerkerInvoer in;
    in.naam = a.naam;
    in.email = a.email;
    in.organisatie_id = std::string(a.regio) == "AM18" ? amsterdam : utrecht[a.organisatie];
    in.rollen = {{a.rol, a.regio}};
    const auto made = services::maak_medewerker_systeem(conn, v, in, hash, !a.totp);
    id_van[a.email] = made.id;
    if (a.totp) {
      const std::string& id = made.id;
      db::set_totp(conn, id, security::seal(v.keys().veld, demo_totp_geheim, "medewerker.totp_geheim:" + id));
    }
  }
  // This year's and next year's budgets, approved: the demo can plan, approve and pay at once.
  const int jaar = static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())).year());
  const std::string nu = to_rfc3339(std::chrono::system_clock::now());
  for (int j : {jaar, jaar + 1}) {
    laad_budget(conn, "AM13", j, 750'000'00, id_van["coordinator@demo.example"], id_van["kassier@demo.example"], nu);
    laad_budget(conn, "AM18", j, 900'000'00, "systeem:demo", "systeem:demo", nu);
  }
  tx.commit();
  return true;
}

void print_demo_logins() {
  std::printf(
      "\nDemo-logins (alleen ontwikkelmodus) — wachtwoord voor allemaal: %s\n"
      "  beheerder@demo.example (beheerder AM13), frontoffice@, adviseur@, coordinator@, kassier@,\n"
      "  analist@, privacy@demo.example (die rol in AM13, Werkcentrum Midden-Utrecht); adviseur.uwv@ (UWV Utrecht) en\n"
      "  adviseur.gemeente@demo.example (Gemeente Utrecht); coordinator2@ en kassier2@demo.example (het tweede akkoord);\n"
      "  aanbieder@demo.example (Opleidingen Utrecht, dient declaraties in);\n"
      "  beheerder.amsterdam@ en frontoffice.amsterdam@demo.example (AM18)\n"
      "  Na `rmt demo` ook per regio AMnn: frontoffice.amnn@, adviseur.amnn@ (ook adviseur2..10.amnn@),\n"
      "  coordinator.amnn@ en adviseur.uwv.amnn@demo.example (ook adviseur.uwv2..5.amnn@)\n"
      "  TOTP: zet het geheim %s in een authenticator-app (of met Debians oathtool: oathtool --totp -b %s)\n"
      "  nieuw@demo.example: eerste keer inloggen — TOTP instellen met QR-code en wachtwoord wijzigen\n\n",
      std::string(demo_wachtwoord).c_str(), std::string(demo_totp_geheim).c_str(),
      std::string(demo_totp_geheim).c_str());
  std::fflush(stdout);
}

}  // namespace rmt::app
