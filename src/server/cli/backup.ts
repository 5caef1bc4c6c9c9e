/**
 * npm run backup -- --to DIR      the database, every stored file and manifest.json into a new DIR
 * npm run restore -- --from DIR   into the configured database (must be empty) and file store
 *
 * Uses the server's configuration (DATABASE_URL or PGlite in DATA_DIR; FILE_STORE). PostgreSQL is
 * backed up while the platform runs (one exported snapshot); PGlite admits one process, so stop
 * the server first. docs/deployment.md: schedule, recovery point and time.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { DATABASE_BUSY_EXIT, openCliDatabase, runCli } from './cli-database.js';
import { createFileStore } from '../modules/files/index.js';
import { createBackup, restoreBackup } from '../backup/backup.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, from: { type: 'string' } } });
  if (Boolean(values.to) === Boolean(values.from)) {
    console.error('usage: npm run backup -- --to DIR\n       npm run restore -- --from DIR');
    return 2;
  }
  const config = loadConfig();
  const store = await createFileStore(config.FILE_STORE, config.dataDir);
  if (values.from) {
    const target = config.DATABASE_URL
      ? ({ kind: 'postgres', url: config.DATABASE_URL } as const)
      : ({ kind: 'pglite', dataDir: config.dataDir } as const);
    const report = await restoreBackup({ dir: path.resolve(values.from), target, store });
    console.log(`${report.tablesChecked} tables restored; ${report.tableMismatches.length} with other row counts.`);
    for (const m of report.tableMismatches) console.error(`  ${m.table}: expected ${m.expected}, found ${m.found}`);
    console.log(
      `${report.files.restored} files restored, ${report.files.alreadyThere} already there, ${report.files.failures.length} failed.`,
    );
    for (const f of report.files.failures) console.error(`  ${f.key}: ${f.reason}`);
    return report.tableMismatches.length || report.files.failures.length ? 1 : 0;
  }
  const database = await openCliDatabase(config);
  if (!database) return DATABASE_BUSY_EXIT;
  try {
    const dir = path.resolve(values.to!);
    const manifest = await createBackup({ database, store, dir, now: new Date() });
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(
      `Backup in ${dir}: ${Object.keys(manifest.tables).length} tables (${rows} rows), ${manifest.files.length} files.`,
    );
    if (manifest.missingFiles.length) {
      console.warn(`Warning: ${manifest.missingFiles.length} stored objects named in the database were missing:`);
      for (const key of manifest.missingFiles.slice(0, 20)) console.warn(`  ${key}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
