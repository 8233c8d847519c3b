// rmt_budget_bench: the ontschot budget at scale, driven by bench/budget/run.sh.
//   genereer  URL N      one regio (AM13) with N interventies in one year and their money trail
//                        (commitments, invoices, monthly payment runs, releases) through the demo
//                        generator: about 3 ledger entries per interventie
//   scan      URL        the baseline: read every ledger entry of every budget once
//   export    URL FORMAT the year-end export (csv or xlsx) of AM13's budget, bytes written to /dev/null
//   contention URL T N   N commitments of 1 euro approved by T threads at once against a line with
//                        room for 3/4 of them; prints approvals per second and checks no overspend
// Each mode prints one line "key=value ..." for the script. Peak memory is measured outside
// (/usr/bin/time), so every mode is its own process.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "app/demo_geld.hpp"
#include "db/budget_store.hpp"
#include "db/bulk_load.hpp"
#include "db/database_url.hpp"
#include "db/dienst_store.hpp"
#include "db/interventie_store.hpp"
#include "db/klant_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/migrations.hpp"
#include "db/mutatie_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/pool.hpp"
#include "db/traject_store.hpp"
#include "db/verplichting_store.hpp"
#include "domain/tijd.hpp"
#include "security/keys.hpp"
#include "security/random.hpp"
#include "services/budget_service.hpp"
#include "services/interventie_service.hpp"
#include "services/jaarverantwoording_bestand.hpp"
#include "services/verplichting_service.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* t0 = "2026-01-01T00:00:00.000000Z";

double sinds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

rmt::services::Context coordinator() {
  return {{"bench-coordinator", "bench-org", {{rmt::Rol::coordinator, "AM13"}}, true}, "bench-coordinator", {"127.0.0.1", "bench", "", ""}};
}

// The organisation, staff, one klant with a traject and a dienst: what interventies hang on.
void basis(rmt::db::Connection& conn) {
  rmt::Organisatie o;
  o.id = "bench-org";
  o.naam = "Opleider Bench";
  o.type = "aanbieder";
  o.regio_codes = {"AM13"};
  rmt::db::insert_organisatie(conn, o, t0);
  for (const char* id : {"bench-coordinator", "bench-kassier"}) {
    rmt::Medewerker m;
    m.id = id;
    m.naam = id;
    m.email = std::string(id) + "@example.org";
    m.organisatie_id = o.id;
    rmt::db::insert_medewerker(conn, m, "hash", t0);
  }
  rmt::Klant k;
  k.id = "bench-klant";
  k.naam = "Bench Klant";
  k.geboortedatum = "1980-01-01";
  k.woongemeente_code = "GM0344";
  k.regio_code = "AM13";
  rmt::db::insert_klant(conn, k, std::nullopt, std::nullopt, t0);
  rmt::Dienst d;
  d.id = "bench-dienst";
  d.regio_code = "AM13";
  d.naam = "Omscholing";
  d.type = "scholing";
  d.aanbieder_id = o.id;
  d.standaardkosten_cent = 100;
  rmt::db::insert_dienst(conn, d, t0);
  rmt::Traject t;
  t.id = "bench-traject";
  t.regio_code = "AM13";
  t.soort = "persoon";
  t.klant_id = k.id;
  t.categorie = "scholing";
  t.klantvraag = "Bench";
  t.regievoerder_id = "bench-coordinator";
  t.organisatie_id = o.id;
  t.startdatum = "2026-01-01";
  t.status = "actief";
  t.laatste_dienst_op = "2026-01-01";
  t.aangemaakt_op = t0;
  t.gewijzigd_op = t0;
  rmt::db::insert_traject(conn, t);
}

