#include "db/regio_store.hpp"

namespace rmt::db {
namespace {

constexpr std::string_view current_year = "(SELECT MAX(jaar) FROM regio)";

Regio read_regio(const Row& row) {
  return {row.get<std::string>("code"), row.get<std::string>("naam"),
          row.get<std::int64_t>("jaar"), row.get<std::int64_t>("aantal_gemeenten")};
}

Gemeente read_gemeente(const Row& row) {
  return {row.get<std::string>("code"), row.get<std::string>("naam"),
          row.get<std::string>("regio_code"), row.get<std::int64_t>("jaar")};
}

std::string regio_select() {
  return std::string(
             "SELECT r.code, r.naam, r.jaar,"
             " (SELECT COUNT(*) FROM gemeente g WHERE g.regio_code = r.code AND g.jaar = r.jaar)"
             " AS aantal_gemeenten FROM regio r WHERE r.jaar = ") +
         std::string(current_year);
}

}  // namespace

Pagina<Regio> list_regios(Connection& conn, const Paginering& p) {
  Pagina<Regio> out;
  static const std::string sql = regio_select() + " ORDER BY r.code LIMIT $limit OFFSET $offset";
  for (const Row row : conn.query(sql, {{"limit", p.page_size}, {"offset", p.offset()}})) {
    out.items.push_back(read_regio(row));
  }
  static const std::string count =
      "SELECT COUNT(*) FROM regio WHERE jaar = " + std::string(current_year);
  out.total = conn.query(count)[0].get<std::int64_t>(0);
  return out;
}

std::optional<RegioMetGemeenten> find_regio(Connection& conn, const std::string& code) {
  // One round trip: the regio joined with its gemeenten (none for a regio without any).
  static const std::string sql =
      "SELECT r.code, r.naam, r.jaar, g.code AS gemeente_code, g.naam AS gemeente_naam"
      " FROM regio r LEFT JOIN gemeente g ON g.regio_code = r.code AND g.jaar = r.jaar"
      " WHERE r.code = $code AND r.jaar = " + std::string(current_year) +
      " ORDER BY g.naam, g.code";
  const Result r = conn.query(sql, {{"code", code}});
  if (r.empty()) return std::nullopt;
  RegioMetGemeenten out;
  out.regio = {r[0].get<std::string>("code"), r[0].get<std::string>("naam"), r[0].get<std::int64_t>("jaar"), 0};
  for (const Row row : r) {
    auto gemeente_code = row.get<std::optional<std::string>>("gemeente_code");
    if (!gemeente_code) continue;
    out.gemeenten.push_back({std::move(*gemeente_code), row.get<std::string>("gemeente_naam"),
                             out.regio.code, out.regio.jaar});
  }
  out.regio.aantal_gemeenten = static_cast<std::int64_t>(out.gemeenten.size());
  return out;
}

Pagina<Gemeente> list_gemeenten(Connection& conn, const std::string& regio_code,
                                const Paginering& p) {
  Pagina<Gemeente> out;
  static const std::string filter = " WHERE jaar = " + std::string(current_year) +
                                    " AND ($regio = '' OR regio_code = $regio)";
  static const std::string sql = "SELECT code, naam, regio_code, jaar FROM gemeente" + filter +
                                 " ORDER BY code LIMIT $limit OFFSET $offset";
  static const std::string count = "SELECT COUNT(*) FROM gemeente" + filter;
  for (const Row row : conn.query(
           sql, {{"regio", regio_code}, {"limit", p.page_size}, {"offset", p.offset()}})) {
    out.items.push_back(read_gemeente(row));
  }
  out.total = conn.query(count, {{"regio", regio_code}})[0].get<std::int64_t>(0);
  return out;
}

std::optional<Regio> regio_van_gemeente(Connection& conn, const std::string& gemeente_code) {
  const Result r = conn.query(
      "SELECT r.code, r.naam, r.jaar FROM gemeente g JOIN regio r ON r.code = g.regio_code AND r.jaar = g.jaar"
      " WHERE g.code = $code ORDER BY g.jaar DESC LIMIT 1",
      {{"code", gemeente_code}});
  if (r.empty()) return std::nullopt;
  return Regio{r[0].get<std::string>(0), r[0].get<std::string>(1), r[0].get<std::int64_t>(2), 0};
}

}  // namespace rmt::db
