-- pg_trgm: fuzzy search for en/ru/es; unaccent: accent-tolerant Spanish search.
-- drizzle-kit does not emit CREATE EXTENSION, hence this hand-written migration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
