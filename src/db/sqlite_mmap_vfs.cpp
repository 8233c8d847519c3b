#include "db/sqlite_mmap_vfs.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <mutex>

namespace rmt::db {
namespace {

sqlite3_vfs* base_vfs = nullptr;  // the unix VFS everything is passed on to

// Our part of a file; the base VFS's own file object follows it in the same allocation.
struct File {
  sqlite3_file self;
  sqlite3_file* base;
  char* map;           // sqlite_mmap_window bytes of a main database file, or nullptr
  sqlite3_int64 size;  // the file's size when last looked at; 0 = look again
};

File* of(sqlite3_file* f) { return reinterpret_cast<File*>(f); }
sqlite3_file* base(sqlite3_file* f) { return of(f)->base; }

int x_close(sqlite3_file* f) {
  if (of(f)->map) munmap(of(f)->map, sqlite_mmap_window);
  return base(f)->pMethods->xClose(base(f));
}
int x_read(sqlite3_file* f, void* out, int n, sqlite3_int64 offset) {
  return base(f)->pMethods->xRead(base(f), out, n, offset);
}
int x_write(sqlite3_file* f, const void* in, int n, sqlite3_int64 offset) {
  return base(f)->pMethods->xWrite(base(f), in, n, offset);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
  of(f)->size = 0;
  return base(f)->pMethods->xTruncate(base(f), size);
}
int x_sync(sqlite3_file* f, int flags) { return base(f)->pMethods->xSync(base(f), flags); }
int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
  return base(f)->pMethods->xFileSize(base(f), size);
}
int x_lock(sqlite3_file* f, int level) { return base(f)->pMethods->xLock(base(f), level); }
int x_unlock(sqlite3_file* f, int level) { return base(f)->pMethods->xUnlock(base(f), level); }
int x_check_reserved_lock(sqlite3_file* f, int* out) {
  return base(f)->pMethods->xCheckReservedLock(base(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
  if (op == SQLITE_FCNTL_MMAP_SIZE) {  // the map is not sized by PRAGMA mmap_size
    *static_cast<sqlite3_int64*>(arg) = of(f)->map ? sqlite_mmap_window : 0;
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

// A pointer into the map when the page lies wholly inside the file, else nullptr: SQLite then
// reads the page itself. Touching the map past the file's end would raise SIGBUS.
int x_fetch(sqlite3_file* f, sqlite3_int64 offset, int n, void** out) {
  File* file = of(f);
  *out = nullptr;
  const sqlite3_int64 end = offset + n;
  if (!file->map || end > sqlite_mmap_window) return SQLITE_OK;
  if (end > file->size) {
    if (x_file_size(f, &file->size) != SQLITE_OK) file->size = 0;
    if (end > file->size) return SQLITE_OK;
  }
  *out = file->map + offset;
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

char* map_file(const char* path) {
  const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  void* map = mmap(nullptr, sqlite_mmap_window, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);  // the map keeps the file open
  return map == MAP_FAILED ? nullptr : static_cast<char*>(map);
}

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
  File* file = of(f);
  file->self.pMethods = nullptr;
  file->base = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + file_header);
  file->map = nullptr;
  file->size = 0;
  const int rc = base_vfs->xOpen(base_vfs, name, file->base, flags, out_flags);
  if (rc != SQLITE_OK) return rc;  // SQLite does not close a file whose open failed
  if (name && (flags & SQLITE_OPEN_MAIN_DB)) file->map = map_file(name);  // else plain reads
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
