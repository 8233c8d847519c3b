#include "domain/error.hpp"

#include <utility>

namespace rmt {

Error::Error(ErrorCode code, std::string detail, std::vector<InvalidParam> invalid_params)
    : std::runtime_error(detail),
      code_(code),
      detail_(std::move(detail)),
      invalid_params_(std::move(invalid_params)) {}

void Validation::add(std::string name, std::string code, std::string reason) {
  // One reason per field: the first (syntax is read before the rules are checked).
  for (const InvalidParam& p : params_) {
    if (p.name == name) return;
  }
  params_.push_back({std::move(name), std::move(code), std::move(reason)});
}

void Validation::throw_if_invalid() const {
  if (params_.empty()) return;
  if (params_.size() == 1) throw_invalid(params_.front());
  throw Error(ErrorCode::invalid_input, "De aanvraag bevat " + std::to_string(params_.size()) + " ongeldige velden.",
              params_);
}

void throw_invalid(InvalidParam param) {
  throw Error(ErrorCode::invalid_input, "De aanvraag bevat 1 ongeldig veld.", {std::move(param)});
}

}  // namespace rmt
