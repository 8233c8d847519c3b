#include "api/paginering_params.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace rmt::api {
namespace {

using Query = std::vector<std::pair<std::string, std::string>>;

http::Request with_query(Query query) {
  http::Request r;
  r.path = "/api/v1/regios";
  r.query = std::move(query);
  return r;
}

// The invalid params read_paginering collects for `query` (empty when it is valid).
std::vector<InvalidParam> problems(Query query) {
  Validation v;
  read_paginering(with_query(std::move(query)), v);
  try {
    v.throw_if_invalid();
  } catch (const Error& e) {
    return e.invalid_params();
  }
  return {};
}

std::string href(const boost::json::object& body, std::string_view rel) {
  return std::string(body.at("_links").at(rel).at("href").as_string());
}

bool has_link(const boost::json::object& body, std::string_view rel) {
  return body.at("_links").as_object().contains(rel);
}

TEST(Paginering, OffsetAndTotalPages) {
  const Paginering p{3, 20};
  EXPECT_EQ(p.offset(), 40);
  EXPECT_EQ(Paginering{}.offset(), 0);
  EXPECT_EQ(p.total_pages(0), 1);
  EXPECT_EQ(p.total_pages(-5), 1);
  EXPECT_EQ(p.total_pages(1), 1);
  EXPECT_EQ(p.total_pages(20), 1);
  EXPECT_EQ(p.total_pages(21), 2);
  EXPECT_EQ(p.total_pages(40), 2);
  EXPECT_EQ(p.total_pages(41), 3);
}

TEST(Paginering, DefaultsWithoutParams) {
  Validation v;
  const Paginering p = read_paginering(with_query({{"jaar", "2024"}}), v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(p.page, 1);
  EXPECT_EQ(p.page_size, Paginering::default_page_size);
  EXPECT_EQ(Paginering::default_page_size, 20);
}

TEST(Paginering, AcceptsBounds) {
  Validation v;
  const Paginering low = read_paginering(with_query({{"page", "1"}, {"pageSize", "1"}}), v);
  EXPECT_EQ(low.page, 1);
  EXPECT_EQ(low.page_size, 1);
  const Paginering high =
      read_paginering(with_query({{"page", "1000000000"}, {"pageSize", "100"}}), v);
  EXPECT_EQ(high.page, 1'000'000'000);
  EXPECT_EQ(high.page_size, 100);
  EXPECT_TRUE(v.ok());
}

TEST(Paginering, RejectsBadValuesWithCodes) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"0", "minimum"},  {"-1", "minimum"}, {"abc", "integer"}, {"1e3", "integer"},
      {"", "integer"},   {"+5", "integer"}, {" 5", "integer"},  {"5 ", "integer"},
      {"2.0", "integer"}, {"99999999999999999999", "integer"},
  };
  for (const auto& [value, code] : cases) {
    for (const char* name : {"page", "pageSize"}) {
      const auto p = problems({{name, value}});
      ASSERT_EQ(p.size(), 1u) << name << "=" << value;
      EXPECT_EQ(p[0].name, name) << value;
      EXPECT_EQ(p[0].code, code) << name << "=" << value;
    }
  }
}

TEST(Paginering, RejectsPageSizeAboveMaximum) {
  const auto p = problems({{"pageSize", "101"}});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].name, "pageSize");
  EXPECT_EQ(p[0].code, "maximum");
  EXPECT_EQ(p[0].reason, "Mag hoogstens 100 zijn.");
  const auto page = problems({{"page", "1000000001"}});
  ASSERT_EQ(page.size(), 1u);
  EXPECT_EQ(page[0].code, "maximum");
}

TEST(Paginering, ReportsBothParamsAtOnce) {
  const auto p = problems({{"page", "0"}, {"pageSize", "abc"}});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].name, "page");
  EXPECT_EQ(p[0].code, "minimum");
  EXPECT_EQ(p[0].reason, "Moet minimaal 1 zijn.");
  EXPECT_EQ(p[1].name, "pageSize");
  EXPECT_EQ(p[1].code, "integer");
}

