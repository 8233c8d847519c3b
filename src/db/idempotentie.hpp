#pragma once
// A POST made safe to retry: the Idempotency-Key and the body it came with, both as SHA-256, stored
// with what the first request created.
#include <string>

namespace rmt::db {

struct Idempotentie {
  std::string sleutel;       // SHA-256 of the Idempotency-Key
  std::string vingerafdruk;  // SHA-256 of the request body
};

}  // namespace rmt::db
