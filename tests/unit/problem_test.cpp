#include "http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace rmt::http {
namespace {

boost::json::object body_of(const Response& r) { return boost::json::parse(r.body).as_object(); }

TEST(Problem, StatusForEveryErrorCode) {
  const std::vector<std::pair<ErrorCode, int>> expected = {
      {ErrorCode::invalid_input, 400},
      {ErrorCode::unauthenticated, 401},
      {ErrorCode::login_failed, 401},
      {ErrorCode::forbidden, 403},
      {ErrorCode::not_found, 404},
      {ErrorCode::method_not_allowed, 405},
      {ErrorCode::conflict, 409},
      {ErrorCode::precondition_failed, 412},
      {ErrorCode::payload_too_large, 413},
      {ErrorCode::unsupported_media_type, 415},
      {ErrorCode::precondition_required, 428},
      {ErrorCode::too_many_requests, 429},
      {ErrorCode::header_too_large, 431},
      {ErrorCode::unprocessable, 422},
      {ErrorCode::internal, 500},
      {ErrorCode::busy, 503},
      {ErrorCode::unavailable, 503},
  };
  for (const auto& [code, status] : expected) {
    EXPECT_EQ(status_of(code), status) << static_cast<int>(code);
    const Response r = problem_response(Error(code, "x"), "urn:uuid:1");
    EXPECT_EQ(r.status, status) << static_cast<int>(code);
    EXPECT_EQ(body_of(r).at("status").as_int64(), status) << static_cast<int>(code);
  }
}

TEST(Problem, ContentTypeIsProblemJson) {
  const Response r = problem_response(Error(ErrorCode::not_found, "weg"), "urn:uuid:1");
  EXPECT_EQ(r.headers.get("Content-Type"), "application/problem+json");
}

TEST(Problem, BodyHasTypeTitleStatusDetailInstance) {
  const Response r =
      problem_response(Error(ErrorCode::conflict, "Code bestaat al."), "urn:uuid:abc-123");
  const auto body = body_of(r);
  EXPECT_EQ(body.at("type").as_string(), "https://rmt-platform.example.nl/problemen/conflict");
  EXPECT_EQ(body.at("title").as_string(), "De aanvraag botst met de huidige toestand.");
  EXPECT_EQ(body.at("status").as_int64(), 409);
  EXPECT_EQ(body.at("detail").as_string(), "Code bestaat al.");
  EXPECT_EQ(body.at("instance").as_string(), "urn:uuid:abc-123");
  EXPECT_FALSE(body.contains("invalidParams"));
}

TEST(Problem, EmptyDetailFallsBackToTitle) {
  const auto body = body_of(problem_response(Error(ErrorCode::internal, ""), "urn:uuid:1"));
  EXPECT_EQ(body.at("detail").as_string(), body.at("title").as_string());
  EXPECT_FALSE(body.at("detail").as_string().empty());
}

TEST(Problem, InvalidParamsListedInOrder) {
  const Error e(ErrorCode::invalid_input, "fout",
                {{"page", "minimum", "Moet minimaal 1 zijn."},
                 {"pageSize", "maximum", "Mag hoogstens 100 zijn."}});
  const auto body = body_of(problem_response(e, "urn:uuid:1"));
  ASSERT_TRUE(body.contains("invalidParams"));
  const auto& params = body.at("invalidParams").as_array();
  ASSERT_EQ(params.size(), 2u);
  EXPECT_EQ(params[0].at("name").as_string(), "page");
  EXPECT_EQ(params[0].at("code").as_string(), "minimum");
  EXPECT_EQ(params[0].at("reason").as_string(), "Moet minimaal 1 zijn.");
  EXPECT_EQ(params[1].at("name").as_string(), "pageSize");
  EXPECT_EQ(params[1].at("code").as_string(), "maximum");
  EXPECT_EQ(params[1].at("reason").as_string(), "Mag hoogstens 100 zijn.");
}

TEST(Problem, RetryAfterOnlyForBusyAndUnavailable) {
  EXPECT_EQ(problem_response(Error(ErrorCode::busy, "x"), "i").headers.get("Retry-After"), "1");
  EXPECT_EQ(problem_response(Error(ErrorCode::unavailable, "x"), "i").headers.get("Retry-After"),
            "5");
  EXPECT_FALSE(
      problem_response(Error(ErrorCode::too_many_requests, "x"), "i").headers.has("Retry-After"));
  EXPECT_FALSE(problem_response(Error(ErrorCode::internal, "x"), "i").headers.has("Retry-After"));
}

TEST(Validation, NoThrowWhenEmpty) {
  const Validation v;
  EXPECT_TRUE(v.ok());
  EXPECT_NO_THROW(v.throw_if_invalid());
}

TEST(Validation, ThrowsOnceWithAllParams) {
  Validation v;
  v.add("page", "minimum", "Moet minimaal 1 zijn.");
  v.add("pageSize", "integer", "Moet een geheel getal zijn.");
  v.add("jaar", "required", "Verplicht.");
  EXPECT_FALSE(v.ok());
  try {
    v.throw_if_invalid();
    FAIL() << "throw_if_invalid did not throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    EXPECT_EQ(e.detail(), "De aanvraag bevat 3 ongeldige velden.");
    EXPECT_EQ(e.invalid_params(),
              (std::vector<InvalidParam>{{"page", "minimum", "Moet minimaal 1 zijn."},
                                         {"pageSize", "integer", "Moet een geheel getal zijn."},
                                         {"jaar", "required", "Verplicht."}}));
  }
}

TEST(Validation, SingleParamUsesSingularDetail) {
  Validation v;
  v.add("page", "minimum", "Moet minimaal 1 zijn.");
  try {
    v.throw_if_invalid();
    FAIL() << "throw_if_invalid did not throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.detail(), "De aanvraag bevat 1 ongeldig veld.");
    EXPECT_EQ(e.invalid_params().size(), 1u);
  }
}

}  // namespace
}  // namespace rmt::http
