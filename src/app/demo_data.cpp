#include "app/demo_data.hpp"

#include <array>
#include <chrono>
#include <random>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "app/demo.hpp"
#include "app/demo_geld.hpp"
#include "app/demo_kansen.hpp"
#include "app/demo_trajecten.hpp"
#include "db/aanmelding_store.hpp"
#include "db/bulk_load.hpp"
#include "db/codelijst_store.hpp"
#include "db/contact_store.hpp"
#include "db/intake_store.hpp"
#include "db/klant_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/regio_store.hpp"
#include "db/werkgever_store.hpp"
#include "domain/bsn.hpp"
#include "domain/intake.hpp"
#include "domain/tijd.hpp"
#include "security/field_cipher.hpp"
#include "security/password.hpp"
#include "security/pseudonym.hpp"
#include "security/random.hpp"
#include "services/medewerker_service.hpp"

namespace rmt::app {
namespace {

using Clock = std::chrono::system_clock;

constexpr std::array voornamen = {"Anna", "Daan", "Fatima", "Sem", "Noor", "Mohammed", "Julia", "Lucas", "Eva",
                                  "Milan", "Sara", "Bram", "Yasmina", "Thijs", "Lotte", "Emre", "Sophie", "Jesse",
                                  "Iris", "Ahmed", "Fleur", "Ruben", "Zeynep", "Tim", "Lieke", "Kofi", "Maud",
                                  "Stijn", "Amira", "Jan", "Priya", "Wouter", "Esra", "Koen", "Hanna", "Rachid"};
constexpr std::array achternamen = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
                                    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
                                    "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yilmaz",
                                    "El Amrani", "Kaya", "Pinas", "Nguyen", "Kowalski", "Bouzid", "Verhoeven"};
constexpr std::array bedrijven = {"Bouwbedrijf", "Zorggroep", "Transport", "Bakkerij", "Installatietechniek",
                                  "Kinderopvang", "Logistiek", "Metaalbewerking", "ICT-diensten", "Schoonmaak"};
constexpr std::array vragen = {
    "Ik zoek werk in de buurt en weet niet waar ik moet beginnen.",
    "Mijn contract loopt af. Welke mogelijkheden heb ik voor ander werk?",
    "Ik wil een opleiding volgen naast mijn werk. Wie kan dat betalen?",
    "Ik werk al twintig jaar in dezelfde functie en wil iets anders.",
    "Wij zoeken personeel voor de productie en willen ook zij-instromers een kans geven.",
    "Ik ben net klaar met school en zoek mijn eerste baan.",
    "Mijn werkgever gaat reorganiseren. Wat kan ik nu al doen?",
    "Ik heb een vraag over omscholing naar de zorg.",
};

// The valid BSNs of the RvIG test range 999990000–999999999 (about one in eleven).
std::vector<std::string> test_bsns() {
  std::vector<std::string> out;
  for (int n = 999990000; n <= 999999999; ++n) {
    std::string s = std::to_string(n);
    if (is_bsn(s)) out.push_back(std::move(s));
  }
  return out;
}

// A moment in 2022–2026, more in later years, never after `nu`.
Clock::time_point moment(Rng& rng, Clock::time_point nu) {
  using std::chrono::sys_days;
  const int jaar = std::stoi(kies(rng, {{"2022", 12}, {"2023", 18}, {"2024", 22}, {"2025", 25}, {"2026", 23}}));
  const auto begin = sys_days{std::chrono::year{jaar} / 1 / 1};
  const auto eind = std::min(nu, Clock::time_point(sys_days{std::chrono::year{jaar + 1} / 1 / 1}));
  const auto span = std::chrono::duration_cast<std::chrono::seconds>(eind - begin).count();
  return begin + std::chrono::seconds(std::uniform_int_distribution<std::int64_t>(0, std::max<std::int64_t>(0, span - 1))(rng));
}

std::string geboortedatum(Rng& rng, Clock::time_point op) {
  const int leeftijd = std::stoi(kies(rng, {{"19", 10}, {"24", 14}, {"31", 18}, {"38", 17}, {"46", 17}, {"53", 14}, {"60", 10}}));
  const auto dag = std::chrono::floor<std::chrono::days>(op) - std::chrono::days(365 * leeftijd) -
                   std::chrono::days(std::uniform_int_distribution<int>(0, 6 * 365)(rng));
  return fmt::format("{:%Y-%m-%d}", dag);
}

std::string telefoon(Rng& rng) { return fmt::format("06 {:04d} {:04d}", rng() % 10000, rng() % 10000); }

struct Generator {
  const services::Verantwoording& v;
  Clock::time_point nu;  // the end of the generated history
  Rng rng;
  DemoTrajecten trajecten;
  std::vector<Gemeente> gemeenten;
  std::vector<std::string> bsns;
  std::uint64_t referentie = 0;
  std::int64_t volgnummer = 0;
  std::int64_t rijen = 0;

