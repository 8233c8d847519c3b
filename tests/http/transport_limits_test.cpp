// Bad and hostile input at the transport: malformed, oversized, slow, idle, too many
// connections, and graceful shutdown — against the real binary on loopback.
#include <gtest/gtest.h>

#include <signal.h>

#include <boost/json.hpp>
#include <thread>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace rmt {
namespace {

using namespace std::chrono_literals;

class TransportLimitsTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new test::ServerProcess({"--header-timeout", "1", "--idle-timeout", "1"});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static unsigned short port() { return server_->port(); }
  static void expect_problem_status(const std::optional<test::HttpResponse>& r, int status) {
    ASSERT_TRUE(r) << "no response";
    EXPECT_EQ(r->status, status);
    EXPECT_EQ(r->header("content-type"), "application/problem+json");
    EXPECT_EQ(boost::json::parse(r->body).at("status").as_int64(), status);
  }
  static bool healthy() { return test::request(port(), "GET", "/api/v1/health").status == 200; }
  static test::ServerProcess* server_;
};
test::ServerProcess* TransportLimitsTest::server_ = nullptr;

TEST_F(TransportLimitsTest, MalformedRequestLineGets400AndTheConnectionCloses) {
  test::Socket s(port());
  s.send("THIS IS NOT HTTP\r\n\r\n");
  expect_problem_status(s.read_response(), 400);
  EXPECT_TRUE(s.closed_by_peer(2000ms));
  EXPECT_TRUE(healthy());
}

TEST_F(TransportLimitsTest, BinaryGarbageNeverCrashesTheServer) {
  for (int i = 0; i < 20; ++i) {
    test::Socket s(port());
    std::string junk;
    for (int j = 0; j < 512; ++j) junk += static_cast<char>((i * 31 + j * 17) % 256);
    s.send(junk + "\r\n\r\n");
    s.read_response();
  }
  EXPECT_TRUE(healthy());
}

TEST_F(TransportLimitsTest, OversizedHeadersGet431) {
  test::Socket s(port());
  s.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(9000, 'a') + "\r\n\r\n");
  expect_problem_status(s.read_response(), 431);
  EXPECT_TRUE(healthy());
}

TEST_F(TransportLimitsTest, BodyOverTheLimitGets413BeforeItIsRead) {
  test::Socket s(port());
  s.send("POST /api/v1/regios HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
         "Content-Length: 3145728\r\n\r\n");
  expect_problem_status(s.read_response(), 413);
  EXPECT_TRUE(healthy());
}

TEST_F(TransportLimitsTest, ChunkedBodyOverTheLimitGets413) {
  test::Socket s(port());
  s.send("POST /api/v1/regios HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
  const std::string chunk(64 * 1024, 'x');
  char size[16];
  std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
  try {
    for (int i = 0; i < 20; ++i) s.send(size + chunk + "\r\n");
  } catch (const std::exception&) {
    // the server may close while we are still sending
  }
  expect_problem_status(s.read_response(), 413);
}

TEST_F(TransportLimitsTest, SlowHeadersAreCutOffWithoutBlockingOthers) {
  test::Socket slow(port());
  slow.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");  // never finishes
  EXPECT_TRUE(healthy());  // others are served meanwhile
  EXPECT_TRUE(slow.closed_by_peer(3000ms));
}

TEST_F(TransportLimitsTest, IdleKeepAliveConnectionIsClosed) {
  test::Socket s(port());
  s.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(s.read_response());
  EXPECT_TRUE(s.closed_by_peer(3000ms));
}

TEST_F(TransportLimitsTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  test::Socket s(port());
  for (int i = 0; i < 3; ++i) {
    s.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto r = s.read_response();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
}

TEST_F(TransportLimitsTest, ManyIdleConnectionsDoNotBlockNewClients) {
  std::vector<std::unique_ptr<test::Socket>> idle;
  for (int i = 0; i < 200; ++i) idle.push_back(std::make_unique<test::Socket>(port()));
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(healthy());
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1000ms);
}

TEST(TransportConnectionLimit, ConnectionsOverTheMaximumGet503) {
  test::ServerProcess server({"--max-connections", "2"});
  test::Socket a(server.port()), b(server.port());
  std::this_thread::sleep_for(100ms);
  test::Socket c(server.port());
  const auto r = c.read_response();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(r->header("content-type"), "application/problem+json");
}

TEST(TransportShutdown, SigtermFinishesTheRequestInFlightThenExits) {
  test::ServerProcess server;
  test::Socket idle(server.port());
  test::Socket in_flight(server.port());
  in_flight.send("POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345");
  std::this_thread::sleep_for(200ms);
  server.signal(SIGTERM);
  std::this_thread::sleep_for(200ms);
  EXPECT_TRUE(server.running());   // waiting for the request in flight
  in_flight.send("67890");
  const auto r = in_flight.read_response();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);       // answered (POST on health), not dropped
  EXPECT_EQ(r->header("connection"), "close");
  EXPECT_TRUE(idle.closed_by_peer(3000ms));
  EXPECT_EQ(server.stop(5000), 0);
  EXPECT_NE(server.log().find("stopped"), std::string::npos);
}

}  // namespace
}  // namespace rmt
