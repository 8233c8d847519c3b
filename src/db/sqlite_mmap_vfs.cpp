#include "db/sqlite_mmap_vfs.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <vector>

namespace rmt::db {
namespace {

sqlite3_vfs* base_vfs = nullptr;  // the unix VFS everything is passed on to
// Counts the truncations in this process: a connection's remembered file size is stale once
// another connection has cut the file back.
std::atomic<unsigned> truncations{0};
constexpr int wal_frame_header = 24;

// Our part of a file; the base VFS's own file object follows it in the same allocation.
struct File {
  sqlite3_file self;
  sqlite3_file* base;
  char* map;             // the file's first `window` bytes, or nullptr
  sqlite3_int64 window;
  sqlite3_int64 size;    // the file's size when last looked at; 0 = look again
  bool wal;
  unsigned truncations;  // `truncations` when `size` was looked at
  int held;              // bytes of a WAL frame header held back, to be written with its page
  sqlite3_int64 held_at;
  unsigned char header[wal_frame_header];
};

File* of(sqlite3_file* f) { return reinterpret_cast<File*>(f); }
sqlite3_file* base(sqlite3_file* f) { return of(f)->base; }

// Writes a held-back frame header on its own (its page did not follow it).
int release(sqlite3_file* f) {
  File* file = of(f);
  if (file->held == 0) return SQLITE_OK;
  const int n = file->held;
  file->held = 0;
  return base(f)->pMethods->xWrite(base(f), file->header, n, file->held_at);
}

int x_close(sqlite3_file* f) {
  const int rc = release(f);
  if (of(f)->map) munmap(of(f)->map, static_cast<std::size_t>(of(f)->window));
  const int closed = base(f)->pMethods->xClose(base(f));
  return rc != SQLITE_OK ? rc : closed;
}
int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
  if (const int rc = release(f); rc != SQLITE_OK) return rc;
  File* file = of(f);
  const unsigned seen = truncations.load();
  const int rc = base(f)->pMethods->xFileSize(base(f), size);
  file->size = rc == SQLITE_OK ? *size : 0;
  file->truncations = seen;
  return rc;
}
// Whether the file's first `end` bytes lie inside its map and the file itself; the size is
// looked at again when it may have changed. Touching the map past the file's end raises SIGBUS.
bool inside(sqlite3_file* f, sqlite3_int64 end) {
  const File* file = of(f);
  if (!file->map || end > file->window) return false;
  if (end <= file->size && file->truncations == truncations.load()) return true;
  sqlite3_int64 size = 0;
  return x_file_size(f, &size) == SQLITE_OK && end <= size;
}
// A read inside the map is a copy from it, without a system call (SQLite reads a page it will
// change, and any WAL frame, instead of fetching it); anything else is read as before.
int x_read(sqlite3_file* f, void* out, int n, sqlite3_int64 offset) {
  if (const int rc = release(f); rc != SQLITE_OK) return rc;
  if (inside(f, offset + n)) {
    std::memcpy(out, of(f)->map + offset, static_cast<std::size_t>(n));
    return SQLITE_OK;
  }
  return base(f)->pMethods->xRead(base(f), out, n, offset);
}
// SQLite writes a WAL frame as its 24-byte header and then its page: held back, the header
// goes out with the page in one system call instead of two.
int x_write(sqlite3_file* f, const void* in, int n, sqlite3_int64 offset) {
  File* file = of(f);
  if (file->held > 0 && offset == file->held_at + file->held) {
    thread_local std::vector<unsigned char> frame;
    frame.resize(static_cast<std::size_t>(file->held + n));
    std::memcpy(frame.data(), file->header, static_cast<std::size_t>(file->held));
    std::memcpy(frame.data() + file->held, in, static_cast<std::size_t>(n));
    const sqlite3_int64 at = file->held_at;
    file->held = 0;
    return base(f)->pMethods->xWrite(base(f), frame.data(), static_cast<int>(frame.size()), at);
  }
  if (const int rc = release(f); rc != SQLITE_OK) return rc;
  if (file->wal && n == wal_frame_header) {
    std::memcpy(file->header, in, wal_frame_header);
    file->held = n;
    file->held_at = offset;
    return SQLITE_OK;
  }
  return base(f)->pMethods->xWrite(base(f), in, n, offset);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
  if (const int rc = release(f); rc != SQLITE_OK) return rc;
  of(f)->size = 0;
  const int rc = base(f)->pMethods->xTruncate(base(f), size);
  ++truncations;
  return rc;
}
int x_sync(sqlite3_file* f, int flags) {
  if (const int rc = release(f); rc != SQLITE_OK) return rc;
  return base(f)->pMethods->xSync(base(f), flags);
}
int x_lock(sqlite3_file* f, int level) { return base(f)->pMethods->xLock(base(f), level); }
int x_unlock(sqlite3_file* f, int level) { return base(f)->pMethods->xUnlock(base(f), level); }
int x_check_reserved_lock(sqlite3_file* f, int* out) {
  return base(f)->pMethods->xCheckReservedLock(base(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
  if (const int rc = release(f); rc != SQLITE_OK) return rc;
  if (op == SQLITE_FCNTL_MMAP_SIZE) {  // the map is not sized by PRAGMA mmap_size
    *static_cast<sqlite3_int64*>(arg) = of(f)->map && !of(f)->wal ? sqlite_mmap_window : 0;
    return SQLITE_OK;
  }
  return base(f)->pMethods->xFileControl(base(f), op, arg);
}
int x_sector_size(sqlite3_file* f) { return base(f)->pMethods->xSectorSize(base(f)); }
int x_device_characteristics(sqlite3_file* f) {
  return base(f)->pMethods->xDeviceCharacteristics(base(f));
}
int x_shm_map(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return base(f)->pMethods->xShmMap(base(f), region, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
  return base(f)->pMethods->xShmLock(base(f), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) { base(f)->pMethods->xShmBarrier(base(f)); }
int x_shm_unmap(sqlite3_file* f, int delete_flag) {
  return base(f)->pMethods->xShmUnmap(base(f), delete_flag);
}

// A pointer into the map when the page lies wholly inside the database file, else nullptr:
// SQLite then reads the page itself.
int x_fetch(sqlite3_file* f, sqlite3_int64 offset, int n, void** out) {
  *out = !of(f)->wal && inside(f, offset + n) ? of(f)->map + offset : nullptr;
  return SQLITE_OK;
}

// SQLite calls (0, nullptr) when the database changed since its last transaction: the file may
// have grown or shrunk, so the next fetch looks at its size again.
int x_unfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) {
  if (offset == 0 && page == nullptr) of(f)->size = 0;
  return SQLITE_OK;
}

const sqlite3_io_methods methods = {
    3,
    x_close,
    x_read,
    x_write,
    x_truncate,
    x_sync,
    x_file_size,
    x_lock,
    x_unlock,
    x_check_reserved_lock,
    x_file_control,
    x_sector_size,
    x_device_characteristics,
    x_shm_map,
    x_shm_lock,
    x_shm_barrier,
    x_shm_unmap,
    x_fetch,
    x_unfetch,
};

constexpr int file_header = static_cast<int>((sizeof(File) + 15) / 16 * 16);

// Maps the file through the descriptor the unix VFS opened for it. A descriptor of our own
// would have to be closed again, and closing any descriptor of a file drops every POSIX lock
// the process holds on it: SQLite's locks of all the process's connections. Another process
// closing its connection then takes itself for the last one and deletes the WAL, and the
// commits this process makes afterwards go to the deleted file. The unix VFS's file object
// begins with its methods, its VFS and its inode, then the descriptor (os_unix.c, unixFile);
// a descriptor that is not of the file at `path` is not mapped, and the file is read as usual.
char* map_file(sqlite3_file* unix_file, const char* path, sqlite3_int64 window) {
  int fd = -1;
  std::memcpy(&fd, reinterpret_cast<const char*>(unix_file) + 3 * sizeof(void*), sizeof fd);
  struct stat of_fd {}, of_path {};
  if (fstat(fd, &of_fd) != 0 || ::stat(path, &of_path) != 0 || of_fd.st_dev != of_path.st_dev ||
      of_fd.st_ino != of_path.st_ino) {
    return nullptr;
  }
  void* map = mmap(nullptr, static_cast<std::size_t>(window), PROT_READ, MAP_SHARED, fd, 0);
  return map == MAP_FAILED ? nullptr : static_cast<char*>(map);
}

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
  File* file = of(f);
  file->self.pMethods = nullptr;
  file->base = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + file_header);
  file->map = nullptr;
  file->size = 0;
  file->wal = (flags & SQLITE_OPEN_WAL) != 0;
  file->window = file->wal ? sqlite_wal_window : sqlite_mmap_window;
  file->truncations = 0;
  file->held = 0;
  const int rc = base_vfs->xOpen(base_vfs, name, file->base, flags, out_flags);
  if (rc != SQLITE_OK) return rc;  // SQLite does not close a file whose open failed
  if (name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL))) file->map = map_file(file->base, name, file->window);
  file->self.pMethods = &methods;
  return SQLITE_OK;
}

sqlite3_vfs vfs;

}  // namespace

const char* sqlite_mmap_vfs() {
  static std::once_flag once;
  std::call_once(once, [] {
    base_vfs = sqlite3_vfs_find(nullptr);
    vfs = *base_vfs;
    vfs.pNext = nullptr;
    vfs.zName = "rmt-mmap";
    vfs.szOsFile = file_header + base_vfs->szOsFile;
    vfs.xOpen = x_open;
    sqlite3_vfs_register(&vfs, 0);
  });
  return vfs.zName;
}

}  // namespace rmt::db
