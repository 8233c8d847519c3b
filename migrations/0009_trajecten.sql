-- Trajecten and samenwerking: the traject with its history and notes (one timeline), the
-- interventies from the catalogue, toestemmingen and doorverwijzingen between partners, and the
-- nametingen after closing.

CREATE TABLE traject (
  id TEXT PRIMARY KEY,
  regio_code TEXT NOT NULL,
  soort TEXT NOT NULL,                       -- persoon, werkgever
  klant_id TEXT REFERENCES klant (id),
  werkgever_id TEXT REFERENCES werkgever (id),
  aanmelding_id TEXT REFERENCES aanmelding (id),
  werkgever_traject_id TEXT REFERENCES traject (id),
  categorie TEXT NOT NULL,                   -- codelijst categorie, or personeelsvraag
  klantvraag TEXT NOT NULL,
  doelen TEXT,
  regievoerder_id TEXT NOT NULL REFERENCES medewerker (id),
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),  -- holds the regie
  intake_id TEXT REFERENCES intake (id),     -- the doelgroep snapshot
  startdatum TEXT NOT NULL,
  status TEXT NOT NULL,                      -- aangemeld, intake, actief, afgesloten
  uitkomst TEXT,                             -- codelijst trajectuitkomst (afgesloten)
  uitkomst_datum TEXT,
  contractvorm TEXT,
  uren_per_week INTEGER,
  uitkomst_toelichting TEXT,
  laatste_dienst_op TEXT NOT NULL,           -- YYYY-MM-DD: the exit rule's clock
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
-- The lists: own (regievoerder) and the organisation's, within the user's regio's; covering the
-- count, in the order of the page.
CREATE INDEX traject_regievoerder ON traject (regievoerder_id, regio_code, gewijzigd_op, id);
CREATE INDEX traject_organisatie ON traject (organisatie_id, regio_code, gewijzigd_op, id);
CREATE INDEX traject_regio ON traject (regio_code, gewijzigd_op, id);
CREATE INDEX traject_klant ON traject (klant_id);
CREATE INDEX traject_werkgever ON traject (werkgever_id);
CREATE INDEX traject_werkgever_traject ON traject (werkgever_traject_id);

-- The timeline: status changes, notes and what happened to interventies, referrals, consent and
-- nametingen. Notes carry a visibility: 'betrokkenen' (all involved) or 'organisatie' (the
-- writer's organisation only).
CREATE TABLE traject_gebeurtenis (
  id TEXT PRIMARY KEY,
  traject_id TEXT NOT NULL REFERENCES traject (id),
  op TEXT NOT NULL,
  soort TEXT NOT NULL,
  omschrijving TEXT NOT NULL,
  van_status TEXT,
  naar_status TEXT,
  tekst TEXT,
  zichtbaarheid TEXT NOT NULL,
  organisatie_id TEXT,
  medewerker_id TEXT,
  object_type TEXT,
  object_id TEXT
){{strict}};
CREATE INDEX traject_gebeurtenis_traject ON traject_gebeurtenis (traject_id, op, id);

CREATE TABLE interventie (
  id TEXT PRIMARY KEY,
  traject_id TEXT NOT NULL REFERENCES traject (id),
  regio_code TEXT NOT NULL,
  klant_id TEXT,                              -- for the maximum per klant
  dienst_id TEXT NOT NULL REFERENCES dienst (id),
  aanbieder_id TEXT NOT NULL REFERENCES organisatie (id),
  gepland_begin TEXT NOT NULL,
  gepland_einde TEXT NOT NULL,
  werkelijk_begin TEXT,
  werkelijk_einde TEXT,
  kosten_cent {{int64}} NOT NULL,
  status TEXT NOT NULL,                       -- gepland, gestart, afgerond, afgebroken
  reden TEXT,
  resultaat TEXT,                             -- codelijst interventieresultaat
  toelichting TEXT,
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
CREATE INDEX interventie_traject ON interventie (traject_id, gepland_begin);
CREATE INDEX interventie_klant_dienst ON interventie (klant_id, dienst_id);

CREATE TABLE toestemming (
  id TEXT PRIMARY KEY,
  traject_id TEXT NOT NULL REFERENCES traject (id),
  organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  scope TEXT NOT NULL,                        -- comma-separated gegevenscategorie codes
  geldig_tot TEXT NOT NULL,
  vastgelegd_via TEXT NOT NULL,
  toelichting TEXT,
  gegeven_op TEXT NOT NULL,
  ingetrokken_op TEXT,
  vastgelegd_door TEXT NOT NULL REFERENCES medewerker (id)
){{strict}};
CREATE INDEX toestemming_traject ON toestemming (traject_id);

CREATE TABLE doorverwijzing (
  id TEXT PRIMARY KEY,
  traject_id TEXT NOT NULL REFERENCES traject (id),
  regio_code TEXT NOT NULL,
  van_organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  naar_organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
  toestemming_id TEXT NOT NULL REFERENCES toestemming (id),
  vraag TEXT NOT NULL,
  status TEXT NOT NULL,                       -- verstuurd, geaccepteerd, afgewezen, afgerond, ingetrokken
  reden TEXT,
  verstuurd_door TEXT NOT NULL REFERENCES medewerker (id),
  verstuurd_op TEXT NOT NULL,
  beantwoord_op TEXT,
  versie INTEGER NOT NULL DEFAULT 1
){{strict}};
CREATE INDEX doorverwijzing_traject ON doorverwijzing (traject_id);
CREATE INDEX doorverwijzing_inbox ON doorverwijzing (naar_organisatie_id, status, verstuurd_op);
CREATE INDEX doorverwijzing_outbox ON doorverwijzing (van_organisatie_id, status, verstuurd_op);

CREATE TABLE nameting (
  id TEXT PRIMARY KEY,
  traject_id TEXT NOT NULL REFERENCES traject (id),
  regio_code TEXT NOT NULL,
  verantwoordelijke_id TEXT NOT NULL REFERENCES medewerker (id),
  maanden INTEGER NOT NULL,                   -- 3, 6, 12
  gepland_op TEXT NOT NULL,
  status TEXT NOT NULL,                       -- open, vastgelegd
  situatie TEXT,                              -- codelijst nametingsituatie
  contractvorm TEXT,
  uren_per_week INTEGER,
  toelichting TEXT,
  vastgelegd_op TEXT,
  versie INTEGER NOT NULL DEFAULT 1
){{strict}};
CREATE INDEX nameting_traject ON nameting (traject_id);
CREATE INDEX nameting_te_doen ON nameting (verantwoordelijke_id, status, gepland_op);
