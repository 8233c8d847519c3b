-- Identity and accountability: partner organisations, staff with roles per regio, and the
-- hash-chained audit log (BIO2 8.15). Sessions, API tokens and the Logboek: 0004.

CREATE TABLE organisatie (
  id TEXT PRIMARY KEY,                 -- UUIDv7
  naam TEXT NOT NULL,
  type TEXT NOT NULL,                  -- uwv, gemeente, werkgeversorganisatie, ..., werkcentrum
  kvk_nummer TEXT,                     -- 8 digits
  actief INTEGER NOT NULL DEFAULT 1,
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};

CREATE TABLE organisatie_regio (
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  regio_code TEXT NOT NULL,
  PRIMARY KEY (organisatie_id, regio_code)
){{strict}};
CREATE INDEX organisatie_regio_regio ON organisatie_regio (regio_code, organisatie_id);

CREATE TABLE medewerker (
  id TEXT PRIMARY KEY,                 -- UUIDv7
  naam TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,          -- lower case
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  status TEXT NOT NULL,                -- actief, geblokkeerd
  wachtwoord_hash TEXT,                -- Argon2id (libsodium string format)
  wachtwoord_wijzigen INTEGER NOT NULL DEFAULT 1,
  totp_geheim TEXT,                    -- encrypted with the field key; NULL until enrolled
  totp_laatste_stap {{int64}},         -- replay protection
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
CREATE INDEX medewerker_organisatie ON medewerker (organisatie_id);

CREATE TABLE medewerker_rol (
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  rol TEXT NOT NULL,
  regio_code TEXT NOT NULL,
  PRIMARY KEY (medewerker_id, rol, regio_code)
){{strict}};
CREATE INDEX medewerker_rol_regio ON medewerker_rol (regio_code, rol);

-- Append-only: rows are never updated or deleted. hash = HMAC-SHA-256(audit key,
-- vorige_hash ‖ the row's fields); `rmt audit verify` recomputes the chain.
CREATE TABLE auditregel (
  volgnummer {{serial}},
  tijdstempel TEXT NOT NULL,
  actor TEXT NOT NULL,                 -- medewerker id, "anoniem", "systeem" or "token:<id>"
  actie TEXT NOT NULL,                 -- e.g. inloggen, rol_gewijzigd, toegang_geweigerd
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  resultaat TEXT NOT NULL,             -- gelukt, mislukt, geweigerd
  oorsprong_adres TEXT NOT NULL,
  oorsprong_user_agent TEXT NOT NULL,
  trace_id TEXT NOT NULL,
  vorige_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  regios TEXT NOT NULL                 -- ",AM13,AM18,": whose privacy officers read it ('' = all)
){{strict}};
CREATE INDEX auditregel_actor ON auditregel (actor, volgnummer);
CREATE INDEX auditregel_object ON auditregel (object_type, object_id, volgnummer);
CREATE INDEX auditregel_tijd ON auditregel (tijdstempel);
