import type { Config } from '../../src/server/config.js';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';

/** The database the app would use: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
    : openPglite(config.dataDir);
}

export const describeDatabase = (config: Config) =>
  config.DATABASE_URL ? `PostgreSQL ${new URL(config.DATABASE_URL).pathname.slice(1)}` : `PGlite in ${config.dataDir}`;
