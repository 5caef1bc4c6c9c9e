import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openPglite, openPostgres, type Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { withStartupLock } from './db/startup-lock.js';
import { seedCategories } from './modules/catalog/index.js';
import { issueSetupLink } from './modules/accounts/index.js';
import { seedDemoData } from './demo/demo-data.js';
import { publishedDemoAccounts } from './demo/demo-banner.js';
import { exposureWarning, startupBanner } from './startup-banner.js';
import { closeWithin } from './platform/shutdown.js';
import { DataDirLockedError } from './db/pglite-lock.js';

async function openDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  return openPglite(config.dataDir);
}

/** Start-up: config → database → migrations → HTTP; graceful shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  let database: Database;
  try {
    database = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(75); // EX_TEMPFAIL
    }
    throw error;
  }
  const app = await withStartupLock(database, async () => {
    await runMigrations(database);
    await seedCategories(database.db);
    return buildApp({ config, database });
  });
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('graceful shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    // Stops listening, lets in-flight requests finish, cuts stalled ones off, runs onClose hooks.
    closeWithin(app, config.SHUTDOWN_TIMEOUT_MS)
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const demo = config.demoData ? await withStartupLock(database, () => seedDemoData(app, database.db)) : undefined;
  app.mailWorker.start();
  app.messageDigest.start();
  app.scheduler.start();
  app.catalogCache.start();
  await app.listen({ host: config.host, port: config.PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ? config.publicUrl : `http://localhost:${port}`;
  const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const warning = exposureWarning(config);
  if (warning) app.log.warn({ host: config.host }, 'development server listens beyond this machine');
  const accounts = config.demoData ? await publishedDemoAccounts(database.db) : [];
  // No admin yet (first start): a one-time link to create one, without stopping the server.
  const setupLink = await issueSetupLink(database.db, url, new Date());
  console.log(
    startupBanner({ config, url, database: where, demo: { created: demo !== undefined, accounts }, setupLink }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
