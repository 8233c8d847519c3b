// rmt — the RMT platform server and its command line: serve | migrate | demo | admin create-user |
// audit verify | budget verify | version.
#include <algorithm>
#include <cstdio>
#include <thread>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "app/demo.hpp"
#include "app/demo_data.hpp"
#include "services/budget_controle.hpp"
#include "db/klant_store.hpp"
#include "app/logging.hpp"
#include "app/platform.hpp"
#include "db/auditregel_store.hpp"
#include "db/migrations.hpp"
#include "db/nameting_store.hpp"
#include "db/regio_store.hpp"
#include "db/organisatie_store.hpp"
#include "domain/tijd.hpp"
#include "services/medewerker_service.hpp"
#include "security/password.hpp"
#include "security/random.hpp"
#include "transport/server.hpp"

namespace {

int serve(rmt::app::Config config) {
  if (config.workers == 0) config.workers = std::max(2u, std::thread::hardware_concurrency());
  const auto listen = rmt::app::parse_listen(config.listen);
  rmt::app::Platform platform = rmt::app::build_platform(config);
  if (config.demo) {
    if (!config.development()) throw rmt::Error(rmt::ErrorCode::invalid_input, "--demo kan alleen met --mode development.");
    auto conn = platform.pool->acquire();
    if (rmt::app::laad_demo(*conn, *platform.services->verantwoording)) spdlog::info("demo region loaded");
    rmt::app::print_demo_logins();
  }
  rmt::transport::ServerOptions options;
  options.host = listen.host;
  options.port = listen.port;
  options.io_threads = config.io_threads;
  // More workers than cores made tail latency worse in bench/http (p99 > 1 s at 512
  // connections with 8 workers on 2 cores): handlers are mostly CPU-bound on SQLite.
  options.workers = config.workers;
  // Password hashing (Argon2id, 64 MiB each) gets its own threads: at most half the cores, so a
  // burst of logins cannot starve other requests (bench/http/login_burst.sh).
  options.heavy_workers = std::max<std::size_t>(1, std::thread::hardware_concurrency() / 2);
  options.max_connections = config.max_connections;
  options.idle_timeout = std::chrono::seconds(config.idle_timeout_s);
  options.header_timeout = std::chrono::seconds(config.header_timeout_s);
  rmt::transport::Server server(options, *platform.http);
  server.run([&](unsigned short port) {
    spdlog::info("listening on http://{}:{}", listen.host.find(':') != std::string::npos
                                                  ? "[" + listen.host + "]" : listen.host, port);
  });
  platform.pool->close();
  spdlog::info("stopped");
  return 0;
}

// Opens and migrates the database for a one-off command.
rmt::db::Pool::Lease open_migrated(const std::shared_ptr<rmt::db::Pool>& pool) {
  auto conn = pool->acquire();
  rmt::db::migrate(*conn);
  return conn;
}

int create_user(const rmt::app::Config& config, const std::string& naam, const std::string& email,
                const std::string& regio) {
  rmt::services::Verantwoording v(nullptr, rmt::app::load_keys(config));
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(config.database), 1);
  auto conn = open_migrated(pool);
  rmt::MedewerkerInvoer in;
  in.naam = naam;
  in.email = email;
  in.organisatie_id = "-";
  in.rollen = {{rmt::Rol::beheerder, regio}};
  rmt::Validation check;
  rmt::valideer(in, check);
  check.throw_if_invalid();
  rmt::db::Transaction tx(*conn, rmt::db::TxMode::write);
  rmt::Organisatie beheer;
  beheer.id = rmt::security::uuid_v7();
  beheer.naam = "Beheer " + regio;
  beheer.type = "werkcentrum";
  beheer.regio_codes = {regio};
  rmt::db::insert_organisatie(*conn, beheer, rmt::to_rfc3339(std::chrono::system_clock::now()));
  in.organisatie_id = beheer.id;
  const std::string wachtwoord = rmt::security::generate_password();
  const auto made = rmt::services::maak_medewerker_systeem(*conn, v, in, rmt::security::hash_password(wachtwoord), true);
  tx.commit();
  std::printf("Beheerder %s aangemaakt in %s.\nEenmalig wachtwoord (wijzigen bij de eerste keer inloggen): %s\n",
              made.email.c_str(), regio.c_str(), wachtwoord.c_str());
  return 0;
}

int budget_verify(const rmt::app::Config& config) {
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(config.database), 1);
  auto conn = open_migrated(pool);
  const auto c = rmt::services::controleer_budgetten(*conn);
  for (const auto& b : c.bevindingen) std::printf("FOUT budget %s, %s: %s\n", b.budget_id.c_str(), b.waar.c_str(), b.tekst.c_str());
  std::printf("%s: %lld budgetten, %lld mutaties gecontroleerd, %zu bevindingen.\n",
              c.bevindingen.empty() ? "Grootboek in orde" : "Grootboek NIET in orde", static_cast<long long>(c.budgetten),
              static_cast<long long>(c.mutaties), c.bevindingen.size());
  return c.bevindingen.empty() ? 0 : 3;
}

