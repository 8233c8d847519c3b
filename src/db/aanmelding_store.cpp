#include "db/aanmelding_store.hpp"

#include <fmt/format.h>

#include "db/sql_list.hpp"

namespace rmt::db {
namespace {

constexpr const char* columns =
    "id, referentienummer, soort, naam, email, telefoon, bedrijfsnaam, kvk_nummer, gemeente_code, regio_code,"
    " categorie, vraag, kanaal, toestemming_contact, status, organisatie_id, medewerker_id, klant_id, werkgever_id,"
    " contact_id, versie, ontvangen_op";

Aanmelding read(const Row& row) {
  Aanmelding a;
  a.id = row.get<std::string>(0);
  a.referentienummer = row.get<std::string>(1);
  a.soort = row.get<std::string>(2);
  a.naam = row.get<std::string>(3);
  a.email = row.get<std::optional<std::string>>(4);
  a.telefoon = row.get<std::optional<std::string>>(5);
  a.bedrijfsnaam = row.get<std::optional<std::string>>(6);
  a.kvk_nummer = row.get<std::optional<std::string>>(7);
  a.gemeente_code = row.get<std::string>(8);
  a.regio_code = row.get<std::string>(9);
  a.categorie = row.get<std::string>(10);
  a.vraag = row.get<std::string>(11);
  a.kanaal = row.get<std::string>(12);
  a.toestemming_contact = row.get<std::int64_t>(13) != 0;
  a.status = row.get<std::string>(14);
  a.organisatie_id = row.get<std::optional<std::string>>(15);
  a.medewerker_id = row.get<std::optional<std::string>>(16);
  a.klant_id = row.get<std::optional<std::string>>(17);
  a.werkgever_id = row.get<std::optional<std::string>>(18);
  a.contact_id = row.get<std::optional<std::string>>(19);
  a.versie = row.get<std::int64_t>(20);
  a.ontvangen_op = row.get<std::string>(21);
  return a;
}

std::optional<Aanmelding> find_one(Connection& conn, const char* where, const std::string& value) {
  const Result r = conn.query(fmt::format("SELECT {} FROM aanmelding WHERE {} = $v", columns, where), {{"v", value}});
  if (r.empty()) return std::nullopt;
  return read(r[0]);
}

}  // namespace

void insert_aanmelding(Connection& conn, const Aanmelding& a, const std::optional<Idempotentie>& idem,
                       const std::string& nu) {
  conn.execute(
      "INSERT INTO aanmelding (id, referentienummer, soort, naam, email, telefoon, bedrijfsnaam, kvk_nummer,"
      " gemeente_code, regio_code, categorie, vraag, kanaal, toestemming_contact, status, organisatie_id,"
      " medewerker_id, klant_id, werkgever_id, contact_id, idempotentie_sleutel, idempotentie_vingerafdruk, versie,"
      " ontvangen_op, gewijzigd_op) VALUES ($id, $ref, $soort, $naam, $email, $telefoon, $bedrijf, $kvk, $gemeente,"
      " $regio, $categorie, $vraag, $kanaal, $toestemming, $status, $org, $mw, $klant, $wg, $contact, $sleutel,"
      " $vingerafdruk, 1, $ontvangen, $nu)",
      {{"id", a.id}, {"ref", a.referentienummer}, {"soort", a.soort}, {"naam", a.naam}, {"email", to_value(a.email)},
       {"telefoon", to_value(a.telefoon)}, {"bedrijf", to_value(a.bedrijfsnaam)}, {"kvk", to_value(a.kvk_nummer)},
       {"gemeente", a.gemeente_code}, {"regio", a.regio_code}, {"categorie", a.categorie}, {"vraag", a.vraag},
       {"kanaal", a.kanaal}, {"toestemming", std::int64_t{a.toestemming_contact ? 1 : 0}}, {"status", a.status},
       {"org", to_value(a.organisatie_id)}, {"mw", to_value(a.medewerker_id)}, {"klant", to_value(a.klant_id)},
       {"wg", to_value(a.werkgever_id)}, {"contact", to_value(a.contact_id)},
       {"sleutel", idem ? Value(idem->sleutel) : Value(nullptr)},
       {"vingerafdruk", idem ? Value(idem->vingerafdruk) : Value(nullptr)},
       {"ontvangen", a.ontvangen_op}, {"nu", nu}});
}

std::optional<Aanmelding> find_aanmelding(Connection& conn, const std::string& id) { return find_one(conn, "id", id); }

std::optional<Aanmelding> find_aanmelding_by_referentienummer(Connection& conn, const std::string& nummer) {
  return find_one(conn, "referentienummer", nummer);
}

std::optional<std::pair<Aanmelding, std::string>> find_aanmelding_by_idempotentie(Connection& conn,
                                                                                 const std::string& sleutel) {
  const Result r = conn.query(
      fmt::format("SELECT {}, idempotentie_vingerafdruk FROM aanmelding WHERE idempotentie_sleutel = $s", columns),
      {{"s", sleutel}});
  if (r.empty()) return std::nullopt;
  return std::pair{read(r[0]), r[0].get<std::string>(22)};
}

Pagina<Aanmelding> list_wachtrij(Connection& conn, const WachtrijFilter& f, const Paginering& p) {
  Params params{{"limit", p.page_size}, {"offset", p.offset()}};
  std::string where = fmt::format(" WHERE regio_code IN ({})", in_list("r", f.regio_codes, params));
  if (!f.statussen.empty()) where += fmt::format(" AND status IN ({})", in_list("s", f.statussen, params));
  if (f.categorie) {
    where += " AND categorie = $categorie";
    params.push_back({"categorie", *f.categorie});
  }
  if (f.ontvangen_voor) {
    where += " AND ontvangen_op <= $voor";
    params.push_back({"voor", *f.ontvangen_voor});
  }
  Pagina<Aanmelding> out;
  for (const Row row : conn.query(
           fmt::format("SELECT {} FROM aanmelding{} ORDER BY ontvangen_op, id LIMIT $limit OFFSET $offset", columns, where),
           params)) {
    out.items.push_back(read(row));
  }
  out.total = conn.query(fmt::format("SELECT COUNT(*) FROM aanmelding{}", where), params)[0].get<std::int64_t>(0);
  return out;
}

bool update_triage(Connection& conn, const Aanmelding& a, std::int64_t versie, const std::string& nu) {
  return conn.execute(
             "UPDATE aanmelding SET status = $status, organisatie_id = $org, medewerker_id = $mw, klant_id = $klant,"
             " werkgever_id = $wg, contact_id = $contact, versie = versie + 1, gewijzigd_op = $nu"
             " WHERE id = $id AND versie = $versie",
             {{"status", a.status}, {"org", to_value(a.organisatie_id)}, {"mw", to_value(a.medewerker_id)},
              {"klant", to_value(a.klant_id)}, {"wg", to_value(a.werkgever_id)}, {"contact", to_value(a.contact_id)},
              {"nu", nu}, {"id", a.id}, {"versie", versie}}) == 1;
}

}  // namespace rmt::db
