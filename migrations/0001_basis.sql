-- Basis: reference data tables and the change feed.
-- Dialect tokens (db/migrations.cpp): {{strict}}, {{int64}}, {{serial}}, {{bytes}}.

CREATE TABLE regio (
  code TEXT NOT NULL,
  jaar INTEGER NOT NULL,
  naam TEXT NOT NULL,
  PRIMARY KEY (code, jaar)
){{strict}};

CREATE TABLE gemeente (
  code TEXT NOT NULL,
  jaar INTEGER NOT NULL,
  naam TEXT NOT NULL,
  regio_code TEXT NOT NULL,
  PRIMARY KEY (code, jaar),
  FOREIGN KEY (regio_code, jaar) REFERENCES regio (code, jaar)
){{strict}};

CREATE INDEX gemeente_regio ON gemeente (regio_code, jaar, code);

-- Every domain write appends here in its own transaction; the monitor and notification
-- consumers read it in volgnummer order.
CREATE TABLE wijziging (
  volgnummer {{serial}},
  tijdstip TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  actie TEXT NOT NULL,
  regio_code TEXT,
  trace_id TEXT
){{strict}};
