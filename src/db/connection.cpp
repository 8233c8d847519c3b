#include "db/connection.hpp"

namespace rmt::db {

std::string_view dialect_name(Dialect d) noexcept {
  return d == Dialect::sqlite ? "sqlite" : "postgresql";
}

void Connection::begin(TxMode mode) {
  if (in_transaction_) throw Error(ErrorCode::internal, "Geneste transactie.");
  if (dialect() == Dialect::sqlite) {
    if (mode != TxMode::read) {
      before_write();
      writing_ = true;
    }
    try {
      execute(mode == TxMode::read ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
    } catch (...) {
      end_write();
      throw;
    }
  } else {
    execute(mode == TxMode::serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
            : mode == TxMode::read       ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                                         : "BEGIN");
  }
  in_transaction_ = true;
}

void Connection::commit() {
  execute("COMMIT");
  in_transaction_ = false;
  end_write();
}

void Connection::rollback() noexcept {
  try {
    execute("ROLLBACK");
  } catch (...) {
    // The connection is broken or the transaction already ended; nothing more to undo.
  }
  in_transaction_ = false;
  end_write();
}

void Connection::end_write() noexcept {
  if (writing_) {
    writing_ = false;
    after_write();
  }
}

Transaction::Transaction(Connection& conn, TxMode mode) : conn_(conn) { conn_.begin(mode); }

Transaction::~Transaction() {
  if (!done_ && conn_.in_transaction()) conn_.rollback();
}

void Transaction::commit() {
  done_ = true;
  try {
    conn_.commit();
  } catch (...) {
    conn_.rollback();
    throw;
  }
}

}  // namespace rmt::db