  std::string referentienummer() {
    // Odd multiplier modulo 2^40: a bijection, so numbers never collide within one run.
    referentie = (referentie + 0x9E3779B97FULL) & 0xFFFFFFFFFFULL;
    return referentienummer_uit((referentie * 0xD1B54A32D1ULL) & 0xFFFFFFFFFFULL);
  }

  void contact_voor(db::Connection& conn, const std::string& regio, const std::string& kanaal, const std::string& onderwerp,
                    Clock::time_point op, const std::optional<std::string>& klant, const std::optional<std::string>& werkgever,
                    const std::optional<std::string>& aanmelding, std::optional<std::string> id = std::nullopt) {
    Contact c;
    c.id = id ? *id : uuid_op(op, rng);
    c.regio_code = regio;
    c.kanaal = kanaal;
    c.onderwerp = onderwerp;
    c.uitkomst = kies(rng, {{"informatie_gegeven", 55}, {"doorverwezen", 35}, {"anders", 10}});
    if (c.uitkomst == "doorverwezen") c.doorverwezen_naar = kies(rng, {{"UWV WerkBedrijf", 30}, {"Leerwerkloket", 30}, {"Gemeente, team werk", 25}, {"Vakbond", 15}});
    c.klant_id = klant;
    c.werkgever_id = werkgever;
    c.aanmelding_id = aanmelding;
    c.vastgelegd_op = to_rfc3339(op);
    db::insert_contact(conn, c);
    ++rijen;
  }

