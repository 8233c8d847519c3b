#pragma once
// `rmt demo`: realistic synthetic data from a fixed seed, for `make run`, demos and benchmarks.
// Staff for every regio (one password and TOTP secret, printed), and per klant its aanmelding,
// intake and contacten: persons (the first ones with RvIG test-range BSNs, sealed like real ones)
// and werkgevers, spread over the gemeenten — so over the regio's by their number of gemeenten,
// a stand-in for population, which the shipped CBS data does not contain — over the years
// 2022–2026, every channel and category. Bulk-loaded in batched transactions without audit,
// Logboek or wijziging rows: no real person's data is processed.
#include <chrono>
#include <cstdint>
#include <string>

#include "db/pool.hpp"
#include "services/verantwoording.hpp"

namespace rmt::app {

struct DemoOmvang {
  std::int64_t klanten = 5000;
  // The generated history ends here (the same seed and date give the same data); default today.
  std::chrono::sys_days tot = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::uint64_t seed = 20261127;
  std::int64_t batch = 2000;  // klanten per transaction
};

struct DemoResultaat {
  std::int64_t rijen = 0;  // rows inserted (records and casework; not the staff)
  double seconden = 0;
};

// Staff for every regio (besides the base demo accounts); skipped when they exist.
void laad_regio_medewerkers(db::Connection& conn, const services::Verantwoording& v);

// Generates the records into an empty database (the caller checks: the ids come from the seed),
// after the staff of every regio (laad_regio_medewerkers) and, per regio, a partner organisation
// with an adviser and a dienstencatalogus; then per klant also its traject (DemoTrajecten).
DemoResultaat genereer_demo(db::Pool& pool, const services::Verantwoording& v, const DemoOmvang& omvang);

}  // namespace rmt::app
