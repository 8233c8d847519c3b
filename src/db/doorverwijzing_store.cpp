#include "db/doorverwijzing_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* toestemming_columns =
    "id, traject_id, organisatie_id, scope, geldig_tot, vastgelegd_via, toelichting, gegeven_op, ingetrokken_op,"
    " vastgelegd_door";

Toestemming read_toestemming(const Row& row) {
  Toestemming t;
  t.id = row.get<std::string>(0);
  t.traject_id = row.get<std::string>(1);
  t.organisatie_id = row.get<std::string>(2);
  const auto scope = row.get<std::string>(3);
  for (std::size_t begin = 0; begin < scope.size();) {
    const auto eind = std::min(scope.find(',', begin), scope.size());
    t.scope.push_back(scope.substr(begin, eind - begin));
    begin = eind + 1;
  }
  t.geldig_tot = row.get<std::string>(4);
  t.vastgelegd_via = row.get<std::string>(5);
  t.toelichting = row.get<std::optional<std::string>>(6);
  t.gegeven_op = row.get<std::string>(7);
  t.ingetrokken_op = row.get<std::optional<std::string>>(8);
  t.vastgelegd_door = row.get<std::string>(9);
  return t;
}

constexpr const char* columns =
    "id, traject_id, regio_code, van_organisatie_id, naar_organisatie_id, toestemming_id, vraag, status, reden,"
    " verstuurd_door, verstuurd_op, beantwoord_op, versie";

Doorverwijzing read(const Row& row) {
  return {row.get<std::string>(0),  row.get<std::string>(1),  row.get<std::string>(2),
          row.get<std::string>(3),  row.get<std::string>(4),  row.get<std::string>(5),
          row.get<std::string>(6),  row.get<std::string>(7),  row.get<std::optional<std::string>>(8),
          row.get<std::string>(9),  row.get<std::string>(10), row.get<std::optional<std::string>>(11),
          row.get<std::int64_t>(12)};
}

std::vector<Doorverwijzing> lees(Connection& conn, const std::string& sql, const Params& params) {
  std::vector<Doorverwijzing> out;
  for (const Row row : conn.query(sql, params)) out.push_back(read(row));
  return out;
}

}  // namespace

void insert_toestemming(Connection& conn, const Toestemming& t) {
  std::string scope;
  for (const auto& s : t.scope) scope += (scope.empty() ? "" : ",") + s;
  conn.execute(fmt::format("INSERT INTO toestemming ({}) VALUES ($id, $traject, $organisatie, $scope, $tot, $via,"
                           " $toelichting, $op, NULL, $door)",
                           toestemming_columns),
               {{"id", t.id},
                {"traject", t.traject_id},
                {"organisatie", t.organisatie_id},
                {"scope", scope},
                {"tot", t.geldig_tot},
                {"via", t.vastgelegd_via},
                {"toelichting", to_value(t.toelichting)},
                {"op", t.gegeven_op},
                {"door", t.vastgelegd_door}});
}

std::optional<Toestemming> find_toestemming(Connection& conn, const std::string& id) {
  const Result r =
      conn.query(fmt::format("SELECT {} FROM toestemming WHERE id = $id", toestemming_columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read_toestemming(r[0]);
}

std::vector<Toestemming> list_toestemmingen(Connection& conn, const std::string& traject_id) {
  std::vector<Toestemming> out;
  for (const Row row : conn.query(fmt::format("SELECT {} FROM toestemming WHERE traject_id = $id ORDER BY gegeven_op, id",
                                              toestemming_columns),
                                  {{"id", traject_id}})) {
    out.push_back(read_toestemming(row));
  }
  return out;
}

bool trek_toestemming_in(Connection& conn, const std::string& id, const std::string& nu) {
  return conn.execute("UPDATE toestemming SET ingetrokken_op = $nu WHERE id = $id AND ingetrokken_op IS NULL",
                      {{"id", id}, {"nu", nu}}) == 1;
}

void insert_doorverwijzing(Connection& conn, const Doorverwijzing& d) {
  conn.execute(fmt::format("INSERT INTO doorverwijzing ({}) VALUES ($id, $traject, $regio, $van, $naar, $toestemming,"
                           " $vraag, $status, $reden, $door, $op, $beantwoord, $versie)",
                           columns),
               {{"id", d.id},
                {"traject", d.traject_id},
                {"regio", d.regio_code},
                {"van", d.van_organisatie_id},
                {"naar", d.naar_organisatie_id},
                {"toestemming", d.toestemming_id},
                {"vraag", d.vraag},
                {"status", d.status},
                {"reden", to_value(d.reden)},
                {"door", d.verstuurd_door},
                {"op", d.verstuurd_op},
                {"beantwoord", to_value(d.beantwoord_op)},
                {"versie", d.versie}});
}

std::optional<Doorverwijzing> find_doorverwijzing(Connection& conn, const std::string& id) {
  auto r = lees(conn, fmt::format("SELECT {} FROM doorverwijzing WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return std::move(r.front());
}

bool update_doorverwijzing(Connection& conn, const Doorverwijzing& d) {
  return conn.execute("UPDATE doorverwijzing SET status = $status, reden = $reden, beantwoord_op = $beantwoord,"
                      " versie = versie + 1 WHERE id = $id AND versie = $versie",
                      {{"id", d.id},
                       {"status", d.status},
                       {"reden", to_value(d.reden)},
                       {"beantwoord", to_value(d.beantwoord_op)},
                       {"versie", d.versie}}) == 1;
}

std::vector<Doorverwijzing> list_doorverwijzingen(Connection& conn, const std::string& traject_id) {
  return lees(conn, fmt::format("SELECT {} FROM doorverwijzing WHERE traject_id = $id ORDER BY verstuurd_op, id", columns),
              {{"id", traject_id}});
}

std::vector<Doorverwijzing> open_doorverwijzingen(Connection& conn, const std::string& toestemming_id) {
  return lees(conn,
              fmt::format("SELECT {} FROM doorverwijzing WHERE toestemming_id = $id"
                          " AND status IN ('verstuurd', 'geaccepteerd') ORDER BY id",
                          columns),
              {{"id", toestemming_id}});
}

Pagina<Doorverwijzing> list_postbus(Connection& conn, const PostbusFilter& f, const Paginering& p) {
  Params params{{"organisatie", f.organisatie_id}, {"limit", p.page_size}, {"offset", p.offset()}};
  std::string where = fmt::format(" WHERE {} = $organisatie AND regio_code IN ({})",
                                  f.inbox ? "naar_organisatie_id" : "van_organisatie_id",
                                  in_list("r", f.regio_codes, params));
  if (f.status) {
    where += " AND status = $status";
    params.push_back({"status", *f.status});
  }
  Pagina<Doorverwijzing> out;
  out.items = lees(conn,
                   fmt::format("SELECT {} FROM doorverwijzing{} ORDER BY verstuurd_op DESC, id DESC"
                               " LIMIT $limit OFFSET $offset",
                               columns, where),
                   params);
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM doorverwijzing{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

}  // namespace rmt::db
