-- Reference data 2024 (Bron: CBS, CC BY 4.0): the 35 arbeidsmarktregio's and the 342 gemeenten.
-- The rows are loaded from data/regios_2024.csv and data/gemeenten_2024.csv by
-- src/db/referentiedata.cpp; both files count in this migration's checksum.
SELECT 1;
