#pragma once
// One database connection, SQLite or PostgreSQL, behind the same interface and the same SQL
// text. Errors are thrown as rmt::Error with a small set of codes: not_found, conflict, busy,
// unavailable (and internal for anything else).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "db/result.hpp"
#include "db/value.hpp"

namespace rmt::db {

enum class Dialect { sqlite, postgresql };
std::string_view dialect_name(Dialect d) noexcept;

enum class TxMode {
  read,   // consistent reads
  write,  // SQLite: BEGIN IMMEDIATE (takes the write lock up front, no upgrade deadlocks)
  serializable,  // PostgreSQL: SERIALIZABLE; SQLite: same as write (writers are serial anyway)
};

class Connection {
 public:
  virtual ~Connection() = default;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  virtual Dialect dialect() const noexcept = 0;
  // Runs one statement and returns its rows (empty for statements without rows).
  virtual Result query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement and returns the number of rows changed.
  virtual std::int64_t execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;
  // True when the connection can serve queries; PostgreSQL reconnects when it was lost.
  virtual bool check() = 0;

  void begin(TxMode mode);
  void commit();
  void rollback() noexcept;
  bool in_transaction() const noexcept { return in_transaction_; }

 protected:
  // Around a writing transaction (SQLite: the process's writers take turns in memory instead of
  // polling the file lock with sleeps).
  virtual void before_write() {}
  virtual void after_write() noexcept {}

  bool in_transaction_ = false;

 private:
  void end_write() noexcept;
  bool writing_ = false;
};

// RAII transaction: rolls back unless commit() was called.
class Transaction {
 public:
  Transaction(Connection& conn, TxMode mode);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& conn_;
  bool done_ = false;
};

}  // namespace rmt::db
