import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PGLITE_EXTENSIONS, openPglite, openPostgres, type Database } from '../db/client.js';
import type { FileStore } from '../modules/files/index.js';
import { exportSnapshot, hasPlatformTables, tableRowCounts } from './backup-counts.repo.js';
import { backUpFiles, restoreFiles, type BackedUpFile, type FilesRestoreReport } from './backup-files.js';

const run = promisify(execFile);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** manifest.json: what a backup holds and what a restore must find again. */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  database: { kind: 'postgres' | 'pglite'; file: string; sha256: string; bytes: number };
  /** Rows per table, counted in the same snapshot as the dump. */
  tables: Record<string, number>;
  files: BackedUpFile[];
  /** Objects the database names that the store did not have when the backup ran. */
  missingFiles: string[];
}

async function emptyDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length) throw new Error(`${dir} is not empty: give a new directory for each backup`);
}

/**
 * `npm run backup`: the database (pg_dump of one exported snapshot, or PGlite's data directory
 * with the server stopped), then every stored file, then manifest.json with row counts and
 * SHA-256s. docs/deployment.md gives the recovery point and time this yields.
 */
export async function createBackup(options: {
  database: Database;
  store: FileStore;
  dir: string;
  now: Date;
}): Promise<BackupManifest> {
  const { database, store, dir } = options;
  await emptyDirectory(dir);
  let file: string;
  let tables: Record<string, number>;
  if (database.kind === 'postgres') {
    if (!database.url) throw new Error('The PostgreSQL connection URL is needed for pg_dump');
    file = 'database.pgdump';
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const snapshot = await exportSnapshot(client);
      tables = snapshot.counts;
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${snapshot.snapshot}`,
        `--file=${path.join(dir, file)}`,
        `--dbname=${database.url}`,
      ]);
      await client.query('commit');
    } finally {
      await client.end();
    }
  } else {
    if (!database.dumpDataDir) throw new Error('This database cannot dump its data directory');
    file = 'database.pglite.tar.gz';
    tables = await tableRowCounts(database.db);
    await writeFile(path.join(dir, file), await database.dumpDataDir());
  }
  const dump = await readFile(path.join(dir, file));
  const { saved: files, missing } = await backUpFiles(database.db, store, dir);
  const manifest: BackupManifest = {
    format: 1,
    createdAt: options.now.toISOString(),
    database: { kind: database.kind, file, sha256: sha256(dump), bytes: dump.length },
    tables,
    files,
    missingFiles: missing,
  };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export type RestoreTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface RestoreReport {
  /** Tables whose restored row count differs from the manifest (empty when all match). */
  tableMismatches: { table: string; expected: number; found: number }[];
  tablesChecked: number;
  files: FilesRestoreReport;
}

async function restoreDatabase(dir: string, manifest: BackupManifest, target: RestoreTarget): Promise<Database> {
  const dump = await readFile(path.join(dir, manifest.database.file));
  if (sha256(dump) !== manifest.database.sha256) throw new Error('The database dump differs from its manifest entry');
  if (manifest.database.kind !== target.kind) {
    throw new Error(`This is a ${manifest.database.kind} backup; restore it into ${manifest.database.kind}`);
  }
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      if (await hasPlatformTables(client)) throw new Error('The target database is not empty: restore into a new one');
    } finally {
      await client.end();
    }
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      `--dbname=${target.url}`,
      path.join(dir, manifest.database.file),
    ]);
    return openPostgres(target.url, 2);
  }
  await mkdir(target.dataDir, { recursive: true });
  const dataDir = path.join(target.dataDir, 'pglite');
  const existing = await readdir(dataDir).catch(() => []);
  if (existing.length) throw new Error(`${dataDir} already holds a database: restore into a new DATA_DIR`);
  const client = await PGlite.create({ dataDir, loadDataDir: new Blob([dump]), extensions: PGLITE_EXTENSIONS });
  await client.close();
  return openPglite(target.dataDir);
}

/** `npm run restore`: the database into an empty target, the files into the store, then both compared with the manifest. */
export async function restoreBackup(options: {
  dir: string;
  target: RestoreTarget;
  store: FileStore;
}): Promise<RestoreReport> {
  const manifest = JSON.parse(await readFile(path.join(options.dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`Unknown backup format ${String(manifest.format)}`);
  const database = await restoreDatabase(options.dir, manifest, options.target);
  try {
    const found = await tableRowCounts(database.db);
    const tableMismatches = Object.entries(manifest.tables)
      .filter(([table, expected]) => found[table] !== expected)
      .map(([table, expected]) => ({ table, expected, found: found[table] ?? -1 }));
    const files = await restoreFiles(options.dir, manifest.files, options.store);
    return { tableMismatches, tablesChecked: Object.keys(manifest.tables).length, files };
  } finally {
    await database.close();
  }
}
