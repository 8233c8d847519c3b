#include "db/postgres_connection.hpp"

#include <libpq-fe.h>

#include <cstdio>
#include <cstring>
#include <unordered_map>

#include <spdlog/spdlog.h>

#include "db/sql_text.hpp"

namespace rmt::db {
namespace {

constexpr Oid bytea_oid = 17;
constexpr std::size_t max_cached_statements = 256;

struct ResultDeleter {
  void operator()(PGresult* r) const noexcept { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode_bytea(const char* text, std::size_t size) {
  if (size < 2 || text[0] != '\\' || text[1] != 'x') return std::string(text, size);
  std::string out;
  out.reserve((size - 2) / 2);
  for (std::size_t i = 2; i + 1 < size; i += 2) {
    out.push_back(static_cast<char>(hex_value(text[i]) * 16 + hex_value(text[i + 1])));
  }
  return out;
}

[[noreturn]] void throw_pg(PGconn* conn, const PGresult* res) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  // The primary message names constraints, never values (PG_DIAG_MESSAGE_DETAIL would).
  const char* primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const std::string message = primary ? primary : PQerrorMessage(conn);
  const std::string code = state ? state : "";
  if (code.starts_with("23")) {
    throw Error(ErrorCode::conflict, "De gegevens botsen met bestaande gegevens.");
  }
  if (code == "40001" || code == "40P01" || code == "55P03") {
    throw Error(ErrorCode::busy, "De database is bezet; probeer het zo opnieuw.");
  }
  if (code.starts_with("08") || code.starts_with("57P") || PQstatus(conn) == CONNECTION_BAD) {
    spdlog::error("postgresql unavailable: {}", message);
    throw Error(ErrorCode::unavailable, "De database is niet beschikbaar.");
  }
  spdlog::error("postgresql error {}: {}", code, message);
  throw Error(ErrorCode::internal, "Databasefout.");
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(std::string uri) : uri_(std::move(uri)) { connect(); }
  ~PostgresConnection() override {
    if (conn_) PQfinish(conn_);
  }

  Dialect dialect() const noexcept override { return Dialect::postgresql; }

  Result query(std::string_view sql, const Params& params) override {
    PgResult res = run(sql, params);
    const int rows = PQntuples(res.get());
    const int width = PQnfields(res.get());
    std::vector<std::string> columns;
    columns.reserve(static_cast<std::size_t>(width));
    for (int c = 0; c < width; ++c) columns.emplace_back(PQfname(res.get(), c));
    std::vector<Cell> cells;
    cells.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(width));
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < width; ++c) {
        if (PQgetisnull(res.get(), r, c)) {
          cells.emplace_back(std::nullopt);
          continue;
        }
        const char* v = PQgetvalue(res.get(), r, c);
        const auto len = static_cast<std::size_t>(PQgetlength(res.get(), r, c));
        cells.emplace_back(PQftype(res.get(), c) == bytea_oid ? decode_bytea(v, len)
                                                              : std::string(v, len));
      }
    }
    return Result(std::move(columns), std::move(cells));
  }

  std::int64_t execute(std::string_view sql, const Params& params) override {
    PgResult res = run(sql, params);
    const char* n = PQcmdTuples(res.get());
    return (n && *n) ? detail::parse_int64(n) : 0;
  }

  void execute_script(std::string_view sql) override {
    ensure_connected();
    PgResult res(PQexec(conn_, std::string(sql).c_str()));
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw_pg(conn_, res.get());
  }

  bool check() override {
    try {
      ensure_connected();
      PgResult res(PQexec(conn_, "SELECT 1"));
      return PQresultStatus(res.get()) == PGRES_TUPLES_OK;
    } catch (const Error&) {
      return false;
    }
  }

 private:
  struct Prepared {
    std::string name;
    std::vector<std::string> names;
  };

  void connect() {
    if (conn_) PQfinish(conn_);
    cache_.clear();
    conn_ = PQconnectdb(uri_.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      // libpq's message may contain host and user, not the password; keep it out of the client.
      spdlog::error("postgresql connect failed: {}", PQerrorMessage(conn_));
      PQfinish(conn_);  // a failed PGconn still owns memory (the constructor's throw skips the destructor)
      conn_ = nullptr;
      throw Error(ErrorCode::unavailable, "De database is niet beschikbaar.");
    }
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
  }

  void ensure_connected() {
    if (PQstatus(conn_) == CONNECTION_OK) return;
    if (in_transaction_) {
      in_transaction_ = false;
      throw Error(ErrorCode::unavailable, "De verbinding met de database is verbroken.");
    }
    spdlog::warn("postgresql connection lost; reconnecting");
    connect();
  }

  const Prepared& prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    if (cache_.size() >= max_cached_statements) {
      PgResult r(PQexec(conn_, "DEALLOCATE ALL"));
      cache_.clear();
    }
    PositionalSql positional = to_positional(sql);
    Prepared p{"s" + std::to_string(++statement_counter_), std::move(positional.names)};
    PgResult res(PQprepare(conn_, p.name.c_str(), positional.text.c_str(), 0, nullptr));
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) throw_pg(conn_, res.get());
    return cache_.emplace(std::move(key), std::move(p)).first->second;
  }

  PgResult run(std::string_view sql, const Params& params) {
    for (int attempt = 0;; ++attempt) {
      ensure_connected();
      try {
        return run_once(sql, params);
      } catch (const Error& e) {
        // A connection lost outside a transaction is retried once on a new connection.
        if (e.code() != ErrorCode::unavailable || in_transaction_ || attempt > 0 ||
            PQstatus(conn_) == CONNECTION_OK) {
          throw;
        }
      }
    }
  }

  PgResult run_once(std::string_view sql, const Params& params) {
    const Prepared& p = prepare(sql);
    std::vector<std::string> text(p.names.size());
    std::vector<const char*> values(p.names.size(), nullptr);
    std::vector<int> lengths(p.names.size(), 0);
    std::vector<int> formats(p.names.size(), 0);
    for (std::size_t i = 0; i < p.names.size(); ++i) {
      const Param* found = nullptr;
      for (const Param& candidate : params) {
        if (candidate.name == p.names[i]) found = &candidate;
      }
      if (!found) throw Error(ErrorCode::internal, "Niet alle parameters van de query zijn gebonden.");
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              values[i] = nullptr;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              text[i] = std::to_string(v);
              values[i] = text[i].c_str();
            } else if constexpr (std::is_same_v<T, double>) {
              char buf[32];
              std::snprintf(buf, sizeof buf, "%.17g", v);
              text[i] = buf;
              values[i] = text[i].c_str();
            } else if constexpr (std::is_same_v<T, std::string>) {
              values[i] = v.c_str();
            } else {
              values[i] = reinterpret_cast<const char*>(v.data());
              lengths[i] = static_cast<int>(v.size());
              formats[i] = 1;  // binary
            }
          },
          found->value);
    }
    PgResult res(PQexecPrepared(conn_, p.name.c_str(), static_cast<int>(values.size()),
                                values.data(), lengths.data(), formats.data(), 0));
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw_pg(conn_, res.get());
    return res;
  }

  std::string uri_;
  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, Prepared> cache_;
  std::uint64_t statement_counter_ = 0;
};

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& uri) {
  return std::make_unique<PostgresConnection>(uri);
}

}  // namespace rmt::db
