#pragma once
// Runs the real `rmt serve` binary on a free loopback port for HTTP tests.
#include <string>
#include <vector>

namespace rmt::test {

class ServerProcess {
 public:
  // Extra arguments after `serve --listen 127.0.0.1:0`; the database defaults to a fresh SQLite
  // file in a temp dir unless "--database" is among them, and the mode to development with a
  // key file in the temp dir unless "--mode" is.
  explicit ServerProcess(std::vector<std::string> args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  unsigned short port() const noexcept { return port_; }
  std::string log() const;  // everything the server printed so far
  // SIGTERM and wait; returns the exit code (or -1 when it had to be killed).
  int stop(int timeout_ms = 15000);
  void signal(int sig);
  bool running();
  const std::string& dir() const noexcept { return dir_; }

 private:
  int pid_ = -1;
  unsigned short port_ = 0;
  std::string dir_;
  std::string log_path_;
};

// A temp web root with index.html and one hashed asset (the SPA shape of web/dist).
std::string make_web_root(const std::string& dir);

}  // namespace rmt::test
