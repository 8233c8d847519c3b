-- Login sessions, recovery codes, login throttling, API tokens and the Logboek Dataverwerkingen.
-- Secrets are stored only as SHA-256 hashes (tokens, codes) or sealed with the field key (TOTP).

CREATE TABLE sessie (
  token_hash TEXT PRIMARY KEY,         -- SHA-256 of the cookie value
  id TEXT NOT NULL UNIQUE,             -- UUIDv7: names the session in the audit log
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  stap TEXT NOT NULL,                  -- totp, totp-registreren, wachtwoord-wijzigen, voltooid
  csrf_token TEXT NOT NULL,            -- useless without the cookie; returned by GET /sessie
  totp_geheim_nieuw TEXT,              -- sealed; during enrolment only
  totp_pogingen INTEGER NOT NULL DEFAULT 0,
  aangemaakt_op TEXT NOT NULL,
  verloopt_op TEXT NOT NULL,           -- idle expiry
  absoluut_verloopt_op TEXT NOT NULL
){{strict}};
CREATE INDEX sessie_medewerker ON sessie (medewerker_id);

CREATE TABLE herstelcode (
  medewerker_id TEXT NOT NULL REFERENCES medewerker (id),
  code_hash TEXT NOT NULL,
  gebruikt_op TEXT,
  PRIMARY KEY (medewerker_id, code_hash)
){{strict}};

-- Failed logins per key ("account:<pseudonym of the e-mail>" or "adres:<ip>"), kept whether or
-- not the account exists, so throttling reveals nothing.
CREATE TABLE inlogpoging (
  sleutel TEXT PRIMARY KEY,
  mislukt INTEGER NOT NULL,
  venster_start TEXT NOT NULL,
  geblokkeerd_tot TEXT
){{strict}};

CREATE TABLE api_token (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  naam TEXT NOT NULL,
  regio_code TEXT NOT NULL,
  rollen TEXT NOT NULL,                -- comma-separated role names
  verloopt_op TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  aangemaakt_door TEXT NOT NULL,       -- medewerker id
  ingetrokken_op TEXT
){{strict}};
CREATE INDEX api_token_regio ON api_token (regio_code, aangemaakt_op);

-- Logboek Dataverwerkingen: one row per processing action per data subject. betrokkene is a
-- keyed HMAC pseudonym (purpose "verwerking") of the subject's identifier.
CREATE TABLE verwerking (
  volgnummer {{serial}},
  trace_id TEXT NOT NULL,
  span_id TEXT NOT NULL,
  naam TEXT NOT NULL,
  start_op TEXT NOT NULL,
  eind_op TEXT NOT NULL,
  verwerkingsactiviteit_id TEXT NOT NULL,
  betrokkene TEXT NOT NULL,
  actor TEXT NOT NULL,
  status TEXT NOT NULL                 -- gelukt, mislukt
){{strict}};
CREATE INDEX verwerking_betrokkene ON verwerking (betrokkene, volgnummer);
