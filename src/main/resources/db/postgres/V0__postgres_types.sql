-- PostgreSQL has no CLOB or BLOB, which the shared scripts in db/migration use (H2 keeps them, and the code generator
-- reads them). Here they are names for PostgreSQL's own unbounded types, so that the shared scripts run unchanged and
-- each column means what it means on H2: text of any length, and bytes of any length.
CREATE DOMAIN clob AS text;
CREATE DOMAIN blob AS bytea;
