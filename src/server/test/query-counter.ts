/**
 * A private test database whose Drizzle client records every statement it sends, so a test can
 * count the SQL behind one request ("≤ 3 statements per list request") and EXPLAIN exactly the
 * statements the app ran. The recording client is a second Drizzle instance over the same
 * PGlite / node-postgres connection that createTestDatabase() opened, built like src/server/db/client.ts.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Database, Db } from '../db/client.js';
import { createTestDatabase } from './test-database.js';

export interface LoggedQuery {
  sql: string;
  params: unknown[];
}

export interface CountingDatabase extends Database {
  /** Every statement sent through `db` since the last reset(), in order. */
  readonly queries: LoggedQuery[];
  reset(): void;
  /** Runs SQL on the same connection without recording it (for EXPLAIN, ANALYZE, bulk fixtures). */
  raw<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The plan PostgreSQL chooses for a recorded statement, with the same parameters, one line per node. */
  explain(query: LoggedQuery): Promise<string>;
}

export async function createCountingTestDatabase(): Promise<CountingDatabase> {
  const base = await createTestDatabase();
  const queries: LoggedQuery[] = [];
  const logger: Logger = { logQuery: (sql, params) => void queries.push({ sql, params: [...params] }) };
  const client = (base.db as unknown as { $client: PGlite | pg.Pool }).$client;
  let db: Db;
  let raw: CountingDatabase['raw'];
  if (base.kind === 'pglite') {
    const lite = client as PGlite;
    db = drizzlePglite(lite, { logger }) as unknown as Db;
    raw = async <T>(sql: string, params: unknown[] = []) => (await lite.query<T>(sql, params)).rows;
  } else {
    const pool = client as pg.Pool;
    db = drizzlePg(pool, { logger }) as unknown as Db;
    raw = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as unknown as T[];
  }
  return {
    ...base,
    db,
    queries,
    reset: () => void queries.splice(0, queries.length),
    raw,
    explain: async (query) => {
      const rows = await raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, query.params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    },
  };
}
