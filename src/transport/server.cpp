#include "transport/server.hpp"

#include <atomic>
#include <list>
#include <mutex>
#include <thread>

#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>
#include <spdlog/spdlog.h>

namespace rmt::transport {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using rmt::Error;
using rmt::ErrorCode;
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

namespace {

struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  bool busy = false;  // a request is being handled (touched only on the connection's strand)
};

// Fills the project's Request from Beast's; false if the target is not a valid origin-form.
bool to_request(const bhttp::request<bhttp::string_body>& in, http::Request& out) {
  out.method = http::parse_method(in.method_string());
  out.target = std::string(in.target());
  auto parsed = boost::urls::parse_origin_form(in.target());
  if (!parsed) return false;
  out.path = parsed->path();
  for (auto param : parsed->params()) out.query.emplace_back(param.key, param.value);
  for (const auto& field : in) out.headers.add(std::string(field.name_string()), std::string(field.value()));
  return true;
}

bhttp::response<bhttp::string_body> to_beast(http::Response&& in, unsigned version, bool head,
                                            bool keep_alive) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(in.status), version};
  for (auto& [name, value] : in.headers.all()) out.set(name, value);
  const std::size_t length = in.body.size();
  if (!head) out.body() = std::move(in.body);
  if (in.status != 204 && in.status != 304) out.content_length(length);
  out.keep_alive(keep_alive);
  return out;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  http::Service& service;
  asio::io_context ioc;
  asio::thread_pool workers;
  asio::thread_pool heavy_workers;
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc, SIGINT, SIGTERM};
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> connections{0};
  std::mutex registry_mutex;
  std::list<std::weak_ptr<Connection>> registry;

  Impl(ServerOptions o, http::Service& s)
      : options(std::move(o)),
        service(s),
        workers(options.workers == 0 ? 1 : options.workers),
        heavy_workers(options.heavy_workers == 0 ? 1 : options.heavy_workers) {}

  asio::awaitable<void> accept_loop() {
    for (;;) {
      auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), use_tuple);
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        spdlog::warn("accept failed: {}", ec.message());
        continue;
      }
      socket.set_option(tcp::no_delay(true), ec);
      auto conn = std::make_shared<Connection>(std::move(socket));
      const bool over = connections.fetch_add(1) >= options.max_connections;
      {
        std::lock_guard lock(registry_mutex);
        registry.remove_if([](const auto& w) { return w.expired(); });
        registry.push_back(conn);
      }
      asio::co_spawn(conn->stream.get_executor(), over ? refuse(conn) : session(conn),
                     [this](std::exception_ptr e) {
                       connections.fetch_sub(1);
                       if (e) {
                         try {
                           std::rethrow_exception(e);
                         } catch (const std::exception& ex) {
                           spdlog::error("connection failed: {}", ex.what());
                         }
                       }
                     });
    }
  }

  // Too many connections: answer 503 at once and close.
  asio::awaitable<void> refuse(std::shared_ptr<Connection> conn) {
    http::Request req;
    req.method = http::Method::other;
    auto res = to_beast(service.reject(req, Error(ErrorCode::busy, "Te veel verbindingen.")), 11,
                        false, false);
    conn->stream.expires_after(options.write_timeout);
    co_await bhttp::async_write(conn->stream, res, use_tuple);
    beast::error_code ec;
    conn->stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  asio::awaitable<void> send_error(Connection& conn, http::Request& req, const Error& error) {
    auto res = to_beast(service.reject(req, error), 11, false, false);
    conn.stream.expires_after(options.write_timeout);
    co_await bhttp::async_write(conn.stream, res, use_tuple);
  }

  asio::awaitable<void> session(std::shared_ptr<Connection> conn) {
    beast::flat_buffer buffer;
    bool first = true;
    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      parser.body_limit(boost::none);  // the route's limit is set once the header is known
      conn->stream.expires_after(first ? options.header_timeout : options.idle_timeout);
      first = false;
      auto [ec, n] = co_await bhttp::async_read_header(conn->stream, buffer, parser, use_tuple);
      http::Request req;
      req.method = http::Method::other;
      if (ec == bhttp::error::header_limit) {
        co_await send_error(*conn, req, Error(ErrorCode::header_too_large, "De headers zijn groter dan 8 KiB."));
        break;
      }
      if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
          ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
          ec == asio::error::eof) {
        break;  // closed, idle too long, too slow, or shutting down: close quietly
      }
      if (ec) {
        co_await send_error(*conn, req, Error(ErrorCode::invalid_input, "De aanvraag is geen geldig HTTP/1.1-verzoek."));
        break;
      }
      conn->busy = true;
      if (!to_request(parser.get(), req)) {
        co_await send_error(*conn, req, Error(ErrorCode::invalid_input, "Het pad van de aanvraag is ongeldig."));
        break;
      }
      const std::size_t limit = service.body_limit(req.method, req.path);
      if (parser.content_length() && *parser.content_length() > limit) {
        co_await send_error(*conn, req, Error(ErrorCode::payload_too_large, "De aanvraag is groter dan toegestaan (" + std::to_string(limit) + " bytes)."));
        break;
      }
      parser.body_limit(limit);
      if (!parser.is_done()) {
        if (beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
          bhttp::response<bhttp::empty_body> cont{bhttp::status::continue_, parser.get().version()};
          co_await bhttp::async_write(conn->stream, cont, use_tuple);
        }
        conn->stream.expires_after(options.body_timeout);
        auto [body_ec, body_n] = co_await bhttp::async_read(conn->stream, buffer, parser, use_tuple);
        if (body_ec == bhttp::error::body_limit) {
          co_await send_error(*conn, req, Error(ErrorCode::payload_too_large, "De aanvraag is groter dan toegestaan (" + std::to_string(limit) + " bytes)."));
          break;
        }
        if (body_ec) break;  // timeout or broken connection mid-body: nothing to answer
      }
      auto& in = parser.get();
      req.body = std::move(in.body());
      beast::error_code ep_ec;
      auto remote = conn->stream.socket().remote_endpoint(ep_ec);
      if (!ep_ec) req.remote_address = remote.address().to_string();

      auto& pool = service.heavy(req.method, req.path) ? heavy_workers : workers;
      http::Response response = co_await asio::co_spawn(
          pool, [this, &req]() -> asio::awaitable<http::Response> { co_return service.handle(req); },
          asio::use_awaitable);
      if (response.afronding) response = co_await afgerond(req, std::move(response));

      const bool keep_alive = in.keep_alive() && !stopping;
      auto res = to_beast(std::move(response), in.version(), req.method == http::Method::head, keep_alive);
      conn->stream.expires_after(options.write_timeout);
      auto [write_ec, written] = co_await bhttp::async_write(conn->stream, res, use_tuple);
      conn->busy = false;
      if (write_ec || !keep_alive) break;
    }
    beast::error_code ec;
    conn->stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  // Waits, without holding a worker, until the response's afronding reports; an error
  // replaces the response with its problem. Either way the service writes its access log line.
  asio::awaitable<http::Response> afgerond(http::Request& req, http::Response response) {
    auto afronding = std::move(response.afronding);
    auto [fout] = co_await asio::async_initiate<decltype(use_tuple), void(std::exception_ptr)>(
        [&afronding](auto handler) {
          auto h = std::make_shared<decltype(handler)>(std::move(handler));
          afronding([h](std::exception_ptr e) {
            auto ex = asio::get_associated_executor(*h);
            asio::post(ex, [h, e] { std::move(*h)(e); });
          });
        },
        use_tuple);
    co_return service.afgerond(req, std::move(response), fout);
  }

  void begin_shutdown() {
    if (stopping.exchange(true)) return;
    spdlog::info("shutting down: no new connections, finishing in-flight requests");
    beast::error_code ec;
    acceptor.close(ec);
    signals.cancel();
    std::lock_guard lock(registry_mutex);
    for (auto& weak : registry) {
      if (auto conn = weak.lock()) {
        asio::post(conn->stream.get_executor(), [conn] {
          if (!conn->busy) conn->stream.cancel();  // idle: wake its read so it closes
        });
      }
    }
    asio::co_spawn(ioc, drain(), asio::detached);
  }

  asio::awaitable<void> drain() {
    asio::steady_timer timer(ioc);
    const auto deadline = std::chrono::steady_clock::now() + options.shutdown_grace;
    while (connections.load() > 0 && std::chrono::steady_clock::now() < deadline) {
      timer.expires_after(std::chrono::milliseconds(20));
      co_await timer.async_wait(use_tuple);
    }
    if (connections.load() > 0) spdlog::warn("{} connections still open at shutdown", connections.load());
    ioc.stop();
  }
};

