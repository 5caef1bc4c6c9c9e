import type { Config } from '../config.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { DataDirLockedError } from '../db/pglite-lock.js';
import { runMigrations } from '../db/migrate.js';

/**
 * The server's database for a command-line tool, migrated; undefined (after saying why) when the
 * embedded database is held by a running server — PGlite admits one process.
 */
export async function openCliDatabase(config: Config): Promise<Database | undefined> {
  let database: Database;
  try {
    database = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL, 2) : await openPglite(config.dataDir);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`${error.message}\nStop the server first: the embedded database admits one process.`);
      return undefined;
    }
    throw error;
  }
  await runMigrations(database);
  return database;
}

/** EX_TEMPFAIL: try again once the server has stopped. */
export const DATABASE_BUSY_EXIT = 75;

/** Runs a command's main and exits with its code; a thrown error prints its message and exits 1. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
