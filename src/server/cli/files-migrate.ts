/**
 * npm run files:migrate -- --to s3://bucket[/prefix]?endpoint=…&region=… [--from s3://…]
 *
 * Copies every uploaded file (and thumbnail) the database names from the current store (local
 * DATA_DIR/files, or --from / FILE_STORE) to the target, verifying each by SHA-256. Safe to run
 * again: what the target already holds with the same bytes is skipped. Then set FILE_STORE to
 * the target and restart. Generated PDFs need no copying: their cache lives in the database.
 *
 * Uses the same database as the server (DATABASE_URL, else PGlite in DATA_DIR — stop the server
 * first: PGlite allows one process).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DATABASE_BUSY_EXIT, openCliDatabase, runCli } from './cli-database.js';
import { createFileStore, describeFileStore } from '../modules/files/index.js';
import { migrateFiles } from '../modules/files/files-migration.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, from: { type: 'string' } } });
  if (!values.to) {
    console.error('usage: npm run files:migrate -- --to s3://bucket?endpoint=…&region=… [--from s3://…]');
    return 2;
  }
  const config = loadConfig();
  const fromUrl = values.from ?? config.FILE_STORE;
  if (fromUrl === values.to) {
    console.error('The target is the store the files are already in.');
    return 2;
  }
  const [from, to] = [await createFileStore(fromUrl, config.dataDir), await createFileStore(values.to, config.dataDir)];
  const database = await openCliDatabase(config);
  if (!database) return DATABASE_BUSY_EXIT;
  try {
    console.log(
      `Copying files from ${describeFileStore(fromUrl, config.dataDir)} to ${describeFileStore(values.to, config.dataDir)}…`,
    );
    const report = await migrateFiles(database.db, from, to, (done) => console.log(`  ${done} objects checked`));
    console.log(
      `${report.copied} copied and verified, ${report.alreadyThere} already there, ${report.failures.length} failed.`,
    );
    for (const failure of report.failures) console.error(`  ${failure.key}: ${failure.reason}`);
    if (report.failures.length) return 1;
    console.log(`Done. Set FILE_STORE=${values.to} and restart the server.`);
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
