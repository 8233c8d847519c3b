#pragma once
// Group commit for the log entries of reads. Every read of personal data writes an audit entry
// and Logboek entries; one write transaction per read made the write lock, not the reads, the
// limit (bench/casework). The writer thread commits everything that arrived while the previous
// batch was committing in one transaction. The caller waits until its batch is committed, so
// no data leaves the server without its log entries; a failed batch fails every caller in it.
#include <condition_variable>
#include <deque>
#include <exception>
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

 private:
  struct Item {
    Leeslog log;
    bool klaar = false;
    std::exception_ptr fout;
  };
  static constexpr std::size_t max_batch = 512;

  void run();
  void commit(std::vector<Item*>& batch);

  std::shared_ptr<db::Pool> pool_;
  db::ChainHash hash_;
  std::mutex mutex_;
  std::condition_variable werk_;
  std::condition_variable klaar_;
  std::deque<Item*> wachtrij_;
  bool stoppen_ = false;
  std::thread thread_;
};

}  // namespace rmt::services
