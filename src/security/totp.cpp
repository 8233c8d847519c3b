#include "security/totp.hpp"

#include <oath.h>
#include <sodium.h>

#include <array>
#include <cstdlib>
#include <ctime>
#include <mutex>

#include "domain/error.hpp"

namespace rmt::security {
namespace {

constexpr unsigned step_seconds = 30;
constexpr unsigned code_digits = 6;
constexpr std::size_t secret_bytes = 20;

void ensure_oath() {
  static std::once_flag once;
  static int rc = OATH_OK;
  std::call_once(once, [] { rc = oath_init(); });
  if (rc != OATH_OK) throw Error(ErrorCode::internal, "De TOTP-bibliotheek kon niet worden gestart.");
}

// Wipes and frees a buffer that liboath allocated with malloc.
void free_oath_buffer(char* data, std::size_t size) {
  if (data == nullptr) return;
  sodium_memzero(data, size);
  std::free(data);
}

// The step (30-second window since the Unix epoch) containing `now`, rounding down.
std::int64_t step_of(std::int64_t now) {
  std::int64_t step = now / step_seconds;
  if (now % step_seconds < 0) --step;
  return step;
}

// The decoded shared secret; wiped when it goes out of scope.
class Secret {
 public:
  explicit Secret(std::string_view base32) {
    ensure_oath();
    const int rc = oath_base32_decode(base32.empty() ? "" : base32.data(), base32.size(), &data_, &size_);
    if (rc != OATH_OK || data_ == nullptr || size_ == 0) {
      free_oath_buffer(data_, size_);
      throw Error(ErrorCode::internal, "Het TOTP-geheim is ongeldig.");
    }
  }
  Secret(const Secret&) = delete;
  Secret& operator=(const Secret&) = delete;
  ~Secret() { free_oath_buffer(data_, size_); }

  // The 6-digit code of a step (>= 0).
  std::array<char, code_digits + 1> code(std::int64_t step) const {
    std::array<char, code_digits + 1> out{};
    const auto when = static_cast<std::time_t>(step * step_seconds);
    if (oath_totp_generate(data_, size_, when, step_seconds, OATH_TOTP_DEFAULT_START_TIME, code_digits,
                           out.data()) != OATH_OK) {
      throw Error(ErrorCode::internal, "De TOTP-code kon niet worden berekend.");
    }
    return out;
  }

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
};

void append_percent_encoded(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' ||
        b == '_' || b == '~') {
      out += c;
    } else {
      out += '%';
      out += hex[b >> 4];
      out += hex[b & 0x0f];
    }
  }
}

}  // namespace

std::string totp_new_secret() {
  ensure_oath();
  std::array<char, secret_bytes> raw{};
  randombytes_buf(raw.data(), raw.size());
  char* encoded = nullptr;
  std::size_t encoded_len = 0;
  const int rc = oath_base32_encode(raw.data(), raw.size(), &encoded, &encoded_len);
  sodium_memzero(raw.data(), raw.size());
  if (rc != OATH_OK || encoded == nullptr) {
    free_oath_buffer(encoded, encoded_len);
    throw Error(ErrorCode::internal, "Er kon geen TOTP-geheim worden gemaakt.");
  }
  std::string secret(encoded, encoded_len);
  free_oath_buffer(encoded, encoded_len);
  while (!secret.empty() && secret.back() == '=') secret.pop_back();  // 20 bytes: none, but be sure
  return secret;
}

std::string totp_uri(std::string_view issuer, std::string_view account, std::string_view secret_base32) {
  std::string uri = "otpauth://totp/";
  append_percent_encoded(uri, issuer);
  uri += ':';
  append_percent_encoded(uri, account);
  uri += "?secret=";
  append_percent_encoded(uri, secret_base32);
  uri += "&issuer=";
  append_percent_encoded(uri, issuer);
  uri += "&algorithm=SHA1&digits=6&period=30";
  return uri;
}

std::string totp_code(std::string_view secret_base32, std::int64_t now) {
  if (now < 0) throw Error(ErrorCode::internal, "Een TOTP-code bestaat niet voor een tijd voor 1970.");
  const Secret secret(secret_base32);
  const auto code = secret.code(step_of(now));
  return std::string(code.data(), code_digits);
}

std::optional<std::int64_t> totp_verify(std::string_view secret_base32, std::string_view code, std::int64_t now,
                                        std::optional<std::int64_t> last_step) {
  if (code.size() != code_digits) return std::nullopt;
  for (const char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const Secret secret(secret_base32);
  const std::int64_t current = step_of(now);
  std::optional<std::int64_t> matched;
  // All three candidates are computed and compared (in constant time) whatever the outcome.
  for (std::int64_t step = current - 1; step <= current + 1; ++step) {
    if (step < 0) continue;
    const auto expected = secret.code(step);
    const bool equal = sodium_memcmp(expected.data(), code.data(), code_digits) == 0;
    const bool fresh = !last_step || step > *last_step;
    if (equal && fresh && !matched) matched = step;
  }
  return matched;
}

}  // namespace rmt::security
