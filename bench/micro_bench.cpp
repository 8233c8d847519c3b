// Micro-benchmarks of hot paths (Google Benchmark): routing, problem+json rendering, and the cost
// of the password primitives (one Argon2id hash; the common-password lookup).
#include <benchmark/benchmark.h>

#include "app/platform.hpp"

#include "db/sql_text.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"
#include "security/password.hpp"
#include "security/random.hpp"

namespace {

rmt::http::Router sample_router() {
  rmt::http::Router r;
  for (const char* p : {"/api/v1/health", "/api/v1/ready", "/api/v1/regios", "/api/v1/regios/{code}",
                        "/api/v1/gemeenten", "/api/v1/openapi.json"}) {
    r.add(rmt::http::Method::get, p, [](rmt::http::Request&) { return rmt::http::Response{}; });
  }
  return r;
}

void BM_RouterMatch(benchmark::State& state) {
  const auto router = sample_router();
  for (auto _ : state) {
    benchmark::DoNotOptimize(router.match(rmt::http::Method::get, "/api/v1/regios/AM13"));
  }
}
BENCHMARK(BM_RouterMatch);

// The platform's real route table (grows with every issue; matching is a linear scan).
void BM_RouterMatchPlatform(benchmark::State& state) {
  rmt::app::Services services(nullptr, {});
  const auto router = rmt::app::build_router(services);
  for (auto _ : state) {
    benchmark::DoNotOptimize(router.match(rmt::http::Method::get, "/api/v1/health"));
  }
  state.counters["routes"] = static_cast<double>(router.routes().size());
}
BENCHMARK(BM_RouterMatchPlatform);

void BM_ProblemResponse(benchmark::State& state) {
  const rmt::Error error(rmt::ErrorCode::invalid_input, "De aanvraag bevat 2 ongeldige velden.",
                         {{"page", "minimum", "Moet minimaal 1 zijn."},
                          {"pageSize", "maximum", "Mag hoogstens 100 zijn."}});
  for (auto _ : state) {
    benchmark::DoNotOptimize(rmt::http::problem_response(error, "urn:uuid:0190"));
  }
}
BENCHMARK(BM_ProblemResponse);

void BM_ToPositional(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(rmt::db::to_positional(
        "SELECT code, naam FROM gemeente WHERE regio_code = $regio AND jaar = $jaar LIMIT $limit"));
  }
}
BENCHMARK(BM_ToPositional);

// One Argon2id hash with the platform's parameters (64 MiB, 2 passes): the cost of a login.
void BM_HashPassword(benchmark::State& state) {
  rmt::security::init_crypto();
  for (auto _ : state) {
    benchmark::DoNotOptimize(rmt::security::hash_password("paarse olifant op de fiets"));
  }
}
BENCHMARK(BM_HashPassword)->Unit(benchmark::kMillisecond);

void BM_IsCommonPassword(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(rmt::security::is_common_password("WachtWoord2026"));
  }
}
BENCHMARK(BM_IsCommonPassword);

}  // namespace

BENCHMARK_MAIN();
