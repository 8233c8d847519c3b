#include "services/log_writer.hpp"

#include <spdlog/spdlog.h>

#include "db/verwerking_store.hpp"

namespace rmt::services {

LogWriter::LogWriter(std::shared_ptr<db::Pool> pool, db::ChainHash hash)
    : pool_(std::move(pool)), hash_(std::move(hash)), thread_([this] { run(); }) {}

LogWriter::~LogWriter() {
  {
    std::lock_guard lock(mutex_);
    stoppen_ = true;
  }
  werk_.notify_one();
  thread_.join();
}

void LogWriter::schrijf(Leeslog log) {
  Item item{std::move(log), false, nullptr};
  std::unique_lock lock(mutex_);
  wachtrij_.push_back(&item);
  werk_.notify_one();
  klaar_.wait(lock, [&] { return item.klaar; });
  if (item.fout) std::rethrow_exception(item.fout);
}

void LogWriter::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    werk_.wait(lock, [&] { return stoppen_ || !wachtrij_.empty(); });
    if (wachtrij_.empty()) return;  // stopping, and everything is committed
    std::vector<Item*> batch;
    while (!wachtrij_.empty() && batch.size() < max_batch) {
      batch.push_back(wachtrij_.front());
      wachtrij_.pop_front();
    }
    lock.unlock();
    commit(batch);
    lock.lock();
    for (Item* item : batch) item->klaar = true;
    klaar_.notify_all();
  }
}

void LogWriter::commit(std::vector<Item*>& batch) {
  try {
    auto conn = pool_->acquire();
    db::Transaction tx(*conn, db::TxMode::write);
    for (Item* item : batch) {
      for (auto& a : item->log.audit) db::append_auditregel(*conn, a, hash_);
      for (const auto& v : item->log.verwerkingen) db::append_verwerking(*conn, v);
    }
    tx.commit();
  } catch (...) {
    spdlog::error("log entries of {} reads not committed; the reads are refused", batch.size());
    const auto fout = std::current_exception();
    for (Item* item : batch) item->fout = fout;
  }
}

}  // namespace rmt::services
