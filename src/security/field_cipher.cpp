#include "security/field_cipher.hpp"

#include <sodium.h>

#include "domain/error.hpp"

namespace rmt::security {
namespace {

constexpr std::size_t nonce_bytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t tag_bytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int variant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;

const unsigned char* bytes(std::string_view s) {
  static constexpr unsigned char empty = 0;
  return s.empty() ? &empty : reinterpret_cast<const unsigned char*>(s.data());
}

unsigned char* bytes(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

void check_key(std::string_view key) {
  if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
    throw Error(ErrorCode::internal, "De veldsleutel heeft niet de juiste lengte.");
  }
}

[[noreturn]] void fail_open() {
  throw Error(ErrorCode::internal, "Een versleutelde waarde kon niet worden ontsleuteld.");
}

}  // namespace

std::string seal(std::string_view key, std::string_view plaintext, std::string_view associated_data) {
  check_key(key);
  std::string raw(nonce_bytes + plaintext.size() + tag_bytes, '\0');
  randombytes_buf(bytes(raw), nonce_bytes);
  unsigned long long sealed_len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(raw) + nonce_bytes, &sealed_len, bytes(plaintext),
                                             plaintext.size(), bytes(associated_data), associated_data.size(),
                                             nullptr, bytes(raw), bytes(key));
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes(raw), raw.size(), variant);
  out.pop_back();  // the encoder's terminating NUL
  return out;
}

std::string open(std::string_view key, std::string_view sealed, std::string_view associated_data) {
  check_key(key);
  std::string raw(sealed.size() / 4 * 3 + 3, '\0');
  std::size_t raw_len = 0;
  if (sodium_base642bin(bytes(raw), raw.size(), sealed.empty() ? "" : sealed.data(), sealed.size(), nullptr,
                        &raw_len, nullptr, variant) != 0 ||
      raw_len < nonce_bytes + tag_bytes) {
    fail_open();
  }
  std::string plaintext(raw_len - nonce_bytes - tag_bytes, '\0');
  unsigned long long plaintext_len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plaintext), &plaintext_len, nullptr, bytes(raw) + nonce_bytes,
                                                 raw_len - nonce_bytes, bytes(associated_data),
                                                 associated_data.size(), bytes(raw), bytes(key)) != 0) {
    fail_open();
  }
  plaintext.resize(static_cast<std::size_t>(plaintext_len));
  return plaintext;
}

}  // namespace rmt::security
