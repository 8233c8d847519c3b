#include "security/password.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "domain/error.hpp"
#include "security/common_passwords.hpp"

namespace rmt::security {
namespace {

constexpr std::size_t min_password_length = 12;
constexpr std::size_t max_password_length = 128;

// Number of code points in strict UTF-8 (no overlong forms, no surrogates, at most U+10FFFF),
// or nullopt when the text is not valid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    std::uint32_t cp = 0;
    std::uint32_t min = 0;
    if (b0 < 0x80) {
      cp = b0;
    } else if ((b0 & 0xe0) == 0xc0) {
      extra = 1;
      cp = b0 & 0x1fu;
      min = 0x80;
    } else if ((b0 & 0xf0) == 0xe0) {
      extra = 2;
      cp = b0 & 0x0fu;
      min = 0x800;
    } else if ((b0 & 0xf8) == 0xf0) {
      extra = 3;
      cp = b0 & 0x07u;
      min = 0x10000;
    } else {
      return std::nullopt;
    }
    if (text.size() - i <= extra) return std::nullopt;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if ((b & 0xc0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (b & 0x3fu);
    }
    if (extra > 0 && cp < min) return std::nullopt;              // overlong
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return std::nullopt;
    i += extra + 1;
    ++count;
  }
  return count;
}

// libsodium's pwhash functions are declared nonnull; an empty string_view may hold nullptr.
const char* or_empty(std::string_view s) { return s.empty() ? "" : s.data(); }

}  // namespace

std::string hash_password(std::string_view password) {
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), or_empty(password), password.size(), password_opslimit, password_memlimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw Error(ErrorCode::internal, "Het wachtwoord kon niet worden gehasht (onvoldoende geheugen).");
  }
  return std::string(out.data());
}

PasswordMatch verify_password(std::string_view hash, std::string_view password) {
  // libsodium reads a NUL-terminated string of at most crypto_pwhash_STRBYTES.
  std::array<char, crypto_pwhash_STRBYTES> stored{};
  if (hash.empty() || hash.size() >= stored.size() || hash.find('\0') != std::string_view::npos) {
    return PasswordMatch::wrong;
  }
  std::copy(hash.begin(), hash.end(), stored.begin());
  if (crypto_pwhash_str_verify(stored.data(), or_empty(password), password.size()) != 0) {
    return PasswordMatch::wrong;
  }
  // An older Argon2i hash with the same parameters passes str_needs_rehash: check the algorithm too.
  const bool current = hash.starts_with(crypto_pwhash_argon2id_STRPREFIX) &&
                       crypto_pwhash_str_needs_rehash(stored.data(), password_opslimit, password_memlimit) == 0;
  return current ? PasswordMatch::ok : PasswordMatch::ok_needs_rehash;
}

std::optional<std::string> password_weakness(std::string_view password) {
  const std::optional<std::size_t> length = utf8_length(password);
  if (!length) return "Het wachtwoord bevat ongeldige tekens (geen geldige UTF-8).";
  if (*length < min_password_length) return "Een wachtwoord heeft minstens 12 tekens.";
  if (*length > max_password_length) return "Een wachtwoord heeft hoogstens 128 tekens.";
  if (is_common_password(password)) return "Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden.";
  return std::nullopt;
}

bool is_common_password(std::string_view password) {
  std::string lower(password);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const auto list = detail::common_password_list();
  const bool found = std::binary_search(list.begin(), list.end(), std::string_view(lower));
  sodium_memzero(lower.data(), lower.size());
  return found;
}

std::string generate_password() {
  // No 0/O/o, 1/l/I: easy to read out and type over.
  static constexpr std::string_view alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string out(20, '\0');
  for (char& c : out) c = alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
  return out;
}

}  // namespace rmt::security
