#pragma once
// Throttling of failed logins, per account and per address: after `max` failures within the
// window the key is locked for the lockout period. Kept for unknown accounts too, so the
// response never reveals whether an account exists.
#include <chrono>
#include <optional>
#include <string>

namespace rmt {

struct Drempel {
  int max;
  std::chrono::minutes venster;
  std::chrono::minutes blokkade;
};
inline constexpr Drempel drempel_account{5, std::chrono::minutes(15), std::chrono::minutes(15)};
inline constexpr Drempel drempel_adres{20, std::chrono::minutes(15), std::chrono::minutes(15)};

struct Inlogpoging {
  int mislukt = 0;
  std::string venster_start;                  // RFC 3339
  std::optional<std::string> geblokkeerd_tot;  // RFC 3339
};

// The state after one more failure at `now`.
Inlogpoging na_mislukking(const std::optional<Inlogpoging>& vorige, std::chrono::system_clock::time_point now,
                          const Drempel& drempel);

// The key a throttle counts per: IPv4 per address; IPv6 per /64 (one host can use a whole /64).
std::string adres_blok(const std::string& adres);

// Seconds until the lock ends (0: not locked).
long long seconden_geblokkeerd(const std::optional<Inlogpoging>& poging, std::chrono::system_clock::time_point now);

}  // namespace rmt