TEST(Paginering, FirstOfSeveralPagesHasNextButNoPrev) {
  const auto body = collection("regios", {1, 2}, "/api/v1/regios", {}, Paginering{1, 2}, 5);
  EXPECT_EQ(href(body, "self"), "/api/v1/regios?page=1&pageSize=2");
  EXPECT_EQ(href(body, "first"), "/api/v1/regios?page=1&pageSize=2");
  EXPECT_EQ(href(body, "last"), "/api/v1/regios?page=3&pageSize=2");
  EXPECT_EQ(href(body, "next"), "/api/v1/regios?page=2&pageSize=2");
  EXPECT_FALSE(has_link(body, "prev"));
}

TEST(Paginering, MiddlePageHasPrevAndNext) {
  const auto body = collection("regios", {}, "/api/v1/regios", {}, Paginering{2, 2}, 5);
  EXPECT_EQ(href(body, "prev"), "/api/v1/regios?page=1&pageSize=2");
  EXPECT_EQ(href(body, "next"), "/api/v1/regios?page=3&pageSize=2");
}

TEST(Paginering, LastPageHasPrevButNoNext) {
  const auto body = collection("regios", {}, "/api/v1/regios", {}, Paginering{3, 2}, 5);
  EXPECT_EQ(href(body, "prev"), "/api/v1/regios?page=2&pageSize=2");
  EXPECT_FALSE(has_link(body, "next"));
}

TEST(Paginering, SinglePageHasNeitherPrevNorNext) {
  const auto body = collection("regios", {}, "/api/v1/regios", {}, Paginering{1, 20}, 0);
  EXPECT_FALSE(has_link(body, "prev"));
  EXPECT_FALSE(has_link(body, "next"));
  EXPECT_EQ(href(body, "last"), "/api/v1/regios?page=1&pageSize=20");
  EXPECT_EQ(body.at("paginering").at("totalPages").as_int64(), 1);
}

TEST(Paginering, PageBeyondLastLinksPrevToLast) {
  const auto body = collection("regios", {}, "/api/v1/regios", {}, Paginering{9, 2}, 5);
  EXPECT_EQ(href(body, "self"), "/api/v1/regios?page=9&pageSize=2");
  EXPECT_EQ(href(body, "prev"), "/api/v1/regios?page=3&pageSize=2");
  EXPECT_FALSE(has_link(body, "next"));
}

TEST(Paginering, LinksKeepFiltersInOrder) {
  const auto body = collection("gemeenten", {}, "/api/v1/gemeenten",
                               {{"jaar", "2024"}, {"regio", "AM13"}}, Paginering{1, 10}, 25);
  EXPECT_EQ(href(body, "self"), "/api/v1/gemeenten?jaar=2024&regio=AM13&page=1&pageSize=10");
  EXPECT_EQ(href(body, "next"), "/api/v1/gemeenten?jaar=2024&regio=AM13&page=2&pageSize=10");
  EXPECT_EQ(href(body, "last"), "/api/v1/gemeenten?jaar=2024&regio=AM13&page=3&pageSize=10");
}

TEST(Paginering, FilterValuesAreEncoded) {
  const auto body = collection("gemeenten", {}, "/api/v1/gemeenten", {{"naam", "a&b"}},
                               Paginering{1, 10}, 1);
  EXPECT_EQ(href(body, "self"), "/api/v1/gemeenten?naam=a%26b&page=1&pageSize=10");
}

TEST(Paginering, BodyHasPagineringAndEmbeddedItems) {
  const auto body = collection("regios", {"AM01", "AM02"}, "/api/v1/regios", {}, Paginering{2, 2}, 5);
  const auto& meta = body.at("paginering").as_object();
  EXPECT_EQ(meta.at("page").as_int64(), 2);
  EXPECT_EQ(meta.at("pageSize").as_int64(), 2);
  EXPECT_EQ(meta.at("total").as_int64(), 5);
  EXPECT_EQ(meta.at("totalPages").as_int64(), 3);
  const auto& items = body.at("_embedded").at("regios").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].as_string(), "AM01");
  EXPECT_EQ(items[1].as_string(), "AM02");
}

}  // namespace
}  // namespace rmt::api
