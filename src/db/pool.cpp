#include "db/pool.hpp"

#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"

namespace rmt::db {

Pool::Pool(Factory factory, std::size_t size, std::chrono::milliseconds acquire_timeout)
    : factory_(std::move(factory)), size_(size == 0 ? 1 : size), acquire_timeout_(acquire_timeout) {
  // Open one connection eagerly: it fails fast on a bad URL and tells the dialect.
  auto first = factory_();
  dialect_ = first->dialect();
  idle_.push_back(std::move(first));
  open_ = 1;
}

std::shared_ptr<Pool> Pool::open(const DatabaseUrl& url, std::size_t size,
                                 std::chrono::milliseconds acquire_timeout) {
  Factory factory;
  if (url.dialect == Dialect::sqlite) {
    // An in-memory database exists per connection: keep it to one so all see the same data.
    if (url.target == ":memory:") size = 1;
    std::shared_ptr<SqliteCheckpointer> checkpointer;
    if (url.target != ":memory:") checkpointer = std::make_shared<SqliteCheckpointer>(url.target);
    factory = [path = url.target, writer = std::make_shared<std::timed_mutex>(), checkpointer] {
      return open_sqlite({path, 5000, writer, checkpointer});
    };
  } else {
    factory = [uri = url.target] { return open_postgres(uri); };
  }
  return std::make_shared<Pool>(std::move(factory), size, acquire_timeout);
}

Pool::Lease Pool::acquire() {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + acquire_timeout_;
  for (;;) {
    if (closed_) throw Error(ErrorCode::unavailable, "De database wordt afgesloten.");
    if (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(conn));
    }
    if (open_ < size_) {
      ++open_;
      lock.unlock();
      try {
        return Lease(*this, factory_());
      } catch (...) {
        lock.lock();
        --open_;
        available_.notify_one();
        throw;
      }
    }
    if (available_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty()) {
      throw Error(ErrorCode::busy, "Alle databaseverbindingen zijn bezet; probeer het zo opnieuw.");
    }
  }
}

void Pool::release(std::unique_ptr<Connection> conn) {
  if (conn->in_transaction()) conn->rollback();
  std::lock_guard lock(mutex_);
  if (closed_) {
    --open_;
    return;  // conn closes as it goes out of scope
  }
  idle_.push_back(std::move(conn));
  available_.notify_one();
}

void Pool::close() {
  std::vector<std::unique_ptr<Connection>> closing;
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    open_ -= idle_.size();
    closing.swap(idle_);
  }
  available_.notify_all();
}

Pool::Lease::~Lease() {
  if (conn_) pool_->release(std::move(conn_));
}

}  // namespace rmt::db
