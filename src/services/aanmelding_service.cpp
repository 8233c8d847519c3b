#include "services/aanmelding_service.hpp"

#include <algorithm>

#include "db/codelijst_store.hpp"
#include "db/contact_store.hpp"
#include "db/klant_store.hpp"
#include "db/medewerker_store.hpp"
#include "db/organisatie_store.hpp"
#include "db/regio_store.hpp"
#include "db/sessie_store.hpp"
#include "db/werkgever_store.hpp"
#include "db/wijziging.hpp"
#include "domain/tijd.hpp"
#include "security/pseudonym.hpp"
#include "security/random.hpp"
#include "security/token.hpp"
#include "services/casus_regio.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;
constexpr std::string_view activiteit = "va-centrale-toegang";
constexpr std::string_view publiek = "publiek";

std::uint64_t bits_uit_hex(std::string_view hex) { return std::stoull(std::string(hex.substr(0, 10)), nullptr, 16); }

Error niet_gevonden() {
  return Error(ErrorCode::not_found, "Deze combinatie van referentienummer en code kennen wij niet. Controleer beide.");
}

Error te_vaak(long long wacht, std::string_view wat) {
  return Error(ErrorCode::too_many_requests, "Te veel " + std::string(wat) + " vanaf dit adres. Probeer het over " +
                                                 std::to_string((wacht + 59) / 60) + " minuten opnieuw.")
      .with_retry_after(wacht);
}

// One more event for a throttle key, in the caller's write transaction; returns the seconds the
// key was already locked (then nothing is counted).
long long tel(db::Connection& conn, const std::string& sleutel, const Drempel& drempel) {
  const auto nu = Clock::now();
  const auto vorige = db::lock_inlogpoging(conn, sleutel, to_rfc3339(nu));
  if (const long long wacht = seconden_geblokkeerd(vorige, nu); wacht > 0) return wacht;
  db::save_inlogpoging(conn, sleutel, na_mislukking(vorige, nu, drempel));
  return 0;
}

long long wachttijd(db::Connection& conn, const std::string& sleutel) {
  return seconden_geblokkeerd(db::find_inlogpoging(conn, sleutel), Clock::now());
}

Context publieke_context(const Oorsprong& o) { return {{}, std::string(publiek), o}; }

void vereis_id(const std::optional<std::string>& id, std::string_view veld, Validation& v) {
  if (id && id->size() > 64) v.add(std::string(veld), "maxLength", "Dit is geen geldige id.");
}

}  // namespace

std::string AanmeldingService::code_van(const std::string& aanmelding_id) const {
  return geheime_code_uit(bits_uit_hex(security::pseudonym(verantwoording_->keys().index, "aanmelding-code", aanmelding_id)));
}

