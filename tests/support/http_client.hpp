#pragma once
// A minimal blocking HTTP/1.1 client over POSIX sockets for tests against the real binary:
// it can send well-formed requests and deliberately broken bytes alike.
#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace rmt::test {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
};

class Socket {
 public:
  Socket(unsigned short port, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  ~Socket();
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;

  void send(const std::string& bytes);
  // Reads one response (Content-Length or until close); nullopt when the server closed first.
  std::optional<HttpResponse> read_response(bool head = false);
  // True when the server has closed the connection (reads EOF within the timeout).
  bool closed_by_peer(std::chrono::milliseconds wait);

 private:
  bool fill();
  int fd_ = -1;
  std::string buffer_;
};

// One request on a fresh connection (Connection: close). Throws on connection errors.
HttpResponse request(unsigned short port, const std::string& method, const std::string& target,
                     const std::string& body = "", const std::map<std::string, std::string>& headers = {});

}  // namespace rmt::test
