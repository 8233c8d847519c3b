#include "services/sessie_service.hpp"

#include "db/medewerker_store.hpp"
#include "db/sessie_store.hpp"
#include "domain/tijd.hpp"
#include "security/field_cipher.hpp"
#include "security/password.hpp"
#include "security/pseudonym.hpp"
#include "security/random.hpp"
#include "security/token.hpp"
#include "security/totp.hpp"

namespace rmt::services {
namespace {

using Clock = std::chrono::system_clock;

constexpr std::string_view activiteit_toegang = "va-toegang";

Error niet_ingelogd() { return Error(ErrorCode::unauthenticated, "Log in om verder te gaan."); }
Error onjuiste_combinatie() {
  return Error(ErrorCode::login_failed, "Het e-mailadres of het wachtwoord is onjuist.");
}

std::string totp_ad(std::string_view medewerker_id) { return "medewerker.totp_geheim:" + std::string(medewerker_id); }
std::string totp_nieuw_ad(std::string_view sessie_id) { return "sessie.totp_geheim_nieuw:" + std::string(sessie_id); }

std::string account_sleutel_van(const security::Keys& keys, const std::string& email) {
  return "account:" + security::pseudonym(keys.index, "inlog", email);
}

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(Clock::now().time_since_epoch()).count();
}

// Verifying against this when the account does not exist keeps the timing of both answers alike.
const std::string& dummy_hash() {
  static const std::string hash = security::hash_password(security::generate_password());
  return hash;
}

void vereis_stap(const Sessie& s, std::initializer_list<SessieStap> toegestaan) {
  for (SessieStap stap : toegestaan) {
    if (s.stap == stap) return;
  }
  throw Error(ErrorCode::forbidden, "Deze stap hoort nu niet bij het inloggen (huidige stap: " +
                                        std::string(stap_naam(s.stap)) + ").");
}

}  // namespace

SessieBeeld SessieService::inloggen(const std::string& email_invoer, const std::string& wachtwoord,
                                    const Oorsprong& o) {
  const std::string email = normalize_email(email_invoer);
  const std::string account_sleutel = account_sleutel_van(verantwoording_->keys(), email);
  const std::string adres_sleutel = "adres:" + adres_blok(o.adres);
  const auto nu = Clock::now();
  std::optional<db::Inloggegevens> gegevens;
  {
    auto conn = pool_->acquire();
    const long long wacht = std::max(seconden_geblokkeerd(db::find_inlogpoging(*conn, account_sleutel), nu),
                                     seconden_geblokkeerd(db::find_inlogpoging(*conn, adres_sleutel), nu));
    if (wacht > 0) {
      verantwoording_->audit_apart(*conn, o, "anoniem", {"inloggen", "account", account_sleutel.substr(8, 16), "geweigerd"});
      throw Error(ErrorCode::too_many_requests,
                  "Te veel mislukte pogingen. Probeer het over " + std::to_string((wacht + 59) / 60) + " minuten opnieuw.")
          .with_retry_after(wacht);
    }
    const auto id = db::find_medewerker_id_by_email(*conn, email);
    if (id) gegevens = db::find_inloggegevens(*conn, *id);
  }
  // The slow part holds no database connection: a burst of logins leaves the pool to others.
  const std::string& hash = gegevens && gegevens->wachtwoord_hash ? *gegevens->wachtwoord_hash : dummy_hash();
  const auto match = security::verify_password(hash, wachtwoord);
  const bool gelukt = gegevens && gegevens->wachtwoord_hash && match != security::PasswordMatch::wrong &&
                      gegevens->medewerker.status == "actief";
  auto conn = pool_->acquire();
  if (!gelukt) {
    db::Transaction tx(*conn, db::TxMode::write);
    mislukt(*conn, account_sleutel, drempel_account, o);
    mislukt(*conn, adres_sleutel, drempel_adres, o);
    verantwoording_->audit(*conn, o, "anoniem",
                           {"inloggen", "account", account_sleutel.substr(8, 16), "mislukt",
                            gegevens ? regios_van(gegevens->medewerker.rollen) : std::vector<std::string>{}});
    tx.commit();
    throw onjuiste_combinatie();
  }
  const Medewerker& m = gegevens->medewerker;
  std::optional<std::string> nieuwe_hash;
  if (match == security::PasswordMatch::ok_needs_rehash) nieuwe_hash = security::hash_password(wachtwoord);

  Sessie s;
  s.id = security::uuid_v7();
  s.medewerker_id = m.id;
  s.stap = stap_na_wachtwoord(m.totp_ingesteld);
  s.csrf_token = security::new_token();
  s.aangemaakt_op = to_rfc3339(nu);
  s.absoluut_verloopt_op = to_rfc3339(nu + sessie_absoluut_max);
  s.verloopt_op = nieuwe_vervaltijd(s, nu);
  const std::string token = security::new_token();
  db::Transaction tx(*conn, db::TxMode::write);
  if (nieuwe_hash) db::vervang_wachtwoord(*conn, m.id, *gegevens->wachtwoord_hash, *nieuwe_hash, m.wachtwoord_wijzigen);
  db::insert_sessie(*conn, security::token_hash(token), s);
  verantwoording_->audit(*conn, o, m.id, {"inloggen", "sessie", s.id, "gelukt"});
  verantwoording_->verwerking(*conn, {{}, m.id, o}, "inloggen", activiteit_toegang, "medewerker", m.id, nu);
  tx.commit();
  return {s, m, token};
}

