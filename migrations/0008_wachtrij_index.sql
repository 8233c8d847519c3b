-- The queue lists open aanmeldingen (nieuw, toegewezen) oldest first. With an index on
-- (regio_code, ontvangen_op) the planners walked a regio's whole history to reach the newest,
-- open ones (seconds per page at a million rows); one index per (regio, status) in queue order
-- keeps every page a short range scan plus a small sort of the open ones.
DROP INDEX aanmelding_wachtrij_alles;
DROP INDEX aanmelding_wachtrij;
CREATE INDEX aanmelding_wachtrij ON aanmelding (regio_code, status, ontvangen_op, id);
