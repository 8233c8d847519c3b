#include "security/keys.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <string>
#include <system_error>
#include <utility>

#include "domain/error.hpp"

namespace rmt::security {
namespace {

constexpr std::size_t key_bytes = 32;
constexpr std::size_t max_key_file_size = 64 * 1024;

// The four keys in file order, with where each one goes in Keys.
struct KeySlot {
  std::string_view name;
  std::string Keys::*member;
};
constexpr std::array<KeySlot, 4> slots{{
    {"audit", &Keys::audit},
    {"pseudoniem", &Keys::pseudoniem},
    {"veld", &Keys::veld},
    {"index", &Keys::index},
}};

std::string_view trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decodes exactly 64 hex digits (either case) into 32 bytes; false when malformed.
bool decode_key(std::string_view hex, std::string& out) {
  if (hex.size() != key_bytes * 2) return false;
  for (const char c : hex) {
    if (!is_hex(c)) return false;
  }
  out.assign(key_bytes, '\0');
  std::size_t len = 0;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr,
                     &len, nullptr) != 0 ||
      len != key_bytes) {
    sodium_memzero(out.data(), out.size());
    out.clear();
    return false;
  }
  return true;
}

std::string path_text(const std::filesystem::path& path) { return path.string(); }

[[noreturn]] void fail_io(const std::string& what, const std::filesystem::path& path, int err) {
  throw Error(ErrorCode::invalid_input,
              what + " " + path_text(path) + ": " + std::generic_category().message(err) + ".");
}

// Owns a file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

}  // namespace

Keys parse_keys(std::string_view text) {
  Keys keys;
  std::array<bool, slots.size()> seen{};
  std::size_t line_number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;

    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      throw Error(ErrorCode::invalid_input, "Regel " + std::to_string(line_number) +
                                                " van de sleutels is ongeldig: verwacht naam=<64 hexadecimale tekens>.");
    }
    const std::string_view name = trim(line.substr(0, eq));
    const std::string_view value = trim(line.substr(eq + 1));
    std::size_t slot = slots.size();
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i].name == name) slot = i;
    }
    if (slot == slots.size()) {
      // The name is not echoed: a malformed line might hold key material.
      throw Error(ErrorCode::invalid_input, "Regel " + std::to_string(line_number) +
                                                " van de sleutels heeft een onbekende naam (toegestaan: audit, "
                                                "pseudoniem, veld, index).");
    }
    const std::string key_name(slots[slot].name);
    if (seen[slot]) {
      throw Error(ErrorCode::invalid_input, "De sleutel '" + key_name + "' staat er meer dan één keer in.");
    }
    seen[slot] = true;
    if (!decode_key(value, keys.*(slots[slot].member))) {
      throw Error(ErrorCode::invalid_input,
                  "De sleutel '" + key_name + "' moet precies 64 hexadecimale tekens (32 bytes) zijn.");
    }
  }
  std::string missing;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (seen[i]) continue;
    if (!missing.empty()) missing += ", ";
    missing += slots[i].name;
  }
  if (!missing.empty()) {
    throw Error(ErrorCode::invalid_input, "Deze sleutels ontbreken: " + missing + ".");
  }
  return keys;
}

std::string generate_key_text() {
  std::string text =
      "# RMT-platform: geheime sleutels (RMT_KEY_FILE of RMT_KEYS). Niet delen, niet in git.\n"
      "# Ze beveiligen de keten van het auditlog, de pseudoniemen in het Logboek, de versleutelde\n"
      "# velden (TOTP-geheimen, BSN) en de blinde indexen. Dit bestand moet modus 0600 hebben.\n"
      "# Maak er een back-up van en bewaar die GESCHEIDEN van de back-up van de database: zonder\n"
      "# deze sleutels zijn versleutelde velden onleesbaar en is het auditlog niet te controleren;\n"
      "# wie beide back-ups heeft, kan alles ontsleutelen. Vervang een sleutel nooit zomaar.\n";
  std::array<unsigned char, key_bytes> raw{};
  std::array<char, key_bytes * 2 + 1> hex{};
  for (const KeySlot& slot : slots) {
    randombytes_buf(raw.data(), raw.size());
    sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
    text += slot.name;
    text += '=';
    text.append(hex.data(), key_bytes * 2);
    text += '\n';
  }
  sodium_memzero(raw.data(), raw.size());
  sodium_memzero(hex.data(), hex.size());
  return text;
}

Keys load_key_file(const std::filesystem::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) fail_io("Het sleutelbestand kon niet worden geopend:", path, errno);
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) fail_io("Het sleutelbestand kon niet worden gelezen:", path, errno);
  if (!S_ISREG(st.st_mode)) {
    throw Error(ErrorCode::invalid_input, "Het sleutelbestand " + path_text(path) + " is geen gewoon bestand.");
  }
  if ((st.st_mode & 077) != 0) {
    throw Error(ErrorCode::invalid_input, "Het sleutelbestand " + path_text(path) +
                                              " is toegankelijk voor groep of anderen; zet de rechten op 0600 "
                                              "(chmod 600).");
  }
  if (st.st_size > static_cast<off_t>(max_key_file_size)) {
    throw Error(ErrorCode::invalid_input, "Het sleutelbestand " + path_text(path) + " is te groot.");
  }
  std::string text(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::read(fd.get(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      sodium_memzero(text.data(), text.size());
      fail_io("Het sleutelbestand kon niet worden gelezen:", path, err);
    }
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  text.resize(done);
  try {
    Keys keys = parse_keys(text);
    sodium_memzero(text.data(), text.size());
    return keys;
  } catch (const Error& e) {
    sodium_memzero(text.data(), text.size());
    throw Error(ErrorCode::invalid_input, "Sleutelbestand " + path_text(path) + ": " + e.detail());
  }
}

void create_key_file(const std::filesystem::path& path) {
  if (path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) fail_io("De map voor het sleutelbestand kon niet worden gemaakt:", path.parent_path(), ec.value());
  }
  Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
  if (fd.get() < 0) {
    const int err = errno;
    if (err == EEXIST) {
      throw Error(ErrorCode::invalid_input,
                  "Het sleutelbestand " + path_text(path) + " bestaat al; het wordt niet overschreven.");
    }
    fail_io("Het sleutelbestand kon niet worden gemaakt:", path, err);
  }
  std::string text = generate_key_text();
  int err = 0;
  if (::fchmod(fd.get(), 0600) != 0) err = errno;  // the umask may have removed owner bits
  std::size_t done = 0;
  while (err == 0 && done < text.size()) {
    const ssize_t n = ::write(fd.get(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      err = errno;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  sodium_memzero(text.data(), text.size());
  if (err == 0 && ::fsync(fd.get()) != 0) err = errno;
  if (err == 0 && ::close(fd.release()) != 0) err = errno;
  if (err != 0) {
    ::unlink(path.c_str());
    fail_io("Het sleutelbestand kon niet worden geschreven:", path, err);
  }
}

}  // namespace rmt::security
