#pragma once
// Trajecten and their timeline (traject_gebeurtenis: history and notes in one table).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "db/regio_store.hpp"
#include "domain/paginering.hpp"
#include "domain/traject.hpp"

namespace rmt::db {

void insert_traject(Connection& conn, const Traject& t);
std::optional<Traject> find_traject(Connection& conn, const std::string& id);
// Saves when the stored version is still t.versie (then bumps it); false when someone else
// changed it first.
bool update_traject(Connection& conn, const Traject& t);
// Moves the exit rule's clock forward (never back).
void markeer_dienst(Connection& conn, const std::string& traject_id, const std::string& datum);

struct TrajectFilter {
  std::vector<std::string> regio_codes;
  std::optional<std::string> regievoerder_id;  // "eigen"
  std::optional<std::string> organisatie_id;   // the organisation holding the regie
  std::optional<std::string> status;
  std::optional<std::string> sluiten_voor;     // open trajecten without service since before this date
  std::optional<std::string> werkgever_traject_id;
  std::optional<std::string> werkgever_id;  // the werkgever's own trajecten
};
// Most recently changed first.
Pagina<Traject> list_trajecten(Connection& conn, const TrajectFilter& filter, const Paginering& p);

// The organisations working in the traject on `vandaag`: the one holding the regie, and the
// receivers of accepted (or finished) referrals whose toestemming holds.
std::vector<std::string> betrokken_organisaties(Connection& conn, const std::string& traject_id,
                                                const std::string& vandaag);
// The organisations that may see `categorie` (a gegevenscategorie) of a klant on `vandaag`: those
// holding the regie of one of the klant's trajecten, and the receivers of referrals in them as
// above whose toestemming covers the category (without a category: only the former). nullopt
// when the klant has no traject.
std::optional<std::vector<std::string>> klant_betrokken(Connection& conn, const std::string& klant_id,
                                                        const std::optional<std::string>& categorie,
                                                        const std::string& vandaag);

// Whom a traject is for: the klant (a person) or the werkgever, with their name.
struct TrajectPartij {
  std::string soort;  // klant, werkgever
  std::string id;
  std::string naam;
};
// The partij of each of `traject_ids` that exists, by traject id.
std::map<std::string, TrajectPartij> partijen_van_trajecten(Connection& conn, const std::vector<std::string>& traject_ids);

struct Gebeurtenis {
  std::string id;
  std::string traject_id;
  std::string op;  // RFC 3339
  std::string soort;  // aangemaakt, status, notitie, interventie, toestemming, doorverwijzing, nameting, aanmelding, intake
  std::string omschrijving;
  std::optional<std::string> van_status;
  std::optional<std::string> naar_status;
  std::optional<std::string> tekst;  // notes
  std::string zichtbaarheid = "betrokkenen";  // betrokkenen, organisatie
  std::optional<std::string> organisatie_id;
  std::optional<std::string> medewerker_id;
  std::optional<std::string> object_type;
  std::optional<std::string> object_id;
  std::optional<std::string> medewerker_naam;  // read only: who did it
  // What happened as a code and its parameters, for the UI's own words ("interventie.afgerond",
  // {dienst: "Loopbaanadvies"}); empty for entries from before migration 0013.
  std::string code;
  std::vector<std::pair<std::string, std::string>> parameters;
};
void insert_gebeurtenis(Connection& conn, const Gebeurtenis& g);
// In time order; notes with zichtbaarheid 'organisatie' only for that organisation.
std::vector<Gebeurtenis> list_gebeurtenissen(Connection& conn, const std::string& traject_id,
                                             const std::string& organisatie_id);

// The employees' trajecten linked to a werkgever traject, counted per status and per uitkomst.
struct Telling {
  std::string code;
  std::int64_t aantal = 0;
};
struct GekoppeldeTrajecten {
  std::vector<Telling> per_status;
  std::vector<Telling> per_uitkomst;
};
GekoppeldeTrajecten tel_gekoppelde_trajecten(Connection& conn, const std::string& werkgever_traject_id);

}  // namespace rmt::db
