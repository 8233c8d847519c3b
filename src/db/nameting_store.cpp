#include "db/nameting_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, traject_id, regio_code, verantwoordelijke_id, maanden, gepland_op, status, situatie, contractvorm,"
    " uren_per_week, toelichting, vastgelegd_op, versie";

Nameting read(const Row& row) {
  Nameting n;
  n.id = row.get<std::string>(0);
  n.traject_id = row.get<std::string>(1);
  n.regio_code = row.get<std::string>(2);
  n.verantwoordelijke_id = row.get<std::string>(3);
  n.maanden = row.get<std::int64_t>(4);
  n.gepland_op = row.get<std::string>(5);
  n.status = row.get<std::string>(6);
  if (const auto situatie = row.get<std::optional<std::string>>(7)) {
    n.meting = NametingInvoer{*situatie, row.get<std::optional<std::string>>(8),
                              row.get<std::optional<std::int64_t>>(9), row.get<std::optional<std::string>>(10)};
  }
  n.vastgelegd_op = row.get<std::optional<std::string>>(11);
  n.versie = row.get<std::int64_t>(12);
  return n;
}

std::vector<Nameting> lees(Connection& conn, const std::string& sql, const Params& params) {
  std::vector<Nameting> out;
  for (const Row row : conn.query(sql, params)) out.push_back(read(row));
  return out;
}

}  // namespace

void insert_nameting(Connection& conn, const Nameting& n) {
  conn.execute(fmt::format("INSERT INTO nameting ({}) VALUES ($id, $traject, $regio, $wie, $maanden, $op, $status,"
                           " NULL, NULL, NULL, NULL, NULL, $versie)",
                           columns),
               {{"id", n.id},
                {"traject", n.traject_id},
                {"regio", n.regio_code},
                {"wie", n.verantwoordelijke_id},
                {"maanden", n.maanden},
                {"op", n.gepland_op},
                {"status", n.status},
                {"versie", n.versie}});
}

std::optional<Nameting> find_nameting(Connection& conn, const std::string& id) {
  auto r = lees(conn, fmt::format("SELECT {} FROM nameting WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return std::move(r.front());
}

bool leg_nameting_vast(Connection& conn, const Nameting& n) {
  const auto& m = *n.meting;
  return conn.execute("UPDATE nameting SET status = 'vastgelegd', situatie = $situatie, contractvorm = $contractvorm,"
                      " uren_per_week = $uren, toelichting = $toelichting, vastgelegd_op = $op, versie = versie + 1"
                      " WHERE id = $id AND versie = $versie AND status = 'open'",
                      {{"id", n.id},
                       {"situatie", m.situatie},
                       {"contractvorm", to_value(m.contractvorm)},
                       {"uren", to_value(m.uren_per_week)},
                       {"toelichting", to_value(m.toelichting)},
                       {"op", to_value(n.vastgelegd_op)},
                       {"versie", n.versie}}) == 1;
}

std::vector<Nameting> list_nametingen(Connection& conn, const std::string& traject_id) {
  return lees(conn, fmt::format("SELECT {} FROM nameting WHERE traject_id = $id ORDER BY gepland_op, id", columns),
              {{"id", traject_id}});
}

std::int64_t schrap_open_nametingen(Connection& conn, const std::string& traject_id) {
  return conn.execute("DELETE FROM nameting WHERE traject_id = $id AND status = 'open'", {{"id", traject_id}});
}

void wijs_open_nametingen_toe(Connection& conn, const std::string& traject_id, const std::string& medewerker_id) {
  conn.execute("UPDATE nameting SET verantwoordelijke_id = $wie WHERE traject_id = $id AND status = 'open'",
               {{"id", traject_id}, {"wie", medewerker_id}});
}

Pagina<Nameting> list_te_doen(Connection& conn, const NametingFilter& f, const Paginering& p) {
  Params params{{"tot", f.tot}, {"limit", p.page_size}, {"offset", p.offset()}};
  std::string where = fmt::format(" WHERE status = 'open' AND gepland_op <= $tot AND regio_code IN ({})",
                                  in_list("r", f.regio_codes, params));
  if (f.verantwoordelijke_id) {
    where += " AND verantwoordelijke_id = $wie";
    params.push_back({"wie", *f.verantwoordelijke_id});
  }
  Pagina<Nameting> out;
  out.items = lees(conn,
                   fmt::format("SELECT {} FROM nameting{} ORDER BY gepland_op, id LIMIT $limit OFFSET $offset",
                               columns, where),
                   params);
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM nameting{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

std::vector<NametingenTeDoen> tel_te_doen(Connection& conn, const NametingFilter& f) {
  Params params{{"tot", f.tot}};
  const std::string sql = fmt::format(
      "SELECT n.verantwoordelijke_id, m.naam, m.email, COUNT(*), MIN(n.gepland_op) FROM nameting n"
      " JOIN medewerker m ON m.id = n.verantwoordelijke_id"
      " WHERE n.regio_code IN ({}) AND n.status = 'open' AND n.gepland_op <= $tot"
      " GROUP BY n.verantwoordelijke_id, m.naam, m.email ORDER BY COUNT(*) DESC, m.naam, n.verantwoordelijke_id",
      in_list("r", f.regio_codes, params));
  std::vector<NametingenTeDoen> out;
  for (const Row row : conn.query(sql, params)) {
    out.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2), row.get<std::int64_t>(3),
                   row.get<std::string>(4)});
  }
  return out;
}

}  // namespace rmt::db
