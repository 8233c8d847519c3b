#include "services/log_writer.hpp"

#include <future>
#include <utility>

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
  auto vastgelegd = std::make_shared<std::promise<void>>();
  auto klaar = vastgelegd->get_future();
  schrijf_later(std::move(log), [vastgelegd](std::exception_ptr fout) {
    if (fout) {
      vastgelegd->set_exception(fout);
    } else {
      vastgelegd->set_value();
    }
  });
  klaar.get();
}

void LogWriter::schrijf_later(Leeslog log, Vastgelegd klaar) {
  {
    std::lock_guard lock(mutex_);
    wachtrij_.push_back({std::move(log), std::move(klaar)});
  }
  werk_.notify_one();
}

void LogWriter::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    werk_.wait(lock, [&] { return stoppen_ || !wachtrij_.empty(); });
    if (wachtrij_.empty()) return;  // stopping, and everything is committed
    std::vector<Item> batch;
    while (!wachtrij_.empty() && batch.size() < max_batch) {
      batch.push_back(std::move(wachtrij_.front()));
      wachtrij_.pop_front();
    }
    lock.unlock();
    commit(batch);
    lock.lock();
  }
}

void LogWriter::commit(std::vector<Item>& batch) {
  std::exception_ptr fout;
  try {
    auto conn = pool_->acquire();
    db::Transaction tx(*conn, db::TxMode::write);
    for (Item& item : batch) {
      for (auto& a : item.log.audit) db::append_auditregel(*conn, a, hash_);
      for (const auto& v : item.log.verwerkingen) db::append_verwerking(*conn, v);
    }
    tx.commit();
  } catch (...) {
    spdlog::error("log entries of {} reads not committed; the reads are refused", batch.size());
    fout = std::current_exception();
  }
  for (Item& item : batch) item.klaar(fout);
}

namespace {
thread_local Uitstel* open_uitstel = nullptr;
}

Uitstel::Uitstel() : vorige_(open_uitstel) { open_uitstel = this; }

Uitstel::~Uitstel() {
  open_uitstel = vorige_;
  if (writer_) writer_->schrijf_later(std::move(log_), [](std::exception_ptr) {});
}

Uitstel* Uitstel::actief() noexcept { return open_uitstel; }

void Uitstel::voeg_toe(LogWriter& writer, Leeslog log) {
  if (writer_ && writer_ != &writer) {
    writer.schrijf(std::move(log));  // another Verantwoording's writer (the server has one): commit now
    return;
  }
  writer_ = &writer;
  for (auto& a : log.audit) log_.audit.push_back(std::move(a));
  for (auto& v : log.verwerkingen) log_.verwerkingen.push_back(std::move(v));
}

std::function<void(Vastgelegd)> Uitstel::afronding() {
  if (!writer_) return {};
  auto log = std::make_shared<Leeslog>(std::move(log_));
  LogWriter* writer = std::exchange(writer_, nullptr);
  return [writer, log](Vastgelegd klaar) { writer->schrijf_later(std::move(*log), std::move(klaar)); };
}

}  // namespace rmt::services