AanmeldingBevestiging AanmeldingService::indienen(const Oorsprong& o, const Context* medewerker, AanmeldingInvoer invoer,
                                                  const std::string& honeypot,
                                                  const std::optional<std::string>& idempotency_key,
                                                  std::string_view body) {
  const auto start = Clock::now();
  Validation v;
  // A person never sees the honeypot field; only robots fill it in.
  if (!honeypot.empty()) v.add("website", "honeypot", "Laat dit veld leeg.");
  if (idempotency_key && (idempotency_key->empty() || idempotency_key->size() > 255)) {
    v.add("Idempotency-Key", "length", "Een Idempotency-Key heeft 1 tot 255 tekens.");
  }
  valideer(invoer, db::codelijsten(), v);
  if (!medewerker && invoer.kanaal != "web") {
    v.add("kanaal", "medewerker", "Aanmeldingen via telefoon, balie of partner legt een ingelogde medewerker vast.");
  }
  const std::optional<db::Idempotentie> idem =
      idempotency_key ? std::optional(db::Idempotentie{security::token_hash(*idempotency_key), security::token_hash(body)})
                      : std::nullopt;
  auto conn = pool_->acquire();
  auto herhaling = [&]() -> std::optional<AanmeldingBevestiging> {
    if (!idem) return std::nullopt;
    const auto eerder = db::find_aanmelding_by_idempotentie(*conn, idem->sleutel);
    if (!eerder) return std::nullopt;
    if (eerder->second != idem->vingerafdruk) {
      throw Error(ErrorCode::unprocessable, "Deze Idempotency-Key is al gebruikt voor een andere aanmelding.");
    }
    const Aanmelding& a = eerder->first;
    const auto regio = db::regio_van_gemeente(*conn, a.gemeente_code);
    return AanmeldingBevestiging{a.referentienummer, code_van(a.id), a.regio_code, regio ? regio->naam : "", true};
  };

  // Staff register for the regio they work in; the public only through the web, within the limit.
  std::optional<Regio> regio;
  if (medewerker) {
    regio = casus_regio(*conn, *verantwoording_, *medewerker, invoer.gemeente_code, "gemeenteCode", "aanmelding", v);
  } else {
    regio = db::regio_van_gemeente(*conn, invoer.gemeente_code);
    if (!regio && is_gemeente_code(invoer.gemeente_code)) v.add("gemeenteCode", "unknown", "Deze gemeente bestaat niet.");
    v.throw_if_invalid();
  }
  if (auto h = herhaling()) return *h;

  Aanmelding a;
  static_cast<AanmeldingInvoer&>(a) = std::move(invoer);
  a.id = security::uuid_v7();
  a.referentienummer = referentienummer_uit(security::random_uint64());
  a.regio_code = regio->code;
  a.ontvangen_op = to_rfc3339(Clock::now());
  const Context ctx = medewerker ? *medewerker : publieke_context(o);
  try {
    db::Transaction tx(*conn, db::TxMode::write);
    if (!medewerker) {
      const long long wacht = tel(*conn, "aanmelden:" + adres_blok(o.adres), limieten_.indienen);
      if (wacht > 0) throw te_vaak(wacht, "aanmeldingen");
    }
    db::insert_aanmelding(*conn, a, idem, a.ontvangen_op);
    verantwoording_->audit(*conn, o, ctx.actor, {"aanmelding_ontvangen", "aanmelding", a.id, "gelukt", {a.regio_code}});
    verantwoording_->verwerking(*conn, ctx, "aanmelding_ontvangen", activiteit, "aanmelding", a.id, start);
    db::append_wijziging(*conn, {0, a.ontvangen_op, "aanmelding", a.id, "aangemaakt", a.regio_code, o.trace_id});
    tx.commit();
  } catch (const Error& e) {
    // Two submits with one key at the same moment: the unique index let one through.
    if (e.code() != ErrorCode::conflict) throw;
    if (auto h = herhaling()) return *h;
    throw;
  }
  return {a.referentienummer, code_van(a.id), a.regio_code, regio->naam, false};
}

StatusAntwoord AanmeldingService::status(const Oorsprong& o, const std::string& referentienummer, const std::string& code) {
  // "rmt-ab1o-..." as typed: the same normalisation as the code after the prefix.
  std::string nummer = normaliseer_code(referentienummer);
  if (nummer.size() == 11 && nummer.starts_with("RMT")) nummer = "RMT-" + nummer.substr(3, 4) + "-" + nummer.substr(7);
  const std::string sleutel = "aanmeldstatus:" + adres_blok(o.adres);
  auto conn = pool_->acquire();
  if (const long long wacht = wachttijd(*conn, sleutel); wacht > 0) throw te_vaak(wacht, "mislukte pogingen");
  const auto a = is_referentienummer(nummer) ? db::find_aanmelding_by_referentienummer(*conn, nummer) : std::nullopt;
  if (!a || !security::equal_constant_time(code_van(a->id), normaliseer_code(code))) {
    // Counted atomically; guesses already in flight when the lock starts are bounded by the
    // number of parallel connections, against a 40-bit code.
    db::Transaction tx(*conn, db::TxMode::write);
    tel(*conn, sleutel, limieten_.status);
    tx.commit();
    throw niet_gevonden();
  }
  return {publieke_status(a->status), a->referentienummer, a->ontvangen_op.substr(0, 10)};
}