void SessieService::mislukt(db::Connection& conn, const std::string& sleutel, const Drempel& drempel,
                            const Oorsprong& o) {
  const auto nu = Clock::now();
  const auto vorige = db::lock_inlogpoging(conn, sleutel, to_rfc3339(nu));
  const Inlogpoging p = na_mislukking(vorige, nu, drempel);
  db::save_inlogpoging(conn, sleutel, p);
  if (p.geblokkeerd_tot && (!vorige || vorige->geblokkeerd_tot != p.geblokkeerd_tot) && p.mislukt == drempel.max) {
    const bool account = sleutel.rfind("account:", 0) == 0;
    verantwoording_->audit(conn, o, "anoniem",
                           {"inloggen_geblokkeerd", account ? "account" : "adres",
                            account ? sleutel.substr(8, 16) : o.adres, "geweigerd"});
  }
}

void SessieService::vereis_niet_geblokkeerd(db::Connection& conn, const Medewerker& m, const Oorsprong& o) {
  const std::string& email = m.email;
  const std::string sleutel = account_sleutel_van(verantwoording_->keys(), email);
  const long long wacht = seconden_geblokkeerd(db::find_inlogpoging(conn, sleutel), Clock::now());
  if (wacht == 0) return;
  verantwoording_->audit_apart(conn, o, m.id, {"tweede_factor", "account", sleutel.substr(8, 16), "geweigerd"});
  throw Error(ErrorCode::too_many_requests,
              "Te veel mislukte pogingen. Probeer het over " + std::to_string((wacht + 59) / 60) + " minuten opnieuw.")
      .with_retry_after(wacht);
}

void SessieService::foute_code(db::Connection& conn, db::Transaction& tx, const Gevonden& g, const std::string& email,
                               const std::string& actie, const Oorsprong& o) {
  const int pogingen = db::tel_totp_poging(conn, g.token_hash);
  mislukt(conn, account_sleutel_van(verantwoording_->keys(), email), drempel_account, o);
  const std::string& actor = g.sessie.medewerker_id;
  verantwoording_->audit(conn, o, actor, {actie, "sessie", g.sessie.id, "mislukt"});
  if (pogingen >= sessie_totp_pogingen_max) {
    db::delete_sessie(conn, g.token_hash);
    verantwoording_->audit(conn, o, actor, {"inloggen_geblokkeerd", "sessie", g.sessie.id, "geweigerd"});
    tx.commit();
    throw Error(ErrorCode::too_many_requests, "Te veel onjuiste codes. Log opnieuw in.").with_retry_after(1);
  }
  tx.commit();
  throw Error(ErrorCode::login_failed, "De code is onjuist of al gebruikt.");
}

