-- The front door: aanmeldingen (public), werkgevers, contacten (gidsfunctie) and intakes (the
-- doelgroep of a klant as recorded at one moment). Code values come from data/codelijsten.csv.

CREATE TABLE aanmelding (
  id TEXT PRIMARY KEY,                 -- UUIDv7
  referentienummer TEXT NOT NULL UNIQUE, -- RMT-XXXX-XXXX (random); the secret code is derived, never stored
  soort TEXT NOT NULL,                 -- persoon, werkgever
  naam TEXT NOT NULL,                  -- the person, or the employer's contact person
  email TEXT,
  telefoon TEXT,
  bedrijfsnaam TEXT,
  kvk_nummer TEXT,
  gemeente_code TEXT NOT NULL,
  regio_code TEXT NOT NULL,            -- the regio of the gemeente: the tenant
  categorie TEXT NOT NULL,
  vraag TEXT NOT NULL,
  kanaal TEXT NOT NULL,
  toestemming_contact INTEGER NOT NULL,
  status TEXT NOT NULL,                -- nieuw, toegewezen, klant, afgesloten
  organisatie_id TEXT,
  medewerker_id TEXT,
  klant_id TEXT,
  werkgever_id TEXT,
  contact_id TEXT,
  idempotentie_sleutel TEXT UNIQUE,    -- SHA-256 of the Idempotency-Key
  idempotentie_vingerafdruk TEXT,      -- SHA-256 of the request body
  versie INTEGER NOT NULL DEFAULT 1,
  ontvangen_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
CREATE INDEX aanmelding_wachtrij ON aanmelding (regio_code, status, ontvangen_op);
CREATE INDEX aanmelding_wachtrij_alles ON aanmelding (regio_code, ontvangen_op);

CREATE TABLE werkgever (
  id TEXT PRIMARY KEY,
  bedrijfsnaam TEXT NOT NULL,
  kvk_nummer TEXT NOT NULL,
  sector TEXT,
  contactpersoon TEXT NOT NULL,
  email TEXT,
  telefoon TEXT,
  vestigingsgemeente_code TEXT NOT NULL,
  regio_code TEXT NOT NULL,
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
CREATE INDEX werkgever_kvk ON werkgever (regio_code, kvk_nummer);
CREATE INDEX werkgever_naam ON werkgever (regio_code, bedrijfsnaam);

CREATE TABLE contact (
  id TEXT PRIMARY KEY,
  regio_code TEXT NOT NULL,
  kanaal TEXT NOT NULL,
  onderwerp TEXT NOT NULL,             -- a categorie code
  uitkomst TEXT NOT NULL,              -- informatie_gegeven, doorverwezen, anders
  doorverwezen_naar TEXT,
  toelichting TEXT,
  klant_id TEXT,
  werkgever_id TEXT,
  aanmelding_id TEXT,
  medewerker_id TEXT,                  -- who registered it (empty for a system import)
  vastgelegd_op TEXT NOT NULL          -- RFC 3339
){{strict}};
CREATE INDEX contact_regio ON contact (regio_code, vastgelegd_op);
CREATE INDEX contact_klant ON contact (klant_id);
CREATE INDEX contact_werkgever ON contact (werkgever_id);

CREATE TABLE intake (
  id TEXT PRIMARY KEY,
  klant_id TEXT NOT NULL REFERENCES klant (id),
  datum TEXT NOT NULL,                 -- YYYY-MM-DD
  arbeidsmarktpositie TEXT NOT NULL,
  uitkeringssituatie TEXT NOT NULL,
  leeftijdsklasse TEXT NOT NULL,       -- derived from the geboortedatum on the intake date
  opleidingsniveau TEXT NOT NULL,
  banenafspraak INTEGER NOT NULL,
  statushouder INTEGER NOT NULL,
  sector TEXT,
  codelijst_versie TEXT NOT NULL,
  medewerker_id TEXT,
  aangemaakt_op TEXT NOT NULL
){{strict}};
CREATE INDEX intake_klant ON intake (klant_id, datum);
