-- Trigram indexes back diacritic-free search over folded text; pg_trgm exists on PostgreSQL 15 and in PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