SessieService::Gevonden SessieService::sessie_van(db::Connection& conn, const Legitimatie& a) {
  if (!a.sessie_token || a.sessie_token->empty()) throw niet_ingelogd();
  const std::string hash = security::token_hash(*a.sessie_token);
  auto gevonden = db::find_sessie_met_medewerker(conn, hash);
  if (!gevonden) {
    verantwoording_->audit_apart(conn, a.oorsprong, "anoniem", {"sessie_onbekend", "sessie", "-", "geweigerd"});
    throw niet_ingelogd();
  }
  Sessie& s = gevonden->sessie;
  const auto nu = Clock::now();
  if (is_verlopen(s, nu)) {
    db::Transaction tx(conn, db::TxMode::write);
    db::delete_sessie(conn, hash);
    verantwoording_->audit(conn, a.oorsprong, s.medewerker_id, {"sessie_verlopen", "sessie", s.id, "mislukt"});
    tx.commit();
    throw Error(ErrorCode::unauthenticated, "Uw sessie is verlopen. Log opnieuw in.");
  }
  if (a.onveilig && (!a.csrf_token || !security::equal_constant_time(*a.csrf_token, s.csrf_token))) {
    verantwoording_->audit_apart(conn, a.oorsprong, s.medewerker_id, {"csrf_geweigerd", "sessie", s.id, "geweigerd"});
    throw Error(ErrorCode::forbidden, "Het CSRF-token ontbreekt of klopt niet.");
  }
  // Sliding idle expiry; written at most once a minute per session.
  const std::string verloopt = nieuwe_vervaltijd(s, nu);
  if (verloopt > s.verloopt_op && s.verloopt_op < to_rfc3339(nu + sessie_inactief_max - std::chrono::minutes(1))) {
    s.verloopt_op = verloopt;
    db::update_sessie(conn, hash, s);
  }
  return {hash, std::move(gevonden->sessie), std::move(gevonden->medewerker)};
}

SessieBeeld SessieService::beeld(db::Connection& conn, const Sessie& s, std::optional<std::string> nieuw_token) {
  auto m = db::find_medewerker(conn, s.medewerker_id);
  if (!m) throw niet_ingelogd();
  return {s, std::move(*m), std::move(nieuw_token)};
}

SessieBeeld SessieService::huidige(const Legitimatie& a) {
  auto conn = pool_->acquire();
  const auto g = sessie_van(*conn, a);
  return beeld(*conn, g.sessie, std::nullopt);
}

SessieBeeld SessieService::verlengen(const Legitimatie& a) {
  auto conn = pool_->acquire();
  auto g = sessie_van(*conn, a);
  g.sessie.verloopt_op = nieuwe_vervaltijd(g.sessie, Clock::now());
  db::update_sessie(*conn, g.token_hash, g.sessie);
  return beeld(*conn, g.sessie, std::nullopt);
}

std::string SessieService::vernieuw_token(db::Connection& conn, const std::string& oude_hash, Sessie& s) {
  const std::string token = security::new_token();
  db::delete_sessie(conn, oude_hash);
  s.csrf_token = security::new_token();
  db::insert_sessie(conn, security::token_hash(token), s);
  return token;
}

SessieBeeld SessieService::tweede_factor(const Legitimatie& a, const std::optional<std::string>& code,
                                         const std::optional<std::string>& herstelcode) {
  Validation v;
  if (code.has_value() == herstelcode.has_value()) {
    v.add(code ? "herstelcode" : "code", "required", "Vul een code uit de app of een herstelcode in (één van beide).");
  }
  v.throw_if_invalid();
  auto conn = pool_->acquire();
  auto g = sessie_van(*conn, a);
  vereis_stap(g.sessie, {SessieStap::totp});
  const auto gegevens = db::find_inloggegevens(*conn, g.sessie.medewerker_id);
  if (!gegevens || !gegevens->totp_geheim || gegevens->medewerker.status != "actief") throw niet_ingelogd();
  const auto nu = Clock::now();
  const std::string actor = gegevens->medewerker.id;
  vereis_niet_geblokkeerd(*conn, gegevens->medewerker, a.oorsprong);

  db::Transaction tx(*conn, db::TxMode::write);
  bool gelukt = false;
  if (code) {
    const std::string geheim = security::open(verantwoording_->keys().veld, *gegevens->totp_geheim, totp_ad(actor));
    const auto stap = security::totp_verify(geheim, *code, unix_now(), gegevens->totp_laatste_stap);
    gelukt = stap && db::gebruik_totp_stap(*conn, actor, *stap);
  } else {
    gelukt = db::gebruik_herstelcode(*conn, actor, security::token_hash(security::normalize_recovery_code(*herstelcode)),
                                     to_rfc3339(nu));
  }
  const std::string actie = code ? "tweede_factor" : "herstelcode_gebruikt";
  if (!gelukt) foute_code(*conn, tx, g, gegevens->medewerker.email, actie, a.oorsprong);
  db::delete_inlogpoging(*conn, account_sleutel_van(verantwoording_->keys(), gegevens->medewerker.email));
  g.sessie.stap = stap_na_totp(gegevens->medewerker.wachtwoord_wijzigen);
  g.sessie.totp_pogingen = 0;
  const std::string token = vernieuw_token(*conn, g.token_hash, g.sessie);
  verantwoording_->audit(*conn, a.oorsprong, actor, {actie, "sessie", g.sessie.id, "gelukt"});
  tx.commit();
  return beeld(*conn, g.sessie, token);
}

