#include "services/verantwoording.hpp"

#include <algorithm>

#include "db/verwerking_store.hpp"
#include "domain/tijd.hpp"
#include "security/audit_chain.hpp"
#include "security/pseudonym.hpp"
#include "security/random.hpp"

namespace rmt::services {

Auditregel Verantwoording::auditregel(db::Connection& conn, const Oorsprong& o, std::string_view actor,
                                      const AuditInvoer& invoer) const {
  Auditregel r;
  r.tijdstempel = to_rfc3339(std::chrono::system_clock::now());
  r.actor = std::string(actor.empty() ? "anoniem" : actor);
  r.actie = invoer.actie;
  r.object_type = invoer.object_type;
  r.object_id = invoer.object_id;
  r.resultaat = invoer.resultaat;
  r.oorsprong_adres = o.adres;
  r.oorsprong_user_agent = o.user_agent;
  r.trace_id = o.trace_id;
  r.regios = regio_lijst(invoer.regios.empty() ? db::regios_van_actor(conn, r.actor) : invoer.regios);
  return r;
}

void Verantwoording::audit(db::Connection& conn, const Oorsprong& o, std::string_view actor,
                           const AuditInvoer& invoer) const {
  Auditregel r = auditregel(conn, o, actor, invoer);
  db::append_auditregel(conn, r, chain_hash());
}

void Verantwoording::audit_apart(db::Connection& conn, const Oorsprong& o, std::string_view actor,
                                 const AuditInvoer& invoer) const {
  if (conn.in_transaction()) conn.rollback();
  db::Transaction tx(conn, db::TxMode::write);
  audit(conn, o, actor, invoer);
  tx.commit();
}

std::string Verantwoording::betrokkene(std::string_view soort, std::string_view id) const {
  return security::pseudonym(keys_.pseudoniem, "verwerking", std::string(soort) + ":" + std::string(id));
}

Verwerking Verantwoording::verwerkingsregel(const Context& ctx, std::string_view naam, std::string_view activiteit,
                                            std::string_view soort, std::string_view id,
                                            std::chrono::system_clock::time_point start) const {
  Verwerking v;
  v.trace_id = ctx.oorsprong.trace_id;
  v.span_id = ctx.oorsprong.span_id.empty() ? security::random_hex(8) : ctx.oorsprong.span_id;
  v.naam = std::string(naam);
  v.start_op = to_rfc3339(start);
  v.eind_op = to_rfc3339(std::chrono::system_clock::now());
  v.verwerkingsactiviteit_id = std::string(activiteit);
  v.betrokkene = betrokkene(soort, id);
  v.actor = ctx.actor;
  return v;
}

void Verantwoording::verwerking(db::Connection& conn, const Context& ctx, std::string_view naam,
                                std::string_view activiteit, std::string_view soort, std::string_view id,
                                std::chrono::system_clock::time_point start) const {
  db::append_verwerking(conn, verwerkingsregel(ctx, naam, activiteit, soort, id, start));
}

Leeslog Verantwoording::leeslog(db::Connection& conn, const Context& ctx, const AuditInvoer& invoer,
                                std::string_view activiteit, std::string_view soort, std::string_view id,
                                std::chrono::system_clock::time_point start) const {
  return {{auditregel(conn, ctx.oorsprong, ctx.actor, invoer)},
          {verwerkingsregel(ctx, invoer.actie, activiteit, soort, id, start)}};
}

void Verantwoording::autoriseer(db::Connection& conn, const Context& ctx, Actie actie, const Doel& doel,
                                std::string_view object_type, std::string_view object_id) const {
  const Besluit besluit = beslis(ctx.principal, actie, doel);
  if (besluit.toegestaan()) return;
  audit_apart(conn, ctx.oorsprong, ctx.actor,
              {"toegang_geweigerd:" + std::string(actie_naam(actie)), std::string(object_type), std::string(object_id),
               "geweigerd"});
  if (besluit.uitkomst == Uitkomst::verborgen) throw Error(ErrorCode::not_found, "De resource bestaat niet.");
  throw Error(ErrorCode::forbidden, besluit.reden);
}

void Verantwoording::autoriseer_in_veld(db::Connection& conn, const Context& ctx, Actie actie, const Doel& doel,
                                        const InvalidParam& onbekend, std::string_view object_type,
                                        std::string_view object_id) const {
  try {
    autoriseer(conn, ctx, actie, doel, object_type, object_id);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::not_found) throw;
    throw_invalid(onbekend);
  }
}

void Verantwoording::weiger(db::Connection& conn, const Context& ctx, Actie actie, std::string_view object_type,
                            std::string_view object_id, std::string detail) const {
  audit_apart(conn, ctx.oorsprong, ctx.actor,
              {"toegang_geweigerd:" + std::string(actie_naam(actie)), std::string(object_type), std::string(object_id),
               "geweigerd"});
  throw Error(ErrorCode::forbidden, std::move(detail));
}

db::ChainHash Verantwoording::chain_hash() const {
  return [key = keys_.audit](const Auditregel& r) { return security::audit_chain_hash(key, r); };
}

db::AuditPagina Verantwoording::auditregels(const Context& ctx, db::AuditFilter filter) {
  auto conn = pool_->acquire();
  autoriseer(*conn, ctx, Actie::auditregels_lezen, {}, "auditregel", "*");
  filter.regios = regios_voor(ctx.principal, Actie::auditregels_lezen);
  db::Transaction tx(*conn, db::TxMode::write);
  auto page = db::list_auditregels(*conn, filter);
  audit(*conn, ctx.oorsprong, ctx.actor, {"auditlog_gelezen", "auditregel", "*"});
  tx.commit();
  return page;
}

db::Pagina<Verwerking> Verantwoording::verwerkingen(const Context& ctx, std::string_view soort, std::string_view id,
                                                    const Paginering& p) {
  auto conn = pool_->acquire();
  autoriseer(*conn, ctx, Actie::verwerkingen_lezen, {}, "verwerking", "*");
  const std::string pseudoniem = betrokkene(soort, id);
  // Regions are hard tenants: a medewerker of another regio has, for this officer, no entries.
  const auto regios_betrokkene = db::regios_van_betrokkene(*conn, soort, std::string(id));
  const auto eigen = regios_voor(ctx.principal, Actie::verwerkingen_lezen);
  const bool zichtbaar = std::any_of(regios_betrokkene.begin(), regios_betrokkene.end(), [&](const std::string& r) {
    return std::find(eigen.begin(), eigen.end(), r) != eigen.end();
  });
  db::Transaction tx(*conn, db::TxMode::write);
  auto page = zichtbaar ? db::list_verwerkingen(*conn, pseudoniem, p) : db::Pagina<Verwerking>{};
  // The object is the pseudonym: the audit log never holds the identifier that was searched.
  audit(*conn, ctx.oorsprong, ctx.actor, {"verwerkingen_gezocht", "betrokkene", pseudoniem.substr(0, 16)});
  tx.commit();
  return page;
}

const std::vector<Verwerkingsactiviteit>& Verantwoording::verwerkingsactiviteiten() const {
  return db::verwerkingsactiviteiten();
}

}  // namespace rmt::services
