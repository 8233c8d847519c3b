-- Ontschot budget: one pooled budget per regio and year with its lines, changed only through
-- proposals the kassier approves; an append-only ledger (mutatie) from which every balance is
-- derived; commitments (verplichting) per interventie with a cost; invoices (declaratie) from
-- aanbieders; payment runs (betaalronde) whose posts are frozen when the run is made. The *_door
-- columns hold the actor: a medewerker id, or token:<id> for an API token.

CREATE TABLE budget (
  id TEXT PRIMARY KEY,
  regio_code TEXT NOT NULL,
  jaar INTEGER NOT NULL,
  regeling TEXT NOT NULL,                     -- the funding scheme, on the year-end export
  vier_ogen_vanaf_cent {{int64}} NOT NULL,    -- commitments from this amount need two approvers
  aangemaakt_door TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  UNIQUE (regio_code, jaar)
){{strict}};

CREATE TABLE budgetregel (
  id TEXT PRIMARY KEY,
  budget_id TEXT NOT NULL REFERENCES budget (id),
  soort TEXT NOT NULL,                        -- personele_inzet, interventies, overig
  naam TEXT NOT NULL,
  volgorde INTEGER NOT NULL,
  UNIQUE (budget_id, naam)
){{strict}};

-- A coordinator's proposal, approved or rejected by a kassier: toekenning (a signed change of
-- the line's allocation) or overschrijding (a signed change of how far the line may go below zero).
CREATE TABLE budgetwijziging (
  id TEXT PRIMARY KEY,
  budget_id TEXT NOT NULL REFERENCES budget (id),
  regel_id TEXT NOT NULL REFERENCES budgetregel (id),
  soort TEXT NOT NULL,
  bedrag_cent {{int64}} NOT NULL,
  toelichting TEXT NOT NULL,
  status TEXT NOT NULL,                       -- voorgesteld, goedgekeurd, afgewezen
  reden TEXT,
  voorgesteld_door TEXT NOT NULL,
  voorgesteld_op TEXT NOT NULL,
  beoordeeld_door TEXT,
  beoordeeld_op TEXT
){{strict}};
CREATE INDEX budgetwijziging_budget ON budgetwijziging (budget_id, status);

-- One per interventie with a cost. aangevraagd → (eerste_akkoord →) goedgekeurd | afgewezen;
-- vervallen when the interventie stops before approval. bedrag_cent: requested, and once
-- approved the committed amount net of vrijval (the ledger says the same; verify checks it).
CREATE TABLE verplichting (
  id TEXT PRIMARY KEY,
  interventie_id TEXT NOT NULL UNIQUE REFERENCES interventie (id),
  regio_code TEXT NOT NULL,
  jaar INTEGER NOT NULL,                      -- of the planned start: the budget it draws on
  budget_id TEXT REFERENCES budget (id),
  regel_id TEXT REFERENCES budgetregel (id),
  bedrag_cent {{int64}} NOT NULL,
  status TEXT NOT NULL,
  reden TEXT,
  aangevraagd_door TEXT NOT NULL,
  aangevraagd_op TEXT NOT NULL,
  eerste_akkoord_door TEXT,
  eerste_akkoord_op TEXT,
  beoordeeld_door TEXT,
  beoordeeld_op TEXT,
  versie INTEGER NOT NULL DEFAULT 1
){{strict}};
CREATE INDEX verplichting_regio ON verplichting (regio_code, status, aangevraagd_op);

CREATE TABLE declaratie (
  id TEXT PRIMARY KEY,
  regio_code TEXT NOT NULL,
  aanbieder_id TEXT NOT NULL REFERENCES organisatie (id),
  factuurnummer TEXT NOT NULL,
  factuurdatum TEXT NOT NULL,
  periode_van TEXT NOT NULL,
  periode_tot TEXT NOT NULL,
  bedrag_cent {{int64}} NOT NULL,
  iban TEXT NOT NULL,
  bic TEXT,
  bijlage TEXT NOT NULL,                      -- reference to the invoice document
  boven_verplichting INTEGER NOT NULL,        -- 1: the submitter asks to pay above the commitment
  toelichting TEXT,
  status TEXT NOT NULL,                       -- ingediend, goedgekeurd, afgewezen, betaald
  reden TEXT,
  ingediend_door TEXT NOT NULL,
  ingediend_op TEXT NOT NULL,
  beoordeeld_door TEXT,
  beoordeeld_op TEXT,
  betaalronde_id TEXT,
  idempotentie_sleutel TEXT UNIQUE,           -- SHA-256 of the Idempotency-Key of the POST
  idempotentie_vingerafdruk TEXT,             -- SHA-256 of its body
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (aanbieder_id, factuurnummer)
){{strict}};
CREATE INDEX declaratie_regio ON declaratie (regio_code, status, ingediend_op);