TotpRegistratie SessieService::totp_registratie_starten(const Legitimatie& a) {
  auto conn = pool_->acquire();
  auto g = sessie_van(*conn, a);
  vereis_stap(g.sessie, {SessieStap::totp_registreren});
  const auto m = db::find_medewerker(*conn, g.sessie.medewerker_id);
  if (!m) throw niet_ingelogd();
  const std::string geheim = security::totp_new_secret();
  g.sessie.totp_geheim_nieuw = security::seal(verantwoording_->keys().veld, geheim, totp_nieuw_ad(g.sessie.id));
  db::Transaction tx(*conn, db::TxMode::write);
  db::update_sessie(*conn, g.token_hash, g.sessie);
  verantwoording_->audit(*conn, a.oorsprong, m->id, {"totp_registratie_gestart", "medewerker", m->id, "gelukt"});
  tx.commit();
  return {security::totp_uri("RMT-platform", m->email, geheim), geheim};
}

std::pair<SessieBeeld, std::vector<std::string>> SessieService::totp_registratie_bevestigen(const Legitimatie& a,
                                                                                          const std::string& code) {
  auto conn = pool_->acquire();
  auto g = sessie_van(*conn, a);
  vereis_stap(g.sessie, {SessieStap::totp_registreren});
  if (!g.sessie.totp_geheim_nieuw) {
    throw Error(ErrorCode::forbidden, "Vraag eerst een nieuw TOTP-geheim aan.");
  }
  const auto m = db::find_inloggegevens(*conn, g.sessie.medewerker_id);
  if (!m) throw niet_ingelogd();
  const std::string actor = m->medewerker.id;
  const auto& key = verantwoording_->keys().veld;
  const std::string geheim = security::open(key, *g.sessie.totp_geheim_nieuw, totp_nieuw_ad(g.sessie.id));
  vereis_niet_geblokkeerd(*conn, m->medewerker, a.oorsprong);
  const auto stap = security::totp_verify(geheim, code, unix_now(), std::nullopt);
  db::Transaction tx(*conn, db::TxMode::write);
  if (!stap) foute_code(*conn, tx, g, m->medewerker.email, "totp_ingesteld", a.oorsprong);
  db::delete_inlogpoging(*conn, account_sleutel_van(verantwoording_->keys(), m->medewerker.email));
  db::set_totp(*conn, actor, security::seal(key, geheim, totp_ad(actor)));
  db::gebruik_totp_stap(*conn, actor, *stap);
  std::vector<std::string> codes = security::new_recovery_codes();
  std::vector<std::string> hashes;
  for (const auto& c : codes) hashes.push_back(security::token_hash(security::normalize_recovery_code(c)));
  db::replace_herstelcodes(*conn, actor, hashes);
  g.sessie.totp_geheim_nieuw.reset();
  g.sessie.totp_pogingen = 0;
  g.sessie.stap = stap_na_totp(m->medewerker.wachtwoord_wijzigen);
  const std::string token = vernieuw_token(*conn, g.token_hash, g.sessie);
  verantwoording_->audit(*conn, a.oorsprong, actor, {"totp_ingesteld", "medewerker", actor, "gelukt"});
  tx.commit();
  return {beeld(*conn, g.sessie, token), std::move(codes)};
}

