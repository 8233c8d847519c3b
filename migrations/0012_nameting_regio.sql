-- A coordinator's overview of the nametingen due per adviser reads the regio's open ones up to a
-- date (GET /nametingen-per-medewerker): about 40,000 open nametingen per regio in the 1M-traject
-- benchmark database, out of 2.2 million.
CREATE INDEX nameting_regio_te_doen ON nameting (regio_code, status, gepland_op);
