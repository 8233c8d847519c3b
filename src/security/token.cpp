#include "security/token.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <set>

namespace rmt::security {
namespace {

constexpr std::size_t token_bytes = 32;

// 32 characters: upper case and digits without 0/O/1/I.
constexpr std::string_view recovery_alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
static_assert(recovery_alphabet.size() == 32);

std::string new_recovery_code() {
  std::array<unsigned char, 10> raw{};
  randombytes_buf(raw.data(), raw.size());
  std::string code;
  code.reserve(11);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (i == 5) code += '-';
    code += recovery_alphabet[raw[i] & 0x1f];  // 256 is a multiple of 32: no bias
  }
  sodium_memzero(raw.data(), raw.size());
  return code;
}

}  // namespace

std::string new_token(std::string_view prefix) {
  std::array<unsigned char, token_bytes> raw{};
  randombytes_buf(raw.data(), raw.size());
  std::array<char, sodium_base64_ENCODED_LEN(token_bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> b64{};
  sodium_bin2base64(b64.data(), b64.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  sodium_memzero(raw.data(), raw.size());
  std::string token(prefix);
  token += b64.data();
  sodium_memzero(b64.data(), b64.size());
  return token;
}

std::string token_hash(std::string_view token) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()), token.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::vector<std::string> new_recovery_codes(std::size_t n) {
  std::vector<std::string> codes;
  codes.reserve(n);
  std::set<std::string> seen;
  while (codes.size() < n) {
    std::string code = new_recovery_code();
    if (seen.insert(code).second) codes.push_back(std::move(code));  // 50 bits: repeats are rare
  }
  return codes;
}

std::string normalize_recovery_code(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  for (const char c : input) {
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

}  // namespace rmt::security
