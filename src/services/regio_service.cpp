#include "services/regio_service.hpp"

#include "db/codelijst_store.hpp"

namespace rmt::services {
namespace {

Error unknown_regio(const std::string& code) {
  return Error(ErrorCode::not_found, "Arbeidsmarktregio " + code + " bestaat niet.");
}

}  // namespace

db::Pagina<Regio> RegioService::list(const Paginering& p) {
  auto conn = pool_->acquire();
  return db::list_regios(*conn, p);
}

RegioMetGemeenten RegioService::get(const std::string& code) {
  if (!is_regio_code(code)) throw unknown_regio(code);
  auto conn = pool_->acquire();
  auto found = db::find_regio(*conn, code);
  if (!found) throw unknown_regio(code);
  return std::move(*found);
}

db::Pagina<Gemeente> RegioService::gemeenten(const std::string& regio_code, const Paginering& p) {
  auto conn = pool_->acquire();
  if (!regio_code.empty()) {
    db::Transaction tx(*conn, db::TxMode::read);
    if (!is_regio_code(regio_code) || !db::find_regio(*conn, regio_code)) {
      throw unknown_regio(regio_code);
    }
    auto page = db::list_gemeenten(*conn, regio_code, p);
    tx.commit();
    return page;
  }
  return db::list_gemeenten(*conn, regio_code, p);
}

const Codelijsten& RegioService::codelijsten() const { return db::codelijsten(); }

}  // namespace rmt::services