  void klant(db::Connection& conn) {
    const Gemeente& g = gemeenten[std::uniform_int_distribution<std::size_t>(0, gemeenten.size() - 1)(rng)];
    const auto ontvangen = moment(rng, nu);
    const auto leeftijd_dagen = std::chrono::duration_cast<std::chrono::hours>(nu - ontvangen).count() / 24;
    const std::string tijd = to_rfc3339(ontvangen);
    const bool werkgever = kans(rng, 0.12);
    const std::string naam = std::string(een_van(rng, voornamen)) + " " + een_van(rng, achternamen);

    Aanmelding a;
    a.id = uuid_op(ontvangen, rng);
    a.referentienummer = referentienummer();
    a.soort = werkgever ? "werkgever" : "persoon";
    a.naam = naam;
    a.gemeente_code = g.code;
    a.regio_code = g.regio_code;
    a.kanaal = kies(rng, {{"web", 45}, {"telefoon", 25}, {"balie", 15}, {"partner", 15}});
    a.categorie = werkgever ? "personeelsvraag"
                            : kies(rng, {{"werk_vinden", 30}, {"van_werk_naar_werk", 25}, {"scholing", 15}, {"loopbaan", 20}, {"anders", 10}});
    a.vraag = een_van(rng, vragen);
    a.toestemming_contact = true;
    a.ontvangen_op = tijd;
    const std::string email_naam = fmt::format("demo{}", ++volgnummer);
    if (kans(rng, 0.7)) a.email = email_naam + "@mail.example";
    if (!a.email || kans(rng, 0.6)) a.telefoon = telefoon(rng);
    // Older ones are handled; of the last six weeks many still wait in the queue.
    a.status = leeftijd_dagen > 42 ? "klant" : kies(rng, {{"nieuw", 45}, {"toegewezen", 25}, {"klant", 30}});

    if (werkgever) {
      Werkgever w;
      w.id = uuid_op(ontvangen, rng);
      w.bedrijfsnaam = fmt::format("{} {}", een_van(rng, bedrijven), een_van(rng, achternamen));
      w.kvk_nummer = fmt::format("{:08d}", rng() % 100000000);
      w.sector = kies(rng, {{"bouw", 15}, {"zorg", 20}, {"industrie", 15}, {"vervoer", 15}, {"handel", 15}, {"horeca", 10}, {"ict", 10}});
      w.contactpersoon = naam;
      w.email = a.email;
      w.telefoon = a.telefoon;
      w.vestigingsgemeente_code = g.code;
      w.regio_code = g.regio_code;
      a.bedrijfsnaam = w.bedrijfsnaam;
      a.kvk_nummer = w.kvk_nummer;
      if (a.status == "klant") a.werkgever_id = w.id;
      db::insert_werkgever(conn, w, tijd);
      db::insert_aanmelding(conn, a, std::nullopt, tijd);
      rijen += 2;
      if (kans(rng, 0.5)) contact_voor(conn, g.regio_code, a.kanaal, a.categorie, ontvangen, std::nullopt, w.id, std::nullopt);
      if (a.werkgever_id) trajecten.werkgever(conn, w.id, g.regio_code, a.id, ontvangen);
      return;
    }

    Klant k;
    k.id = uuid_op(ontvangen, rng);
    k.naam = naam;
    k.geboortedatum = geboortedatum(rng, ontvangen);
    k.email = a.email;
    k.telefoon = a.telefoon;
    k.woongemeente_code = g.code;
    k.regio_code = g.regio_code;
    std::optional<std::string> sealed, index;
    if (volgnummer <= static_cast<std::int64_t>(bsns.size())) {
      const std::string& bsn = bsns[static_cast<std::size_t>(volgnummer - 1)];
      sealed = security::seal(v.keys().veld, bsn, "klant.bsn:" + k.id);
      index = security::pseudonym(v.keys().index, "bsn-index", bsn);
    }
    if (a.status == "klant") a.klant_id = k.id;
    db::insert_klant(conn, k, sealed, index, tijd);
    db::insert_aanmelding(conn, a, std::nullopt, tijd);
    rijen += 2;

    Intake i;
    i.id = uuid_op(ontvangen, rng);
    i.klant_id = k.id;
    i.datum = tijd.substr(0, 10);
    i.arbeidsmarktpositie = kies(rng, {{"werkzoekend", 35}, {"werkend", 25}, {"werkend_risico", 20}, {"schoolverlater", 10}, {"zzp", 10}});
    const bool zoekend = i.arbeidsmarktpositie == "werkzoekend";
    i.uitkeringssituatie = zoekend ? kies(rng, {{"ww", 40}, {"bijstand", 35}, {"geen", 18}, {"ao", 5}, {"anders", 2}})
                                   : kies(rng, {{"geen", 88}, {"ao", 6}, {"bijstand", 4}, {"anders", 2}});
    i.opleidingsniveau = kies(rng, {{"laag", 30}, {"middelbaar", 45}, {"hoog", 20}, {"onbekend", 5}});
    i.banenafspraak = kans(rng, 0.04);
    i.statushouder = kans(rng, 0.05);
    if (!zoekend && i.arbeidsmarktpositie != "schoolverlater") {
      i.sector = kies(rng, {{"zorg", 20}, {"industrie", 15}, {"handel", 15}, {"vervoer", 10}, {"bouw", 10}, {"zakelijk", 10}, {"onderwijs", 8}, {"overheid", 6}, {"horeca", 6}});
    }
    i.leeftijdsklasse = leeftijdsklasse(k.geboortedatum, i.datum);
    i.codelijst_versie = db::codelijsten().versie;
    db::insert_intake(conn, i, std::nullopt, tijd);
    ++rijen;
    if (a.klant_id) {
      trajecten.persoon(conn, {k.id, g.regio_code, a.categorie, a.vraag, i.arbeidsmarktpositie, a.id, i.id, ontvangen});
    }

    // Some questions are answered at once: an aanmelding closed as a contact, and desk contacts.
    if (kans(rng, 0.25)) {
      Aanmelding gids = a;
      gids.id = uuid_op(ontvangen, rng);
      gids.referentienummer = referentienummer();
      gids.klant_id.reset();
      gids.status = leeftijd_dagen > 42 ? "afgesloten" : "nieuw";
      if (gids.status == "afgesloten") {
        gids.contact_id = uuid_op(ontvangen, rng);
      }
      db::insert_aanmelding(conn, gids, std::nullopt, tijd);
      ++rijen;
      if (gids.contact_id) {
        contact_voor(conn, g.regio_code, gids.kanaal, gids.categorie, ontvangen, std::nullopt, std::nullopt, gids.id,
                     gids.contact_id);
      }
    }
    if (kans(rng, 0.2)) contact_voor(conn, g.regio_code, "balie", a.categorie, ontvangen, k.id, std::nullopt, std::nullopt);
  }
};

}  // namespace

