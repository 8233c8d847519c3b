#include "db/codelijst_store.hpp"

#include "db/csv.hpp"
#include "embedded/embedded_files.hpp"

namespace rmt::db {

const Codelijsten& codelijsten() {
  static const Codelijsten lijsten = codelijsten_uit(parse_csv(embedded::file("data/codelijsten.csv")));
  return lijsten;
}

}  // namespace rmt::db
