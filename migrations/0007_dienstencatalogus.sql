-- The dienstencatalogus of a regio: the services partners offer, managed by the coordinator.
-- Paused services stay visible (as paused); closed ones can no longer be planned.

CREATE TABLE dienst (
  id TEXT PRIMARY KEY,
  regio_code TEXT NOT NULL,
  naam TEXT NOT NULL,
  type TEXT NOT NULL,                  -- codelijst diensttype
  omschrijving TEXT,
  aanbieder_id TEXT NOT NULL REFERENCES organisatie (id),
  standaardkosten_cent {{int64}} NOT NULL,
  status TEXT NOT NULL,                -- open, gepauzeerd, gesloten
  max_per_klant {{int64}},             -- how often one klant may get it; NULL: no maximum
  versie INTEGER NOT NULL DEFAULT 1,
  aangemaakt_op TEXT NOT NULL,
  gewijzigd_op TEXT NOT NULL
){{strict}};
CREATE INDEX dienst_regio ON dienst (regio_code, naam);
