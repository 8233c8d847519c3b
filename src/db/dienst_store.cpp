#include "db/dienst_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, regio_code, naam, type, omschrijving, aanbieder_id, standaardkosten_cent, status, max_per_klant, versie";

Dienst read(const Row& row) {
  Dienst d;
  d.id = row.get<std::string>(0);
  d.regio_code = row.get<std::string>(1);
  d.naam = row.get<std::string>(2);
  d.type = row.get<std::string>(3);
  d.omschrijving = row.get<std::optional<std::string>>(4);
  d.aanbieder_id = row.get<std::string>(5);
  d.standaardkosten_cent = row.get<std::int64_t>(6);
  d.status = row.get<std::string>(7);
  d.max_per_klant = row.get<std::optional<std::int64_t>>(8);
  d.versie = row.get<std::int64_t>(9);
  return d;
}

Params velden(const Dienst& d, const std::string& nu) {
  return {{"id", d.id},
          {"regio", d.regio_code},
          {"naam", d.naam},
          {"type", d.type},
          {"omschrijving", to_value(d.omschrijving)},
          {"aanbieder", d.aanbieder_id},
          {"kosten", d.standaardkosten_cent},
          {"status", d.status},
          {"max", to_value(d.max_per_klant)},
          {"versie", d.versie},
          {"nu", nu}};
}

}  // namespace

void insert_dienst(Connection& conn, const Dienst& d, const std::string& nu) {
  conn.execute(
      "INSERT INTO dienst (id, regio_code, naam, type, omschrijving, aanbieder_id, standaardkosten_cent, status,"
      " max_per_klant, versie, aangemaakt_op, gewijzigd_op) VALUES ($id, $regio, $naam, $type, $omschrijving,"
      " $aanbieder, $kosten, $status, $max, $versie, $nu, $nu)",
      velden(d, nu));
}

std::optional<Dienst> find_dienst(Connection& conn, const std::string& id) {
  const Result r = conn.query(fmt::format("SELECT {} FROM dienst WHERE id = $id", columns), {{"id", id}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

bool update_dienst(Connection& conn, const Dienst& d, const std::string& nu) {
  return conn.execute(
             "UPDATE dienst SET naam = $naam, type = $type, omschrijving = $omschrijving, aanbieder_id = $aanbieder,"
             " standaardkosten_cent = $kosten, status = $status, max_per_klant = $max, versie = versie + 1,"
             " gewijzigd_op = $nu WHERE id = $id AND versie = $versie AND regio_code = $regio",
             velden(d, nu)) == 1;
}

Pagina<Dienst> list_diensten(Connection& conn, const DienstFilter& f, const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  std::string where = fmt::format(" WHERE regio_code IN ({})", in_list("r", f.regio_codes, params));
  if (f.status) {
    where += " AND status = $status";
    params.push_back({"status", *f.status});
  }
  if (f.type) {
    where += " AND type = $type";
    params.push_back({"type", *f.type});
  }
  Pagina<Dienst> out;
  for (const Row row : conn.query(
           fmt::format("SELECT {} FROM dienst{} ORDER BY naam, id LIMIT $limit OFFSET $offset", columns, where), params)) {
    out.items.push_back(read(row));
  }
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM dienst{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

}  // namespace rmt::db
