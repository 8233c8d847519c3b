#pragma once
// The names of the fields a validation reports as invalid, in order (empty when it passes).
#include <functional>
#include <string>
#include <vector>

#include "domain/error.hpp"

namespace rmt::test {

inline std::vector<std::string> ongeldige_velden(const std::function<void(Validation&)>& f) {
  Validation v;
  f(v);
  try {
    v.throw_if_invalid();
  } catch (const Error& e) {
    std::vector<std::string> out;
    for (const auto& p : e.invalid_params()) out.push_back(p.name);
    return out;
  }
  return {};
}

}  // namespace rmt::test
