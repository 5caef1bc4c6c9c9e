import pg from 'pg';
import type { Database } from './client.js';

/**
 * Runs the start-up steps that write (migrations, the category seed, the demo data) under one
 * PostgreSQL advisory lock, so instances started together take turns: the first migrates and
 * seeds, the others find it done. Held on a dedicated connection for as long as `steps` run.
 * PGlite admits one process, so there it needs no lock.
 */
export async function withStartupLock<T>(database: Database, steps: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres' || !database.url) return steps();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtextextended('buttress-roots:startup', 0))`);
    return await steps();
  } finally {
    await client.end();
  }
}
