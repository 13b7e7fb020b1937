-- Baseline of the Spendvault schema. Features add their tables in later migrations.
-- pg_trgm backs case-insensitive substring search (ILIKE '%…%') with GIN indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