int genereer(const std::string& url, std::int64_t n) {
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(url), 1);
  auto conn = pool->acquire();
  rmt::db::migrate(*conn);
  const auto start = Clock::now();
  rmt::db::begin_bulk_load(*conn);
  {
    rmt::db::Transaction tx(*conn, rmt::db::TxMode::write);
    basis(*conn);
    // Interventies over 2026 until 20 November: most finished, some cancelled halfway, some running.
    for (std::int64_t i = 0; i < n; ++i) {
      rmt::Interventie x;
      x.id = fmt::format("bench-i-{:08}", i);
      x.traject_id = "bench-traject";
      x.regio_code = "AM13";
      x.dienst_id = "bench-dienst";
      x.aanbieder_id = "bench-org";
      const int dag = static_cast<int>(i * 300 / n);  // day of the year the service begins
      const auto begin = std::chrono::sys_days{std::chrono::year{2026} / 1 / 2} + std::chrono::days(dag);
      x.gepland_begin = fmt::format("{:%Y-%m-%d}", begin);
      x.gepland_einde = fmt::format("{:%Y-%m-%d}", begin + std::chrono::days(20));
      x.kosten_cent = 50000 + (i * 7919) % 400000;
      const int soort = static_cast<int>(i % 20);
      if (soort < 16) {
        x.status = "afgerond";
        x.resultaat = "diploma";
      } else if (soort < 18) {
        x.status = "afgebroken";
        x.reden = "Gestopt";
      } else {
        x.status = "gestart";
      }
      x.werkelijk_begin = x.gepland_begin;
      if (x.status != "gestart") x.werkelijk_einde = x.gepland_einde;
      rmt::db::insert_interventie(*conn, x, std::string("bench-klant"), t0);
    }
    tx.commit();
  }
  rmt::app::DemoGeld geld;
  {
    rmt::db::Transaction tx(*conn, rmt::db::TxMode::write);
    geld = rmt::app::genereer_geld(*conn, "AM13", "bench-coordinator", "bench-kassier", "2026-11-27");
    tx.commit();
  }
  rmt::db::finish_bulk_load(*conn);
  std::printf("interventies=%lld mutaties=%lld declaraties=%lld seconden=%.1f\n", static_cast<long long>(n),
              static_cast<long long>(geld.mutaties), static_cast<long long>(geld.declaraties), sinds(start));
  return 0;
}

int scan(const std::string& url) {
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(url), 1);
  auto conn = pool->acquire();
  const auto start = Clock::now();
  std::int64_t aantal = 0, som = 0;
  for (const std::string& id : rmt::db::alle_budget_ids(*conn)) {
    rmt::db::elke_mutatie(*conn, id, [&](const rmt::Mutatie& m) {
      ++aantal;
      som += m.bedrag_cent;
    });
  }
  std::printf("mutaties=%lld seconden=%.3f controlesom=%lld\n", static_cast<long long>(aantal), sinds(start),
              static_cast<long long>(som));
  return 0;
}

int exporteer(const std::string& url, const std::string& formaat) {
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(url), 1);
  auto v = std::make_shared<rmt::services::Verantwoording>(pool, rmt::security::parse_keys(rmt::security::generate_key_text()));
  rmt::services::BudgetService budgetten(pool, v);
  auto kassier = coordinator();
  kassier.principal.rollen = {{rmt::Rol::kassier, "AM13"}};
  const auto start = Clock::now();
  const std::string id = *rmt::db::budget_id_voor(*pool->acquire(), "AM13", 2026);
  const auto j = budgetten.verantwoording(kassier, id);
  const std::string bytes = formaat == "xlsx" ? rmt::services::jaarverantwoording_xlsx(j) : rmt::services::jaarverantwoording_csv(j);
  std::printf("formaat=%s bytes=%zu mutaties=%lld seconden=%.3f\n", formaat.c_str(), bytes.size(),
              static_cast<long long>(j.aantal_mutaties), sinds(start));
  return 0;
}

