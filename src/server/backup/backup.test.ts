import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileStore, files, type FileStore } from '../modules/files/index.js';
import { makeUser, upload, type TestUser } from '../test/supplier-fixtures.js';
import { createTestDatabase } from '../test/test-database.js';
import { databaseName, quoteIdent, withDatabase } from '../test/test-db-names.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import * as corpus from '../test/upload-corpus.js';
import { createBackup, restoreBackup, type BackupManifest, type RestoreTarget } from './backup.js';
import { tableRowCounts } from './backup-counts.repo.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let work: string;
let t: TestApp;
let owner: TestUser;
let source: FileStore;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'br-backup-'));
  t = await startTestApp(await createTestDatabase(), { env: { DATA_DIR: path.join(work, 'live') } });
  source = await createFileStore(undefined, path.join(work, 'live'));
  owner = await makeUser(t);
  await makeUser(t);
  await upload(t.app, owner.cookie, 'supplier_material', 'scan.png', await corpus.png(300, 200));
  await upload(t.app, owner.cookie, 'supplier_material', 'licence.pdf');
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await t?.close();
  await rm(work, { recursive: true, force: true });
});

/** A new, empty database of the same kind as the one under test. */
async function freshTarget(): Promise<RestoreTarget> {
  if (t.database.kind === 'pglite') return { kind: 'pglite', dataDir: await mkdtemp(path.join(work, 'restored-')) };
  const url = t.database.url!;
  const name = `${databaseName(url)
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 30)}_restore_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  await admin.end();
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await dropper.end();
  });
  return { kind: 'postgres', url: withDatabase(url, name) };
}

describe('npm run backup / npm run restore', () => {
  let dir: string;
  let manifest: BackupManifest;

  it('writes the dump, every file and a manifest with row counts and hashes', async () => {
    dir = path.join(work, 'backup-1');
    manifest = await createBackup({ database: t.database, store: source, dir, now: new Date() });
    expect(manifest.database.kind).toBe(t.database.kind);
    expect(manifest.tables).toEqual(await tableRowCounts(t.database.db));
    expect(manifest.tables.users).toBeGreaterThanOrEqual(2);
    expect(manifest.tables.files).toBe(2);
    // The picture has a thumbnail: three objects.
    expect(manifest.files).toHaveLength(3);
    expect(manifest.missingFiles).toEqual([]);
    for (const file of manifest.files) {
      expect(sha256(await readFile(path.join(dir, 'files', file.key)))).toBe(file.sha256);
    }
    await expect(createBackup({ database: t.database, store: source, dir, now: new Date() })).rejects.toThrow(
      /not empty/,
    );
  });

  it('restores into a fresh database and an empty store: same row counts, same file hashes', async () => {
    const target = await freshTarget();
    const restoredFiles = await createFileStore(undefined, await mkdtemp(path.join(work, 'files-')));
    const report = await restoreBackup({ dir, target, store: restoredFiles });
    expect(report.tableMismatches).toEqual([]);
    expect(report.tablesChecked).toBe(Object.keys(manifest.tables).length);
    expect(report.files).toEqual({ restored: 3, alreadyThere: 0, failures: [] });
    for (const file of manifest.files) expect(sha256(await restoredFiles.get(file.key))).toBe(file.sha256);
    // Restoring over a database that is no longer empty is refused.
    await expect(restoreBackup({ dir, target, store: restoredFiles })).rejects.toThrow(/not empty|already holds/);
  });

  it('refuses a dump that no longer matches its manifest, and reports a damaged file copy', async () => {
    const damaged = path.join(work, 'backup-2');
    const second = await createBackup({ database: t.database, store: source, dir: damaged, now: new Date() });
    await writeFile(path.join(damaged, 'files', second.files[0]!.key), 'tampered');
    const target = await freshTarget();
    const report = await restoreBackup({
      dir: damaged,
      target,
      store: await createFileStore(undefined, damaged + '-store'),
    });
    expect(report.files.failures).toEqual([
      { key: second.files[0]!.key, reason: 'backup copy differs from the manifest' },
    ]);

    await writeFile(path.join(damaged, second.database.file), 'not a dump');
    await expect(restoreBackup({ dir: damaged, target: await freshTarget(), store: source })).rejects.toThrow(
      /differs from its manifest/,
    );
  });

  it('completes when the store lost an object the database names, and lists it as missing', async () => {
    const lost = await upload(t.app, owner.cookie, 'supplier_material', 'lost.pdf');
    const [row] = await t.database.db.select().from(files).where(eq(files.id, lost.id));
    await source.delete(row!.storageKey);
    const manifest = await createBackup({
      database: t.database,
      store: source,
      dir: path.join(work, 'backup-3'),
      now: new Date(),
    });
    expect(manifest.missingFiles).toEqual([row!.storageKey]);
    expect(manifest.files.map((f) => f.key)).not.toContain(row!.storageKey);
  });
});
