// GET /api/v1/regios, /regios/{code}, /gemeenten against the binary, on both databases.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace rmt {
namespace {

using test::request;

class RegioHttpTest : public testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == db::Dialect::postgresql && !test::postgres_available_or_skip()) GTEST_SKIP();
    database_ = std::make_unique<test::TestDatabase>(GetParam());
    server_ = std::make_unique<test::ServerProcess>(std::vector<std::string>{"--database", database_->url()});
  }
  boost::json::object get_json(const std::string& target, int expected_status = 200) {
    const auto r = request(server_->port(), "GET", target);
    EXPECT_EQ(r.status, expected_status) << target << " " << r.body;
    return boost::json::parse(r.body).as_object();
  }
  std::unique_ptr<test::TestDatabase> database_;
  std::unique_ptr<test::ServerProcess> server_;
};

TEST_P(RegioHttpTest, ListsAllRegiosWithPaginationLinks) {
  auto body = get_json("/api/v1/regios?pageSize=10&page=2");
  const auto& p = body.at("paginering").as_object();
  EXPECT_EQ(p.at("total").as_int64(), 35);
  EXPECT_EQ(p.at("totalPages").as_int64(), 4);
  EXPECT_EQ(body.at("_embedded").at("regios").as_array().size(), 10u);
  const auto& links = body.at("_links").as_object();
  EXPECT_EQ(links.at("next").at("href").as_string(), "/api/v1/regios?page=3&pageSize=10");
  EXPECT_EQ(links.at("prev").at("href").as_string(), "/api/v1/regios?page=1&pageSize=10");
  EXPECT_EQ(links.at("last").at("href").as_string(), "/api/v1/regios?page=4&pageSize=10");
  const auto all = get_json("/api/v1/regios?pageSize=100");
  EXPECT_EQ(all.at("_embedded").at("regios").as_array().size(), 35u);
  EXPECT_FALSE(all.at("_links").as_object().contains("next"));
}

TEST_P(RegioHttpTest, BadPaginationListsEveryBadParameter) {
  const auto body = get_json("/api/v1/regios?page=0&pageSize=500", 400);
  const auto& params = body.at("invalidParams").as_array();
  ASSERT_EQ(params.size(), 2u);
  EXPECT_EQ(params[0].at("name").as_string(), "page");
  EXPECT_EQ(params[1].at("name").as_string(), "pageSize");
  EXPECT_EQ(params[1].at("code").as_string(), "maximum");
  get_json("/api/v1/regios?page=abc", 400);
}

TEST_P(RegioHttpTest, ReadsOneRegioWithItsGemeenten) {
  const auto body = get_json("/api/v1/regios/AM13");
  EXPECT_EQ(body.at("code").as_string(), "AM13");
  EXPECT_EQ(body.at("naam").as_string(), "Midden-Utrecht");
  EXPECT_EQ(body.at("gemeenten").as_array().size(), static_cast<std::size_t>(body.at("aantalGemeenten").as_int64()));
  EXPECT_EQ(body.at("_links").at("self").at("href").as_string(), "/api/v1/regios/AM13");
  get_json("/api/v1/regios/AM04", 404);  // the codes are not contiguous
  get_json("/api/v1/regios/XX", 404);
}

TEST_P(RegioHttpTest, ListsGemeentenOfARegio) {
  const auto body = get_json("/api/v1/gemeenten?regio=AM13&pageSize=5");
  EXPECT_EQ(body.at("paginering").at("total").as_int64(), 14);
  EXPECT_EQ(body.at("_links").at("next").at("href").as_string(), "/api/v1/gemeenten?regio=AM13&page=2&pageSize=5");
  for (const auto& g : body.at("_embedded").at("gemeenten").as_array()) {
    EXPECT_EQ(g.at("regioCode").as_string(), "AM13");
  }
  EXPECT_EQ(get_json("/api/v1/gemeenten").at("paginering").at("total").as_int64(), 342);
  const auto unknown = get_json("/api/v1/gemeenten?regio=AM99", 404);
  EXPECT_NE(std::string(unknown.at("detail").as_string()).find("AM99"), std::string::npos);
  const auto bad = get_json("/api/v1/gemeenten?regio=amsterdam", 400);
  EXPECT_EQ(bad.at("invalidParams").at(0).at("name").as_string(), "regio");
}

TEST_P(RegioHttpTest, ReadyNamesTheDatabase) {
  const auto body = get_json("/api/v1/ready");
  EXPECT_EQ(body.at("database").as_string(), GetParam() == db::Dialect::sqlite ? "sqlite" : "postgresql");
}

INSTANTIATE_TEST_SUITE_P(Db, RegioHttpTest, test::BothDatabases, test::dialect_param_name);

}  // namespace
}  // namespace rmt