CREATE TABLE declaratieregel (
  declaratie_id TEXT NOT NULL REFERENCES declaratie (id),
  interventie_id TEXT NOT NULL REFERENCES interventie (id),
  bedrag_cent {{int64}} NOT NULL,
  PRIMARY KEY (declaratie_id, interventie_id)
){{strict}};
CREATE INDEX declaratieregel_interventie ON declaratieregel (interventie_id);

CREATE TABLE betaalronde (
  id TEXT PRIMARY KEY,
  regio_code TEXT NOT NULL,
  bericht_id TEXT NOT NULL UNIQUE,            -- MsgId of the pain.001 file
  uitvoeringsdatum TEXT NOT NULL,
  debiteur_naam TEXT NOT NULL,
  debiteur_iban TEXT NOT NULL,
  debiteur_bic TEXT,
  aantal INTEGER NOT NULL,
  totaal_cent {{int64}} NOT NULL,
  status TEXT NOT NULL,                       -- aangemaakt, betaald
  aangemaakt_door TEXT NOT NULL,
  aangemaakt_op TEXT NOT NULL,
  betaald_door TEXT,
  betaald_op TEXT,
  idempotentie_sleutel TEXT UNIQUE,
  idempotentie_vingerafdruk TEXT
){{strict}};
CREATE INDEX betaalronde_regio ON betaalronde (regio_code, aangemaakt_op);

-- The frozen snapshot: the file is written from these rows only.
CREATE TABLE betaalpost (
  betaalronde_id TEXT NOT NULL REFERENCES betaalronde (id),
  volgnummer INTEGER NOT NULL,
  declaratie_id TEXT NOT NULL UNIQUE REFERENCES declaratie (id),
  end_to_end_id TEXT NOT NULL,
  crediteur_naam TEXT NOT NULL,
  iban TEXT NOT NULL,
  bic TEXT,
  bedrag_cent {{int64}} NOT NULL,
  factuurnummer TEXT NOT NULL,
  omschrijving TEXT NOT NULL,
  PRIMARY KEY (betaalronde_id, volgnummer)
){{strict}};

-- The ledger. Never updated or deleted (the triggers refuse it); a mistake is undone by a
-- correctie that reverses one entry. rubriek: the balance the entry moves (toegekend, verplicht,
-- gedeclareerd, betaald); bedrag_cent: what it adds to it (vrijval and correcties subtract);
-- stand_cent: the line's balance in that rubriek after this entry (entries of one line are booked
-- one at a time under a lock on the line, so the newest entry holds the balance; verify re-adds).
CREATE TABLE mutatie (
  volgnummer {{serial}},
  id TEXT NOT NULL UNIQUE,
  budget_id TEXT NOT NULL REFERENCES budget (id),
  regel_id TEXT NOT NULL REFERENCES budgetregel (id),
  soort TEXT NOT NULL,                        -- toekenning, verplichting, vrijval, declaratie_goedgekeurd, betaling, correctie
  rubriek TEXT NOT NULL,
  bedrag_cent {{int64}} NOT NULL,
  stand_cent {{int64}} NOT NULL,
  budgetwijziging_id TEXT REFERENCES budgetwijziging (id),
  verplichting_id TEXT REFERENCES verplichting (id),
  declaratie_id TEXT REFERENCES declaratie (id),
  betaalronde_id TEXT REFERENCES betaalronde (id),
  corrigeert_id TEXT REFERENCES mutatie (id),
  omschrijving TEXT NOT NULL,
  geboekt_door TEXT NOT NULL,
  geboekt_op TEXT NOT NULL
){{strict}};
CREATE INDEX mutatie_budget ON mutatie (budget_id, volgnummer);
CREATE INDEX mutatie_stand ON mutatie (regel_id, rubriek, volgnummer);
CREATE INDEX mutatie_verplichting ON mutatie (verplichting_id);
CREATE INDEX mutatie_declaratie ON mutatie (declaratie_id);
{{append_only mutatie}}
