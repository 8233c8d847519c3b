#pragma once
// A bounded pool of connections to one database. Blocking: call it from worker threads only.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "db/connection.hpp"
#include "db/database_url.hpp"

namespace rmt::db {

class Pool {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;

  // Connections are opened lazily, at most `size` at once.
  Pool(Factory factory, std::size_t size, std::chrono::milliseconds acquire_timeout);
  static std::shared_ptr<Pool> open(const DatabaseUrl& url, std::size_t size,
                                    std::chrono::milliseconds acquire_timeout =
                                        std::chrono::milliseconds(5000));

  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<Connection> conn) : pool_(&pool), conn_(std::move(conn)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Connection& operator*() const noexcept { return *conn_; }
    Connection* operator->() const noexcept { return conn_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  // Waits up to the acquire timeout; throws Error(busy) when none frees up.
  Lease acquire();
  Dialect dialect() const noexcept { return dialect_; }
  // Closes idle connections (shutdown); leased ones close when returned.
  void close();

 private:
  void release(std::unique_ptr<Connection> conn);

  Factory factory_;
  std::size_t size_;
  std::chrono::milliseconds acquire_timeout_;
  Dialect dialect_ = Dialect::sqlite;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;
  bool closed_ = false;
};

}  // namespace rmt::db
