import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { PGLITE_EXTENSIONS, openPostgres, wrapPglite, type Database } from '../db/client.js';
import { databaseName, quoteIdent, withDatabase } from './test-db-names.js';

/** A private, migrated database for one test file; close() removes it. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const template = inject('pgTemplateDatabase');
  if (url && template) {
    const name = `${databaseName(url).replace(/[^a-z0-9_]/g, '_')}_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
    await admin.end();
    const database = await openPostgres(withDatabase(url, name), 5);
    return {
      ...database,
      close: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const templatePath = inject('pgliteTemplatePath');
  if (!templatePath) throw new Error('The vitest global setup did not provide a database template');
  const client = await PGlite.create({
    loadDataDir: new Blob([readFileSync(templatePath)]),
    extensions: PGLITE_EXTENSIONS,
  });
  return wrapPglite(client);
}