int audit_verify(const rmt::app::Config& config) {
  rmt::services::Verantwoording v(nullptr, rmt::app::load_keys(config));
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(config.database), 1);
  auto conn = open_migrated(pool);
  const auto status = rmt::db::verify_audit_chain(*conn, v.chain_hash());
  if (status.eerste_breuk) {
    std::printf("Auditketen GEBROKEN bij volgnummer %lld (%lld regels gecontroleerd).\n",
                static_cast<long long>(*status.eerste_breuk), static_cast<long long>(status.gecontroleerd));
    return 3;
  }
  std::printf("Auditketen in orde: %lld regels gecontroleerd.\n", static_cast<long long>(status.gecontroleerd));
  return 0;
}

// A job for a scheduler (cron, a systemd timer): per medewerker of the regio, how many nametingen
// are due and since when, tab-separated, so a reminder can be sent. No klant data.
int nametingen_te_doen(const rmt::app::Config& config, const std::string& regio, std::string tot) {
  if (tot.empty()) tot = rmt::vandaag();
  if (!rmt::parse_datum(tot)) throw rmt::Error(rmt::ErrorCode::invalid_input, "--tot: gebruik een datum als 2026-11-27.");
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(config.database), 1);
  auto conn = open_migrated(pool);
  if (!rmt::db::find_regio(*conn, regio)) throw rmt::Error(rmt::ErrorCode::invalid_input, "Arbeidsmarktregio " + regio + " bestaat niet.");
  std::printf("medewerker\te-mail\taan de beurt\tvroegste\n");
  for (const auto& m : rmt::db::tel_te_doen(*conn, {{regio}, std::nullopt, tot})) {
    std::printf("%s\t%s\t%lld\t%s\n", m.naam.c_str(), m.email.c_str(), static_cast<long long>(m.aantal), m.oudste.c_str());
  }
  return 0;
}

int demo(const rmt::app::Config& config, const rmt::app::DemoOmvang& omvang) {
  if (!config.development()) throw rmt::Error(rmt::ErrorCode::invalid_input, "rmt demo kan alleen met --mode development.");
  rmt::services::Verantwoording v(nullptr, rmt::app::load_keys(config));
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(config.database), 1);
  {
    auto conn = open_migrated(pool);
    rmt::app::laad_demo(*conn, v);
    if (rmt::db::count_klanten(*conn) > 0) {
      std::printf("De database heeft al klanten: geen nieuwe demodata gegenereerd.\n");
      rmt::app::print_demo_logins();
      return 0;
    }
  }
  const auto r = rmt::app::genereer_demo(*pool, v, omvang);
  std::printf("Demodata: %lld klanten, %lld rijen in %.1f s (%.0f rijen/s, %.0f klanten/s).\n",
              static_cast<long long>(omvang.klanten), static_cast<long long>(r.rijen), r.seconden,
              static_cast<double>(r.rijen) / r.seconden, static_cast<double>(omvang.klanten) / r.seconden);
  rmt::app::print_demo_logins();
  return 0;
}

