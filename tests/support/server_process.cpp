#include "support/server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace rmt::test {

std::string make_web_root(const std::string& dir) {
  const auto root = std::filesystem::path(dir) / "web";
  std::filesystem::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html><html lang=\"nl\"><title>RMT</title></html>";
  std::ofstream(root / "assets" / "app-abc123.js") << "console.log('rmt');";
  return root.string();
}

ServerProcess::ServerProcess(std::vector<std::string> args) {
  char tmpl[] = "/tmp/rmt-http-test-XXXXXX";
  dir_ = ::mkdtemp(tmpl);
  log_path_ = dir_ + "/server.log";
  std::vector<std::string> argv_s = {RMT_BINARY, "serve", "--listen", "127.0.0.1:0"};
  bool has_db = false, has_web = false, has_mode = false;
  for (const auto& a : args) {
    has_db = has_db || a == "--database";
    has_web = has_web || a == "--web-root";
    has_mode = has_mode || a == "--mode";
  }
  if (!has_db) argv_s.insert(argv_s.end(), {"--database", "sqlite://" + dir_ + "/rmt.sqlite"});
  // Development mode creates its key file in the temp dir (production needs one given).
  if (!has_mode) argv_s.insert(argv_s.end(), {"--mode", "development", "--key-file", dir_ + "/rmt.keys"});
  if (!has_web) argv_s.insert(argv_s.end(), {"--web-root", make_web_root(dir_)});
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("could not start " + argv_s[0]);

  const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+))");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch m;
    const std::string text = log();
    if (std::regex_search(text, m, listening)) {
      port_ = static_cast<unsigned short>(std::stoi(m[1]));
      return;
    }
    if (!running()) throw std::runtime_error("server exited at start:\n" + text);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("server did not start:\n" + log());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop(5000);
  std::error_code ec;
  // make test scans every server log for personal data and secrets: keep a copy there.
  if (const char* keep = std::getenv("RMT_TEST_LOG_DIR"); keep && *keep) {
    std::filesystem::create_directories(keep, ec);
    std::filesystem::copy_file(log_path_, std::filesystem::path(keep) / (std::filesystem::path(dir_).filename().string() + ".log"), ec);
  }
  std::filesystem::remove_all(dir_, ec);
}

std::string ServerProcess::log() const {
  std::ifstream in(log_path_);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void ServerProcess::signal(int sig) {
  if (pid_ > 0) ::kill(pid_, sig);
}

bool ServerProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) {
    pid_ = -1;
    return false;
  }
  return true;
}

int ServerProcess::stop(int timeout_ms) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return -1;
}

}  // namespace rmt::test
