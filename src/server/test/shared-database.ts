import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, type Database } from '../db/client.js';
import { databaseName, quoteIdent, withDatabase } from './test-db-names.js';

/**
 * One PostgreSQL database (a copy of the migrated template) that several app instances open, for
 * the fan-out across instances; only with DATABASE_URL. drop() removes it.
 */
export async function sharedPostgresDatabase(): Promise<{ open(): Promise<Database>; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const template = inject('pgTemplateDatabase');
  if (!url || !template) throw new Error('sharedPostgresDatabase needs DATABASE_URL and the template');
  const name = `${databaseName(url).replace(/[^a-z0-9_]/g, '_')}_s_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  return {
    open: () => openPostgres(withDatabase(url, name), 5),
    drop: () => admin(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  };
}
