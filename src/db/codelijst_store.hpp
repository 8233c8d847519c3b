#pragma once
// The code lists compiled into the binary (data/codelijsten.csv), parsed once.
#include "domain/codelijst.hpp"

namespace rmt::db {

const Codelijsten& codelijsten();

}  // namespace rmt::db