Server::Server(ServerOptions options, http::Service& service)
    : impl_(std::make_unique<Impl>(std::move(options), service)) {}

Server::~Server() = default;

void Server::run(const std::function<void(unsigned short)>& on_listening) {
  Impl& s = *impl_;
  const tcp::endpoint endpoint(asio::ip::make_address(s.options.host), s.options.port);
  s.acceptor.open(endpoint.protocol());
  s.acceptor.set_option(asio::socket_base::reuse_address(true));
  s.acceptor.bind(endpoint);
  s.acceptor.listen(asio::socket_base::max_listen_connections);
  on_listening(s.acceptor.local_endpoint().port());

  s.signals.async_wait([&s](const beast::error_code& ec, int) {
    if (!ec) s.begin_shutdown();
  });
  asio::co_spawn(s.ioc, s.accept_loop(), asio::detached);

  std::vector<std::thread> threads;
  const std::size_t n = s.options.io_threads == 0 ? 1 : s.options.io_threads;
  for (std::size_t i = 1; i < n; ++i) threads.emplace_back([&s] { s.ioc.run(); });
  s.ioc.run();
  for (auto& t : threads) t.join();
  s.workers.join();
  s.heavy_workers.join();
}

void Server::stop() {
  asio::post(impl_->ioc, [this] { impl_->begin_shutdown(); });
}

}  // namespace rmt::transport