int migrate(const rmt::app::Config& config) {
  auto pool = rmt::db::Pool::open(rmt::db::parse_database_url(config.database), 1);
  auto conn = pool->acquire();
  const auto status = rmt::db::migrate(*conn);
  spdlog::info("database schema at version {} of {}", status.applied, status.latest);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  rmt::app::Config config;
  CLI::App cli{"rmt — platform voor de Regionale Mobiliteitsteams en werkcentra"};
  cli.require_subcommand(1);
  auto add_database = [&](CLI::App* cmd) {
    cmd->add_option("--database", config.database,
                    "sqlite:///abs/pad, sqlite://relatief/pad of postgresql://user@host:port/db")
        ->envname("RMT_DATABASE_URL")
        ->capture_default_str();
    cmd->add_option("--log-level", config.log_level, "trace|debug|info|warn|error")
        ->envname("RMT_LOG_LEVEL")
        ->capture_default_str();
  };
  CLI::App* serve_cmd = cli.add_subcommand("serve", "Start de HTTP-server");
  add_database(serve_cmd);
  serve_cmd->add_option("--listen", config.listen, "HOST:POORT")->envname("RMT_LISTEN")->capture_default_str();
  serve_cmd->add_option("--web-root", config.web_root, "Map met de gebouwde webapplicatie")
      ->envname("RMT_WEB_ROOT")->capture_default_str();
  serve_cmd->add_option("--cors-origins", config.cors_origins, "Toegestane origins, komma-gescheiden")
      ->envname("RMT_CORS_ORIGINS");
  serve_cmd->add_option("--io-threads", config.io_threads, "I/O-threads")
      ->envname("RMT_IO_THREADS")->check(CLI::Range(1, 64))->capture_default_str();
  serve_cmd->add_option("--workers", config.workers, "Werkthreads en databaseverbindingen")
      ->envname("RMT_WORKERS")->check(CLI::Range(0, 256))->capture_default_str();
  serve_cmd->add_option("--max-connections", config.max_connections, "Maximum aantal open verbindingen")
      ->envname("RMT_MAX_CONNECTIONS")->check(CLI::Range(1, 1'000'000))->capture_default_str();
  serve_cmd->add_option("--idle-timeout", config.idle_timeout_s, "Seconden dat een keep-alive-verbinding stil mag zijn")
      ->envname("RMT_IDLE_TIMEOUT")->check(CLI::Range(1, 3600))->capture_default_str();
  serve_cmd->add_option("--header-timeout", config.header_timeout_s, "Seconden om de headers van een aanvraag te ontvangen")
      ->envname("RMT_HEADER_TIMEOUT")->check(CLI::Range(1, 600))->capture_default_str();
  auto add_keys = [&](CLI::App* cmd) {
    cmd->add_option("--mode", config.mode, "production of development (development maakt een sleutelbestand aan)")
        ->envname("RMT_MODE")->check(CLI::IsMember({"production", "development"}))->capture_default_str();
    cmd->add_option("--key-file", config.key_file, "Bestand met de sleutels (buiten de database)")
        ->envname("RMT_KEY_FILE")->capture_default_str();
  };
  add_keys(serve_cmd);
  serve_cmd->add_option("--aanmeldingen-per-uur", config.aanmeldingen_per_uur,
                        "Publieke aanmeldingen per adres (IPv6: per /64) per uur")
      ->envname("RMT_AANMELDINGEN_PER_UUR")
      ->check(CLI::Range(1, 1'000'000'000))
      ->capture_default_str();
  serve_cmd->add_flag("--demo", config.demo, "Laad de demoregio met demo-logins (alleen development)");
  CLI::App* migrate_cmd = cli.add_subcommand("migrate", "Pas de databasemigraties toe");
  add_database(migrate_cmd);
  CLI::App* admin_cmd = cli.add_subcommand("admin", "Beheertaken");
  admin_cmd->require_subcommand(1);
  CLI::App* create_user_cmd = admin_cmd->add_subcommand("create-user", "Maak de eerste beheerder aan");
  add_database(create_user_cmd);
  add_keys(create_user_cmd);
  std::string user_naam, user_email, user_regio;
  create_user_cmd->add_option("--naam", user_naam, "Naam")->required();
  create_user_cmd->add_option("--email", user_email, "E-mailadres")->required();
  create_user_cmd->add_option("--regio", user_regio, "Arbeidsmarktregio, bijvoorbeeld AM13")->required();
  CLI::App* audit_cmd = cli.add_subcommand("audit", "Auditlog");
  audit_cmd->require_subcommand(1);
  CLI::App* verify_cmd = audit_cmd->add_subcommand("verify", "Controleer de hashketen van het auditlog");
  add_database(verify_cmd);
  add_keys(verify_cmd);
  CLI::App* budget_cmd = cli.add_subcommand("budget", "Ontschot budget");
  budget_cmd->require_subcommand(1);
  CLI::App* budget_verify_cmd = budget_cmd->add_subcommand(
      "verify", "Controleer het grootboek: toegekend − verplicht-open − betaald = beschikbaar, documenten en correcties");
  add_database(budget_verify_cmd);
  CLI::App* nametingen_cmd = cli.add_subcommand("nametingen", "Per medewerker: de nametingen die aan de beurt zijn (voor een planner)");
  add_database(nametingen_cmd);
  std::string nametingen_regio, nametingen_tot;
  nametingen_cmd->add_option("--regio", nametingen_regio, "Arbeidsmarktregio, bijvoorbeeld AM13")->required();
  nametingen_cmd->add_option("--tot", nametingen_tot, "Gepland tot en met deze datum (standaard vandaag)");
  CLI::App* demo_cmd = cli.add_subcommand("demo", "Vul een lege database met synthetische demodata (alleen development)");
  add_database(demo_cmd);
  add_keys(demo_cmd);
  rmt::app::DemoOmvang omvang;
  demo_cmd->add_option("--schaal", omvang.klanten, "Aantal klanten (personen en werkgevers)")
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{100'000'000}))->capture_default_str();
  demo_cmd->add_option("--seed", omvang.seed, "Startwaarde van de generator")->capture_default_str();
  demo_cmd->add_option("--batch", omvang.batch, "Klanten per transactie")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000}))->capture_default_str();
  CLI::App* version_cmd = cli.add_subcommand("version", "Toon de versie");

  CLI11_PARSE(cli, argc, argv);
  try {
    rmt::security::init_crypto();
    rmt::app::configure_logging(config.log_level);
    if (version_cmd->parsed()) {
      std::printf("rmt %s\n", RMT_VERSION);
      return 0;
    }
    if (migrate_cmd->parsed()) return migrate(config);
    if (create_user_cmd->parsed()) return create_user(config, user_naam, user_email, user_regio);
    if (verify_cmd->parsed()) return audit_verify(config);
    if (budget_verify_cmd->parsed()) return budget_verify(config);
    if (demo_cmd->parsed()) return demo(config, omvang);
    if (nametingen_cmd->parsed()) return nametingen_te_doen(config, nametingen_regio, nametingen_tot);
    return serve(config);
  } catch (const rmt::Error& e) {
    spdlog::critical("{}", e.detail());
    return 2;
  } catch (const std::exception& e) {
    spdlog::critical("{}", e.what());
    return 1;
  }
}
