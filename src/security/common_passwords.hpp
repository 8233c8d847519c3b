#pragma once
// The shipped list of common passwords, compiled into the binary at build time
// (cmake/embed_wordlist.cmake): Openwall's password.lst from Debian's john-data package plus our
// own data/wachtwoorden-aanvulling.txt. ASCII lower-case, sorted, without duplicates.
// Internal to security/password.cpp; use is_common_password().
#include <span>
#include <string_view>

namespace rmt::security::detail {

std::span<const std::string_view> common_password_list();

}  // namespace rmt::security::detail