void laad_regio_medewerkers(db::Connection& conn, const services::Verantwoording& v) {
  db::Transaction tx(conn, db::TxMode::write);
  if (db::find_medewerker_id_by_email(conn, "frontoffice.am01@demo.example")) return;
  const std::string hash = security::hash_password(demo_wachtwoord);
  const std::string nu = to_rfc3339(Clock::now());
  for (const Regio& r : db::list_regios(conn, {1, 100}).items) {
    Organisatie o;
    o.id = security::uuid_v7();
    o.naam = "Werkcentrum " + r.naam;
    o.type = "werkcentrum";
    o.regio_codes = {r.code};
    db::insert_organisatie(conn, o, nu);
    std::string regio = r.code;
    for (char& c : regio) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [rol, wie] : {std::pair{Rol::frontoffice, "Frontoffice"}, {Rol::adviseur, "Adviseur"},
                                   {Rol::coordinator, "Coördinator"}, {Rol::kassier, "Kassier"}}) {
      MedewerkerInvoer in;
      in.naam = std::string(wie) + " " + r.naam;
      in.email = std::string(rol_naam(rol)) + "." + regio + "@demo.example";
      in.organisatie_id = o.id;
      in.rollen = {{rol, r.code}};
      const auto made = services::maak_medewerker_systeem(conn, v, in, hash, false);
      db::set_totp(conn, made.id, security::seal(v.keys().veld, demo_totp_geheim, "medewerker.totp_geheim:" + made.id));
    }
  }
  tx.commit();
}

DemoResultaat genereer_demo(db::Pool& pool, const services::Verantwoording& v, const DemoOmvang& omvang) {
  const auto start = std::chrono::steady_clock::now();
  auto conn = pool.acquire();
  laad_regio_medewerkers(*conn, v);
  db::begin_bulk_load(*conn);
  const Clock::time_point nu(omvang.tot);
  Generator g{v, nu, Rng(omvang.seed), DemoTrajecten(g.rng, nu), db::list_gemeenten(*conn, "", {1, 1000}).items,
              test_bsns()};
  g.referentie = omvang.seed;
  {
    db::Transaction tx(*conn, db::TxMode::write);
    g.trajecten.bereid_voor(*conn, v);
    tx.commit();
  }
  for (std::int64_t gedaan = 0; gedaan < omvang.klanten;) {
    db::Transaction tx(*conn, db::TxMode::write);
    const std::int64_t tot = std::min(omvang.klanten, gedaan + omvang.batch);
    for (; gedaan < tot; ++gedaan) g.klant(*conn);
    tx.commit();
  }
  // The money trail of every regio's interventies, one transaction per regio.
  for (const Regio& r : db::list_regios(*conn, {1, 100}).items) {
    std::string code = r.code;
    for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    db::Transaction tx(*conn, db::TxMode::write);
    const auto geld = genereer_geld(*conn, r.code, *db::find_medewerker_id_by_email(*conn, "coordinator." + code + "@demo.example"),
                                    *db::find_medewerker_id_by_email(*conn, "kassier." + code + "@demo.example"),
                                    fmt::format("{:%Y-%m-%d}", omvang.tot));
    g.rijen += geld.mutaties + geld.declaraties;
    tx.commit();
  }
  db::finish_bulk_load(*conn);
  const std::chrono::duration<double> duur = std::chrono::steady_clock::now() - start;
  return {g.rijen + g.trajecten.rijen, duur.count()};
}

}  // namespace rmt::app