db::Pagina<Aanmelding> AanmeldingService::wachtrij(const Context& ctx, const Wachtrijvraag& vraag, const Paginering& p,
                                                  Validation& v) {
  const auto& lijsten = db::codelijsten();
  if (vraag.status && !(is_open(*vraag.status) || *vraag.status == aanmelding_status::klant ||
                        *vraag.status == aanmelding_status::afgesloten)) {
    v.add("status", "enum", "Kies nieuw, toegewezen, klant of afgesloten.");
  }
  if (vraag.categorie) lijsten.controleer("categorie", "categorie", *vraag.categorie, v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  verantwoording_->autoriseer(*conn, ctx, Actie::aanmeldingen_behandelen, {}, "aanmelding", "*");
  db::WachtrijFilter f;
  f.regio_codes = regios_voor(ctx.principal, Actie::aanmeldingen_behandelen);
  if (vraag.status) {
    f.statussen = {*vraag.status};
  } else {
    f.statussen = {std::string(aanmelding_status::nieuw), std::string(aanmelding_status::toegewezen)};
  }
  f.categorie = vraag.categorie;
  if (vraag.min_wachtdagen) f.ontvangen_voor = to_rfc3339(Clock::now() - std::chrono::days(*vraag.min_wachtdagen));
  return db::list_wachtrij(*conn, f, p);
}

Aanmelding AanmeldingService::get(const Context& ctx, const std::string& id) {
  const auto start = Clock::now();
  std::optional<Aanmelding> a;
  Leeslog log;
  {
    auto conn = pool_->acquire();
    a = db::find_aanmelding(*conn, id);
    verantwoording_->autoriseer(*conn, ctx, Actie::aanmeldingen_behandelen, {{a ? a->regio_code : std::string("-")}},
                                "aanmelding", id);
    log = verantwoording_->leeslog(*conn, ctx, {"aanmelding_gelezen", "aanmelding", id}, activiteit, "aanmelding", id,
                                   start);
  }
  verantwoording_->leg_vast(std::move(log));
  return std::move(*a);
}

Aanmelding AanmeldingService::open_voor_triage(db::Connection& conn, const Context& ctx, const std::string& id,
                                               std::int64_t versie) {
  auto a = db::find_aanmelding(conn, id);
  verantwoording_->autoriseer(conn, ctx, Actie::aanmeldingen_behandelen, {{a ? a->regio_code : std::string("-")}},
                              "aanmelding", id);
  if (a->versie != versie) {
    throw Error(ErrorCode::precondition_failed,
                "Iemand anders heeft deze aanmelding intussen gewijzigd (versie " + std::to_string(a->versie) +
                    "). Laad haar opnieuw.");
  }
  if (!is_open(a->status)) {
    throw Error(ErrorCode::conflict, "Deze aanmelding is al afgehandeld (status " + a->status + ").");
  }
  return *a;
}

void AanmeldingService::opslaan(db::Connection& conn, const Context& ctx, const Aanmelding& a, std::int64_t versie,
                                std::string_view actie, std::chrono::system_clock::time_point start) {
  const std::string nu = to_rfc3339(Clock::now());
  if (!db::update_triage(conn, a, versie, nu)) {
    throw Error(ErrorCode::precondition_failed, "Iemand anders heeft deze aanmelding intussen gewijzigd. Laad haar opnieuw.");
  }
  verantwoording_->audit(conn, ctx.oorsprong, ctx.actor, {std::string(actie), "aanmelding", a.id, "gelukt", {a.regio_code}});
  verantwoording_->verwerking(conn, ctx, actie, activiteit, "aanmelding", a.id, start);
  db::append_wijziging(conn, {0, nu, "aanmelding", a.id, "gewijzigd", a.regio_code, ctx.oorsprong.trace_id});
}

Aanmelding AanmeldingService::toewijzen(const Context& ctx, const std::string& id, std::int64_t versie,
                                        const Toewijzing& t) {
  const auto start = Clock::now();
  Validation v;
  if (!t.organisatie_id && !t.medewerker_id) v.add("organisatieId", "required", "Kies een organisatie, een medewerker of beide.");
  vereis_id(t.organisatie_id, "organisatieId", v);
  vereis_id(t.medewerker_id, "medewerkerId", v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  db::Transaction tx(*conn, db::TxMode::write);
  Aanmelding a = open_voor_triage(*conn, ctx, id, versie);
  if (t.organisatie_id) {
    const auto org = db::find_organisatie(*conn, *t.organisatie_id);
    if (!org || !org->actief ||
        std::find(org->regio_codes.begin(), org->regio_codes.end(), a.regio_code) == org->regio_codes.end()) {
      v.add("organisatieId", "unknown", "Kies een actieve organisatie die in de regio van deze aanmelding werkt.");
    }
  }
  if (t.medewerker_id) {
    const auto m = db::find_medewerker(*conn, *t.medewerker_id);
    const bool in_regio = m && m->status == "actief" &&
                          std::any_of(m->rollen.begin(), m->rollen.end(), [&](const RolToekenning& r) {
                            return r.regio_code == a.regio_code &&
                                   (r.rol == Rol::adviseur || r.rol == Rol::frontoffice || r.rol == Rol::coordinator);
                          });
    if (!in_regio) v.add("medewerkerId", "unknown", "Kies een actieve medewerker met een casusrol in deze regio.");
    if (in_regio && t.organisatie_id && m->organisatie_id != *t.organisatie_id) {
      v.add("medewerkerId", "organisatie", "Deze medewerker werkt niet bij de gekozen organisatie.");
    }
  }
  v.throw_if_invalid();
  a.organisatie_id = t.organisatie_id;
  a.medewerker_id = t.medewerker_id;
  a.status = aanmelding_status::toegewezen;
  opslaan(*conn, ctx, a, versie, "aanmelding_toegewezen", start);
  tx.commit();
  ++a.versie;
  return a;
}

Aanmelding AanmeldingService::omzetten(const Context& ctx, const std::string& id, std::int64_t versie, const Omzetting& o) {
  const auto start = Clock::now();
  Validation v;
  if (o.klant_id.has_value() == o.werkgever_id.has_value()) {
    v.add("klantId", "required", "Kies precies één: een klant (persoon) of een werkgever.");
  }
  vereis_id(o.klant_id, "klantId", v);
  vereis_id(o.werkgever_id, "werkgeverId", v);
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  db::Transaction tx(*conn, db::TxMode::write);
  Aanmelding a = open_voor_triage(*conn, ctx, id, versie);
  if (o.klant_id) {
    const auto k = db::find_klant(*conn, *o.klant_id);
    if (a.soort != "persoon") v.add("klantId", "soort", "Deze aanmelding komt van een werkgever: kies een werkgever.");
    else if (!k || k->klant.regio_code != a.regio_code) v.add("klantId", "unknown", "Kies een klant uit de regio van deze aanmelding.");
  } else {
    const auto w = db::find_werkgever(*conn, *o.werkgever_id);
    if (a.soort != "werkgever") v.add("werkgeverId", "soort", "Deze aanmelding komt van een persoon: kies een klant.");
    else if (!w || w->regio_code != a.regio_code) v.add("werkgeverId", "unknown", "Kies een werkgever uit de regio van deze aanmelding.");
  }
  v.throw_if_invalid();
  a.klant_id = o.klant_id;
  a.werkgever_id = o.werkgever_id;
  a.status = aanmelding_status::klant;
  opslaan(*conn, ctx, a, versie, "aanmelding_omgezet", start);
  verantwoording_->verwerking(*conn, ctx, "aanmelding_omgezet", activiteit, o.klant_id ? "klant" : "werkgever",
                              o.klant_id ? *o.klant_id : *o.werkgever_id, start);
  tx.commit();
  ++a.versie;
  return a;
}

Aanmelding AanmeldingService::afsluiten(const Context& ctx, const std::string& id, std::int64_t versie, Afsluiting af) {
  const auto start = Clock::now();
  auto conn = pool_->acquire();
  db::Transaction tx(*conn, db::TxMode::write);
  Aanmelding a = open_voor_triage(*conn, ctx, id, versie);
  Contact c;
  static_cast<ContactInvoer&>(c) = {a.regio_code, a.kanaal, a.categorie, std::move(af.uitkomst),
                                    std::move(af.doorverwezen_naar), std::move(af.toelichting), std::nullopt,
                                    std::nullopt};
  Validation v;
  valideer(c, db::codelijsten(), v);
  v.throw_if_invalid();
  c.id = security::uuid_v7();
  c.aanmelding_id = a.id;
  c.medewerker_id = ctx.principal.medewerker_id.empty() ? std::nullopt : std::optional(ctx.principal.medewerker_id);
  c.vastgelegd_op = to_rfc3339(Clock::now());
  db::insert_contact(*conn, c);
  db::append_wijziging(*conn, {0, c.vastgelegd_op, "contact", c.id, "aangemaakt", c.regio_code, ctx.oorsprong.trace_id});
  a.contact_id = c.id;
  a.status = aanmelding_status::afgesloten;
  opslaan(*conn, ctx, a, versie, "aanmelding_afgesloten", start);
  tx.commit();
  ++a.versie;
  return a;
}

}  // namespace rmt::services
