#pragma once
// The OpenAPI document compiled into the binary from api/openapi.json.
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace rmt::api {

std::string_view openapi_json();
// info.version: sent as the API-Version header on every response.
const std::string& openapi_version();
// Every (METHOD, /api/v1 path) operation in the document, e.g. {"GET", "/api/v1/regios/{code}"}.
std::set<std::pair<std::string, std::string>> openapi_operations();

}  // namespace rmt::api
