#pragma once
// Group commit for the log entries of reads. Every read of personal data writes an audit entry
// and Logboek entries; one write transaction per read made the write lock, not the reads, the
// limit (bench/casework). The writer thread commits everything that arrived while the previous
// batch was committing in one transaction. No data leaves the server before its entries are
// committed: a caller either waits (schrijf) or is told (schrijf_later), and a failed batch
// fails every read in it.
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "db/auditregel_store.hpp"
#include "db/pool.hpp"
#include "domain/verwerking.hpp"

namespace rmt::services {

struct Leeslog {
  std::vector<Auditregel> audit;
  std::vector<Verwerking> verwerkingen;
};

// Called once the entries are committed (null) or failed (the error), on the writer's thread.
using Vastgelegd = std::function<void(std::exception_ptr)>;

class LogWriter {
 public:
  LogWriter(std::shared_ptr<db::Pool> pool, db::ChainHash hash);
  ~LogWriter();  // commits what is queued, then stops
  LogWriter(const LogWriter&) = delete;
  LogWriter& operator=(const LogWriter&) = delete;

  // Blocks until the entries are committed. The caller must not hold a pool connection when
  // the pool may be exhausted (it holds none in the services that call this). Throws the
  // batch's error when the commit failed.
  void schrijf(Leeslog log);
  // Queues the entries and returns; `klaar` reports the commit. It must not block.
  void schrijf_later(Leeslog log, Vastgelegd klaar);

 private:
  struct Item {
    Leeslog log;
    Vastgelegd klaar;
  };
  static constexpr std::size_t max_batch = 512;

  void run();
  void commit(std::vector<Item>& batch);

  std::shared_ptr<db::Pool> pool_;
  db::ChainHash hash_;
  std::mutex mutex_;
  std::condition_variable werk_;
  std::deque<Item> wachtrij_;
  bool stoppen_ = false;
  std::thread thread_;
};

// Lets the HTTP transport, not a worker thread, wait for the commit of a request's read logs.
// While an Uitstel is open on a thread, Verantwoording::leg_vast collects the entries instead of
// waiting; afronding() hands them over together with the writer, and the transport sends the
// response only after the commit. Entries still held when the Uitstel closes (the handler
// threw) are committed without anyone waiting.
class Uitstel {
 public:
  Uitstel();
  ~Uitstel();
  Uitstel(const Uitstel&) = delete;
  Uitstel& operator=(const Uitstel&) = delete;

  static Uitstel* actief() noexcept;  // the Uitstel open on this thread, if any
  void voeg_toe(LogWriter& writer, Leeslog log);
  // Takes the collected entries: call the result with a callback to commit them. Empty when
  // nothing was collected.
  std::function<void(Vastgelegd)> afronding();

 private:
  Uitstel* vorige_;
  LogWriter* writer_ = nullptr;
  Leeslog log_;
};

}  // namespace rmt::services
