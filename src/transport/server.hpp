#pragma once
// The HTTP/1.1 server (Boost.Beast + Asio, C++20 coroutines). The only code that includes
// Beast or Asio. I/O threads read and write; handlers run on a separate worker pool because
// they block (database, password hashing). Every resource limit is explicit here.
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/service.hpp"

namespace rmt::transport {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (see on_listening)
  std::size_t io_threads = 2;
  std::size_t workers = 4;
  std::size_t heavy_workers = 1;  // threads for routes marked heavy (password hashing)
  std::size_t max_connections = 10'000;       // more get 503 and are closed
  std::size_t header_limit = 8 * 1024;        // bytes of request line + headers → else 431
  std::chrono::milliseconds header_timeout{10'000};  // to receive a complete header
  std::chrono::milliseconds body_timeout{30'000};    // to receive the body
  std::chrono::milliseconds idle_timeout{30'000};    // keep-alive wait for the next request
  std::chrono::milliseconds write_timeout{30'000};
  std::chrono::milliseconds shutdown_grace{10'000};  // in-flight requests may finish
};

class Server {
 public:
  Server(ServerOptions options, http::Service& service);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds, calls on_listening(port) and serves until SIGINT/SIGTERM or stop(); then stops
  // accepting, lets in-flight requests finish (up to shutdown_grace), closes idle connections
  // and returns. Throws std::runtime_error when the address cannot be bound.
  void run(const std::function<void(unsigned short)>& on_listening);
  void stop();  // thread-safe

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rmt::transport
