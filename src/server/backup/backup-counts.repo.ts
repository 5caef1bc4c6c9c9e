import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '../db/client.js';

const TABLES = `select tablename as name from pg_tables where schemaname = 'public' order by tablename`;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Both drivers answer execute() with { rows }; the Db type leaves the result open.
type Rows<T> = { rows: T[] };

/** Exact row counts of every table of the platform (schema public): a restore is compared with them. */
export async function tableRowCounts(db: Pick<Db, 'execute'>): Promise<Record<string, number>> {
  const tables = (await db.execute(sql.raw(TABLES))) as unknown as Rows<{ name: string }>;
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = (await db.execute(sql.raw(`select count(*) as n from ${quote(name)}`))) as unknown as Rows<{
      n: string | number;
    }>;
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Opens a read-only snapshot on `client` and exports it, so pg_dump (`--snapshot`) and the row
 * counts of the manifest see exactly the same data while the platform keeps running. The caller
 * ends the transaction once pg_dump is done.
 */
export async function exportSnapshot(client: pg.Client): Promise<{ snapshot: string; counts: Record<string, number> }> {
  await client.query('begin isolation level repeatable read read only');
  const { rows } = await client.query<{ s: string }>('select pg_export_snapshot() as s');
  const counts: Record<string, number> = {};
  for (const { name } of (await client.query<{ name: string }>(TABLES)).rows) {
    const result = await client.query<{ n: string }>(`select count(*) as n from ${quote(name)}`);
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return { snapshot: rows[0]!.s, counts };
}

/** Whether a database already holds the platform's tables (a restore goes only into an empty one). */
export async function hasPlatformTables(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query(`${TABLES} limit 1`);
  return rows.length > 0;
}
