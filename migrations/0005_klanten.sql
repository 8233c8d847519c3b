-- Klanten (persons) of the centrale toegang. The BSN is never stored in plain text: sealed with
-- the field key (XChaCha20-Poly1305, bound to the row) plus a keyed blind index for lookup.

CREATE TABLE klant (
  id TEXT PRIMARY KEY,                 -- UUIDv7
  naam TEXT NOT NULL,
  geboortedatum TEXT NOT NULL,         -- YYYY-MM-DD
  email TEXT,
  telefoon TEXT,
  woongemeente_code TEXT NOT NULL,     -- GMnnnn
  regio_code TEXT NOT NULL,            -- the regio of the woongemeente at intake: the tenant
  bsn_versleuteld TEXT,
  bsn_index TEXT,                      -- HMAC-SHA-256(index key, "bsn-index" ‖ bsn)
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
CREATE INDEX klant_regio ON klant (regio_code, naam);
CREATE INDEX klant_bsn_index ON klant (bsn_index);
CREATE INDEX klant_naam_geboortedatum ON klant (regio_code, geboortedatum, naam);
