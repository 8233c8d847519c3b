#pragma once
// The default unix VFS, except that a main database file is read through one read-only memory
// map of the whole file. SQLite's own memory-mapped I/O would do this, but Debian builds it with
// a cap of 2 GiB (SQLITE_MAX_MMAP_SIZE), and a casework database is larger. It matters because
// a connection empties its page cache whenever another connection has committed, so under load
// every read transaction fetches its pages anew: ~75 `pread` calls for one traject read.
// Through the map a page is a pointer, with no system call and no copy. Writes are unchanged
// (SQLite writes with `pwrite`; the map shares the kernel's page cache, so it sees them), and a
// page beyond the map or the file's end is read as before. As with SQLite's own map, a disk
// error while reading a mapped page stops the process (SIGBUS) instead of failing the query.
//
// Reads are copies from the map as well. SQLite reads rather than fetches a page it is about to
// change and every WAL frame (the recently written pages, which every request needs), and the
// checkpointer reads each frame it copies: ~19 `pread` calls per request of bench/casework
// before, none now. The WAL file is mapped for this. And each WAL frame goes out in one `pwrite`
// instead of two: the 24-byte frame header SQLite writes first is held back and written together
// with its page. Nothing can see a frame before SQLite's commit publishes it, after its last page.

namespace rmt::db {

// Registers the VFS once (thread-safe) and returns its name for sqlite3_open_v2.
const char* sqlite_mmap_vfs();

// How much of a database file the map covers; beyond it pages are read with `pread`.
inline constexpr long long sqlite_mmap_window = 1LL << 38;  // 256 GiB of address space
// The same for a WAL file, normally cut back to 64 MiB (see sqlite_connection.cpp).
inline constexpr long long sqlite_wal_window = 1LL << 30;

}  // namespace rmt::db
