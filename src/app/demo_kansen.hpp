#pragma once
// Drawing synthetic records for `rmt demo`: weighted choices, chances and ids from one seeded
// generator, so the same seed gives the same data.
#include <array>
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>

#include <fmt/format.h>

namespace rmt::app {

using Rng = std::mt19937_64;

struct Keuze {
  const char* code;
  int gewicht;
};

inline const char* kies(Rng& rng, std::initializer_list<Keuze> keuzes) {
  int totaal = 0;
  for (const auto& k : keuzes) totaal += k.gewicht;
  int r = std::uniform_int_distribution<int>(0, totaal - 1)(rng);
  for (const auto& k : keuzes) {
    if ((r -= k.gewicht) < 0) return k.code;
  }
  return keuzes.begin()->code;
}

template <typename T, std::size_t N>
const T& een_van(Rng& rng, const std::array<T, N>& lijst) {
  return lijst[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

inline bool kans(Rng& rng, double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

inline int getal(Rng& rng, int van, int tot) { return std::uniform_int_distribution<int>(van, tot)(rng); }

// A UUIDv7 whose time part is the record's own time, the rest from the generator.
inline std::string uuid_op(std::chrono::system_clock::time_point t, Rng& rng) {
  const auto ms = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count());
  const std::uint64_t a = rng(), b = rng();
  return fmt::format("{:08x}-{:04x}-7{:03x}-{:04x}-{:012x}", ms >> 16, ms & 0xFFFF, a & 0xFFF,
                     0x8000 | ((a >> 12) & 0x3FFF), b & 0xFFFFFFFFFFFF);
}

}  // namespace rmt::app
