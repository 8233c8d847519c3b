-- A timeline entry's code and parameters (a JSON object of strings), so that the UI says it in
-- its own language; `omschrijving` keeps the Dutch sentence for API clients and for the entries
-- written before this migration, which have no code.
ALTER TABLE traject_gebeurtenis ADD COLUMN code TEXT;
ALTER TABLE traject_gebeurtenis ADD COLUMN parameters TEXT;
