#include "api/toegang_json.hpp"

namespace rmt::api {

boost::json::object medewerker_json(const Medewerker& m) {
  boost::json::array rollen;
  for (const auto& t : m.rollen) rollen.push_back({{"rol", rol_naam(t.rol)}, {"regioCode", t.regio_code}});
  return {{"id", m.id},
          {"naam", m.naam},
          {"email", m.email},
          {"organisatieId", m.organisatie_id},
          {"status", m.status},
          {"rollen", std::move(rollen)},
          {"totpIngesteld", m.totp_ingesteld},
          {"versie", m.versie},
          {"_links", {{"self", {{"href", "/api/v1/medewerkers/" + m.id}}}}}};
}

boost::json::object organisatie_json(const Organisatie& o) {
  boost::json::array regios;
  for (const auto& c : o.regio_codes) regios.push_back(boost::json::string(c));
  boost::json::object out{{"id", o.id},
                          {"naam", o.naam},
                          {"type", o.type},
                          {"regioCodes", std::move(regios)},
                          {"actief", o.actief},
                          {"versie", o.versie},
                          {"_links", {{"self", {{"href", "/api/v1/organisaties/" + o.id}}}}}};
  out["kvkNummer"] = o.kvk_nummer ? boost::json::value(*o.kvk_nummer) : boost::json::value(nullptr);
  return out;
}

boost::json::object api_token_json(const db::ApiToken& t) {
  boost::json::array rollen;
  for (Rol r : t.rollen) rollen.push_back(boost::json::string(rol_naam(r)));
  return {{"id", t.id},
          {"naam", t.naam},
          {"regioCode", t.regio_code},
          {"rollen", std::move(rollen)},
          {"verlooptOp", t.verloopt_op},
          {"aangemaaktOp", t.aangemaakt_op},
          {"ingetrokken", t.ingetrokken_op.has_value()}};
}

boost::json::object sessie_json(const Sessie& s, const Medewerker& m) {
  boost::json::object out{{"stap", stap_naam(s.stap)},
                          {"csrfToken", s.csrf_token},
                          {"verlooptOp", s.verloopt_op},
                          {"absoluutVerlooptOp", s.absoluut_verloopt_op}};
  // Who the account is and what it may do is shown only after the second factor.
  if (s.stap == SessieStap::voltooid) out["medewerker"] = medewerker_json(m);
  return out;
}

}  // namespace rmt::api
