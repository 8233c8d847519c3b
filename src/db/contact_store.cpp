#include "db/contact_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {

void insert_contact(Connection& conn, const Contact& c) {
  conn.execute(
      "INSERT INTO contact (id, regio_code, kanaal, onderwerp, uitkomst, doorverwezen_naar, toelichting, klant_id,"
      " werkgever_id, aanmelding_id, medewerker_id, vastgelegd_op) VALUES ($id, $regio, $kanaal, $onderwerp, $uitkomst,"
      " $naar, $toelichting, $klant, $werkgever, $aanmelding, $medewerker, $datum)",
      {{"id", c.id}, {"regio", c.regio_code}, {"kanaal", c.kanaal}, {"onderwerp", c.onderwerp},
       {"uitkomst", c.uitkomst}, {"naar", to_value(c.doorverwezen_naar)}, {"toelichting", to_value(c.toelichting)},
       {"klant", to_value(c.klant_id)}, {"werkgever", to_value(c.werkgever_id)},
       {"aanmelding", to_value(c.aanmelding_id)}, {"medewerker", to_value(c.medewerker_id)}, {"datum", c.vastgelegd_op}});
}

Pagina<Contact> list_contacten(Connection& conn, const ContactFilter& f, const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  std::string where = fmt::format(" WHERE regio_code IN ({})", in_list("r", f.regio_codes, params));
  if (f.klant_id) {
    where += " AND klant_id = $klant";
    params.push_back({"klant", *f.klant_id});
  }
  if (f.werkgever_id) {
    where += " AND werkgever_id = $werkgever";
    params.push_back({"werkgever", *f.werkgever_id});
  }
  if (f.klant_regio_codes) {
    where += f.klant_regio_codes->empty()
                 ? std::string(" AND klant_id IS NULL")
                 : fmt::format(" AND (klant_id IS NULL OR regio_code IN ({}))", in_list("k", *f.klant_regio_codes, params));
  }
  Pagina<Contact> out;
  for (const Row row : conn.query(
           fmt::format("SELECT id, regio_code, kanaal, onderwerp, uitkomst, doorverwezen_naar, toelichting, klant_id,"
                       " werkgever_id, aanmelding_id, medewerker_id, vastgelegd_op FROM contact{}"
                       " ORDER BY vastgelegd_op DESC, id DESC LIMIT $limit OFFSET $offset",
                       where),
           params)) {
    Contact c;
    c.id = row.get<std::string>(0);
    c.regio_code = row.get<std::string>(1);
    c.kanaal = row.get<std::string>(2);
    c.onderwerp = row.get<std::string>(3);
    c.uitkomst = row.get<std::string>(4);
    c.doorverwezen_naar = row.get<std::optional<std::string>>(5);
    c.toelichting = row.get<std::optional<std::string>>(6);
    c.klant_id = row.get<std::optional<std::string>>(7);
    c.werkgever_id = row.get<std::optional<std::string>>(8);
    c.aanmelding_id = row.get<std::optional<std::string>>(9);
    c.medewerker_id = row.get<std::optional<std::string>>(10);
    c.vastgelegd_op = row.get<std::string>(11);
    out.items.push_back(std::move(c));
  }
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM contact{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

}  // namespace rmt::db
