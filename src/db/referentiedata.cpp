#include "db/referentiedata.hpp"

#include <map>

#include "db/csv.hpp"
#include "domain/regio.hpp"

namespace rmt::db {
namespace {

[[noreturn]] void bad_line(std::string_view file, std::size_t line, std::string_view why) {
  throw Error(ErrorCode::invalid_input, std::string(file) + " regel " + std::to_string(line) +
                                            ": " + std::string(why));
}

}  // namespace

void load_referentiedata(Connection& conn, std::int64_t jaar, std::string_view regios_csv,
                         std::string_view gemeenten_csv) {
  const auto regios = parse_csv(regios_csv);
  const auto gemeenten = parse_csv(gemeenten_csv);
  std::map<std::string, std::int64_t> expected;  // regio code → gemeente count in the regio file
  for (std::size_t i = 1; i < regios.size(); ++i) {
    const CsvRow& r = regios[i];
    if (r.size() < 3 || !is_regio_code(r[0]) || r[1].empty()) bad_line("regios", i + 1, "ongeldig");
    expected[r[0]] = detail::parse_int64(r[2]);
    conn.execute("INSERT INTO regio (code, jaar, naam) VALUES ($code, $jaar, $naam)",
                 {{"code", r[0]}, {"jaar", jaar}, {"naam", r[1]}});
  }
  std::map<std::string, std::int64_t> counted;
  for (std::size_t i = 1; i < gemeenten.size(); ++i) {
    const CsvRow& g = gemeenten[i];
    if (g.size() < 3 || !is_gemeente_code(g[0]) || g[1].empty() || !expected.contains(g[2])) {
      bad_line("gemeenten", i + 1, "ongeldig of onbekende regio");
    }
    ++counted[g[2]];
    conn.execute(
        "INSERT INTO gemeente (code, jaar, naam, regio_code) VALUES ($code, $jaar, $naam, $regio)",
        {{"code", g[0]}, {"jaar", jaar}, {"naam", g[1]}, {"regio", g[2]}});
  }
  if (counted != expected) {
    throw Error(ErrorCode::invalid_input,
                "Het aantal gemeenten per regio klopt niet met het regiobestand.");
  }
}

}  // namespace rmt::db