void SessieService::wachtwoord_wijzigen(const Legitimatie& a, const std::string& huidig, const std::string& nieuw) {
  Validation v;
  if (auto zwak = security::password_weakness(nieuw)) v.add("nieuwWachtwoord", "weak", *zwak);
  if (nieuw == huidig) v.add("nieuwWachtwoord", "unchanged", "Kies een ander wachtwoord dan het huidige.");
  std::optional<Gevonden> g;
  std::optional<db::Inloggegevens> m;
  {
    auto conn = pool_->acquire();
    g = sessie_van(*conn, a);
    vereis_stap(g->sessie, {SessieStap::wachtwoord_wijzigen, SessieStap::voltooid});
    m = db::find_inloggegevens(*conn, g->sessie.medewerker_id);
  }
  if (!m || !m->wachtwoord_hash) throw niet_ingelogd();
  const bool huidig_klopt = security::verify_password(*m->wachtwoord_hash, huidig) != security::PasswordMatch::wrong;
  const std::string hash = v.ok() && huidig_klopt ? security::hash_password(nieuw) : std::string();
  auto conn = pool_->acquire();
  if (!huidig_klopt) {
    v.add("huidigWachtwoord", "mismatch", "Het huidige wachtwoord klopt niet.");
  }
  if (!v.ok()) {
    verantwoording_->audit_apart(*conn, a.oorsprong, m->medewerker.id,
                                 {"wachtwoord_gewijzigd", "medewerker", m->medewerker.id, "mislukt"});
    v.throw_if_invalid();
  }
  db::Transaction tx(*conn, db::TxMode::write);
  // Only if nothing changed meanwhile (a reset by a beheerder, a session that ended).
  const auto nog = db::find_sessie(*conn, g->token_hash);
  if (!nog || !db::vervang_wachtwoord(*conn, m->medewerker.id, *m->wachtwoord_hash, hash, false)) throw niet_ingelogd();
  // Other sessions of this person end; this one continues.
  db::delete_andere_sessies(*conn, m->medewerker.id, g->token_hash);
  g->sessie.stap = SessieStap::voltooid;
  g->sessie.verloopt_op = nog->verloopt_op;
  db::update_sessie(*conn, g->token_hash, g->sessie);
  verantwoording_->audit(*conn, a.oorsprong, m->medewerker.id,
                         {"wachtwoord_gewijzigd", "medewerker", m->medewerker.id, "gelukt"});
  tx.commit();
}

void SessieService::uitloggen(const Legitimatie& a) {
  auto conn = pool_->acquire();
  const auto g = sessie_van(*conn, a);
  db::Transaction tx(*conn, db::TxMode::write);
  db::delete_sessie(*conn, g.token_hash);
  verantwoording_->audit(*conn, a.oorsprong, g.sessie.medewerker_id, {"uitloggen", "sessie", g.sessie.id, "gelukt"});
  tx.commit();
}

Context SessieService::token_context(db::Connection& conn, const Legitimatie& a, const std::string& token) {
  const auto t = db::find_api_token_by_hash(conn, security::token_hash(token));
  const std::string nu = to_rfc3339(Clock::now());
  if (!t || t->ingetrokken_op || t->verloopt_op <= nu) {
    verantwoording_->audit_apart(conn, a.oorsprong, t ? "token:" + t->id : "anoniem",
                                 {"api_token_geweigerd", "api_token", t ? t->id : "-", "geweigerd"});
    throw Error(ErrorCode::unauthenticated, "Het API-token is onbekend, verlopen of ingetrokken.");
  }
  Context ctx;
  ctx.actor = "token:" + t->id;
  ctx.principal.medewerker_id = ctx.actor;
  ctx.principal.mfa_voltooid = true;
  for (Rol r : t->rollen) ctx.principal.rollen.push_back({r, t->regio_code});
  ctx.oorsprong = a.oorsprong;
  return ctx;
}

Context SessieService::context(const Legitimatie& a) {
  auto conn = pool_->acquire();
  if (a.bearer_token) return token_context(*conn, a, *a.bearer_token);
  const auto g = sessie_van(*conn, a);
  if (g.sessie.stap != SessieStap::voltooid) {
    verantwoording_->audit_apart(*conn, a.oorsprong, g.sessie.medewerker_id,
                                 {"toegang_geweigerd:inloggen_onvoltooid", "sessie", g.sessie.id, "geweigerd"});
    throw Error(ErrorCode::forbidden, "Rond eerst het inloggen af (stap: " + std::string(stap_naam(g.sessie.stap)) + ").");
  }
  const auto& m = g.medewerker;
  if (!m || m->status != "actief") throw niet_ingelogd();
  Context ctx;
  ctx.actor = m->id;
  ctx.principal.medewerker_id = m->id;
  ctx.principal.organisatie_id = m->organisatie_id;
  ctx.principal.rollen = m->rollen;
  ctx.principal.mfa_voltooid = true;
  ctx.oorsprong = a.oorsprong;
  return ctx;
}

}  // namespace rmt::services