int contention(const std::string& url, int threads, int n) {
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(url), static_cast<std::size_t>(threads));
  auto v = std::make_shared<rmt::services::Verantwoording>(pool, rmt::security::parse_keys(rmt::security::generate_key_text()));
  rmt::services::InterventieService interventies(pool, v);
  rmt::services::VerplichtingService verplichtingen(pool, v);
  const auto ctx = coordinator();
  std::vector<std::string> ids;
  std::string regel;
  {
    auto conn = pool->acquire();
    rmt::db::Transaction tx(*conn, rmt::db::TxMode::write);
    if (!rmt::db::budget_id_voor(*conn, "AM13", 2027)) {
      rmt::app::laad_budget(*conn, "AM13", 2027, 0, "bench-coordinator", "bench-kassier", t0);
    }
    const auto b = *rmt::db::find_budget(*conn, *rmt::db::budget_id_voor(*conn, "AM13", 2027));
    // A fresh line for this run with room for 3/4 of the requests.
    rmt::Budgetregel r{rmt::security::uuid_v7(), b.id, "overig", "Bench " + rmt::security::uuid_v7(), 99, {}};
    rmt::db::insert_budgetregel(*conn, r);
    rmt::Mutatie m;
    m.id = rmt::security::uuid_v7();
    m.budget_id = b.id;
    m.regel_id = r.id;
    m.soort = "toekenning";
    m.rubriek = "toegekend";
    m.bedrag_cent = 100LL * n * 3 / 4;
    m.omschrijving = "Bench";
    m.geboekt_door = "bench-kassier";
    m.geboekt_op = t0;
    rmt::db::boek_mutatie(*conn, m);
    regel = r.id;
    tx.commit();
  }
  for (int i = 0; i < n; ++i) {
    rmt::InterventieInvoer in;
    in.gepland_begin = "2027-03-01";
    in.gepland_einde = "2027-04-01";
    in.kosten_cent = 100;
    const auto x = interventies.plan(ctx, "bench-traject", "bench-dienst", in);
    ids.push_back(rmt::db::verplichting_van(*pool->acquire(), x.id)->id);
  }
  std::atomic<int> volgende = 0, goed = 0, vol = 0, anders = 0;
  const auto start = Clock::now();
  std::vector<std::thread> werkers;
  for (int t = 0; t < threads; ++t) {
    werkers.emplace_back([&] {
      for (int i; (i = volgende++) < n;) {
        try {
          verplichtingen.beoordeel(ctx, ids[static_cast<std::size_t>(i)], 1, {"goedgekeurd", regel, std::nullopt});
          ++goed;
        } catch (const rmt::Error& e) {
          (e.code() == rmt::ErrorCode::conflict ? vol : anders)++;
        }
      }
    });
  }
  for (auto& w : werkers) w.join();
  const double s = sinds(start);
  const rmt::Saldo saldo = rmt::db::stand_van(*pool->acquire(), regel);
  std::printf("threads=%d verzoeken=%d goedgekeurd=%d vol=%d fout=%d seconden=%.3f per_seconde=%.0f beschikbaar=%lld\n", threads, n,
              goed.load(), vol.load(), anders.load(), s, n / s, static_cast<long long>(saldo.beschikbaar()));
  return saldo.beschikbaar() < 0 || anders > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    rmt::security::init_crypto();
    const std::string mode = argc > 2 ? argv[1] : "";
    if (mode == "genereer" && argc == 4) return genereer(argv[2], std::stoll(argv[3]));
    if (mode == "scan" && argc == 3) return scan(argv[2]);
    if (mode == "export" && argc == 4) return exporteer(argv[2], argv[3]);
    if (mode == "contention" && argc == 5) return contention(argv[2], std::stoi(argv[3]), std::stoi(argv[4]));
    std::fprintf(stderr, "usage: rmt_budget_bench genereer URL N | scan URL | export URL csv|xlsx | contention URL THREADS N\n");
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "rmt_budget_bench: %s\n", e.what());
    return 1;
  }
}
