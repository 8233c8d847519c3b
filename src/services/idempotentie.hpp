#pragma once
// Retry-safe POSTs (Idempotency-Key): a repeated request with the same key and body gets what
// the first one created; the same key with another body is refused (422).
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "db/idempotentie.hpp"

namespace rmt::services {

// nullopt without a key; 400 when the key is empty or longer than 255 characters.
std::optional<db::Idempotentie> idempotentie(const std::optional<std::string>& sleutel, std::string_view body);

// The id the key created first (nullopt for a first request); 422 when it came with another body.
std::optional<std::string> herhaald(const std::optional<std::pair<std::string, std::string>>& eerder,
                                    const std::optional<db::Idempotentie>& idem);

}  // namespace rmt::services
