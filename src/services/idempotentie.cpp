#include "services/idempotentie.hpp"

#include "domain/error.hpp"
#include "security/token.hpp"

namespace rmt::services {

std::optional<db::Idempotentie> idempotentie(const std::optional<std::string>& sleutel, std::string_view body) {
  if (!sleutel) return std::nullopt;
  if (sleutel->empty() || sleutel->size() > 255) {
    throw_invalid({"Idempotency-Key", "length", "Een Idempotency-Key heeft 1 tot 255 tekens."});
  }
  return db::Idempotentie{security::token_hash(*sleutel), security::token_hash(body)};
}

std::optional<std::string> herhaald(const std::optional<std::pair<std::string, std::string>>& eerder,
                                    const std::optional<db::Idempotentie>& idem) {
  if (!eerder || !idem) return std::nullopt;
  if (eerder->second != idem->vingerafdruk) {
    throw Error(ErrorCode::unprocessable, "Deze Idempotency-Key is al gebruikt voor een ander verzoek.");
  }
  return eerder->first;
}

}  // namespace rmt::services
