#pragma once
// Contacten (gidsfunctie without a case), registered by frontoffice, adviseur and coordinator in
// their regio, optionally about a klant or werkgever of that regio. Listing is per regio, newest
// first; contacts about a klant or werkgever are logged in the Logboek for that subject.
#include <memory>

#include "db/contact_store.hpp"
#include "db/pool.hpp"
#include "domain/contact.hpp"
#include "services/verantwoording.hpp"

namespace rmt::services {

class ContactService {
 public:
  ContactService(std::shared_ptr<db::Pool> pool, std::shared_ptr<Verantwoording> v)
      : pool_(std::move(pool)), verantwoording_(std::move(v)) {}

  Contact create(const Context& ctx, ContactInvoer invoer);
  db::Pagina<Contact> list(const Context& ctx, const std::optional<std::string>& klant_id,
                           const std::optional<std::string>& werkgever_id, const Paginering& p);

 private:
  std::shared_ptr<db::Pool> pool_;
  std::shared_ptr<Verantwoording> verantwoording_;
};

}  // namespace rmt::services
