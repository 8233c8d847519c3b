#pragma once
// Command-line flags with environment equivalents, parsed with CLI11 (see main.cpp).
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rmt::app {

struct ListenAddress {
  std::string host;
  unsigned short port = 0;
};

// "127.0.0.1:8080", "localhost:8080", "[::1]:8080", "0.0.0.0:0". Throws rmt::Error(invalid_input).
ListenAddress parse_listen(std::string_view text);

// "https://a.example,https://b.example" → exact origins; each must be scheme://host[:port].
std::vector<std::string> parse_origins(std::string_view text);

struct Config {
  std::string listen = "127.0.0.1:8080";            // RMT_LISTEN
  std::string database = "sqlite://var/rmt.sqlite";  // RMT_DATABASE_URL
  std::string web_root = "web/dist";                 // RMT_WEB_ROOT
  std::string cors_origins;                          // RMT_CORS_ORIGINS
  std::string log_level = "info";                    // RMT_LOG_LEVEL
  std::size_t io_threads = 2;                        // RMT_IO_THREADS
  std::size_t workers = 0;  // RMT_WORKERS, also the database pool size; 0: one per core (min 2)
  std::size_t max_connections = 10'000;              // RMT_MAX_CONNECTIONS
  std::size_t idle_timeout_s = 30;                   // RMT_IDLE_TIMEOUT
  std::size_t header_timeout_s = 10;                 // RMT_HEADER_TIMEOUT
  std::string mode = "production";                   // RMT_MODE: production | development
  std::string key_file = "var/rmt.keys";             // RMT_KEY_FILE (or the keys in RMT_KEYS)
  int aanmeldingen_per_uur = 10;                     // RMT_AANMELDINGEN_PER_UUR: public submits per address
  bool demo = false;                                 // --demo: load the demo region (development only)

  bool development() const noexcept { return mode == "development"; }
};

}  // namespace rmt::app
