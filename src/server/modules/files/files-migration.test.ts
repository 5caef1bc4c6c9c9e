import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../test/s3-server.js';
import { makeUser, upload, type TestUser } from '../../test/supplier-fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import * as corpus from '../../test/upload-corpus.js';
import { createFileStore } from './create-file-store.js';
import type { FileStore } from './file-store.js';
import { migrateFiles } from './files-migration.js';
import { files } from './files.tables.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let s3: TestS3;
let dataDir: string;
let t: TestApp;
let owner: TestUser;
let local: FileStore;
let bucket: FileStore;

beforeAll(async () => {
  s3 = await startTestS3();
  dataDir = await mkdtemp(path.join(tmpdir(), 'br-migrate-'));
  t = await startTestApp(await createTestDatabase(), { env: { DATA_DIR: dataDir } });
  owner = await makeUser(t);
  local = await createFileStore(undefined, dataDir);
  bucket = await createFileStore(s3.url('moved/'), dataDir);
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run files:migrate (local disk → S3)', () => {
  it('copies every file and thumbnail, verified by SHA-256; a second run copies nothing', async () => {
    const picture = await upload(t.app, owner.cookie, 'supplier_material', 'scan.png', await corpus.png(400, 300));
    await upload(t.app, owner.cookie, 'supplier_material', 'licence.pdf');

    const first = await migrateFiles(t.database.db, local, bucket);
    expect(first).toEqual({ copied: 3, alreadyThere: 0, failures: [] });
    const [row] = await t.database.db.select().from(files).where(eq(files.id, picture.id));
    expect(sha256(await bucket.get(row!.storageKey))).toBe(row!.sha256);

    expect(await migrateFiles(t.database.db, local, bucket)).toEqual({ copied: 0, alreadyThere: 3, failures: [] });
  });

  it('after the switch, an app on the same database serves the moved files from the bucket', async () => {
    const pdf = await upload(t.app, owner.cookie, 'supplier_material', 'moved.pdf');
    await migrateFiles(t.database.db, local, bucket);
    await rm(path.join(dataDir, 'files'), { recursive: true, force: true });
    const moved = await startTestApp(t.database, { env: { DATA_DIR: dataDir, FILE_STORE: s3.url('moved/') } });
    const res = await moved.app.inject({
      method: 'GET',
      url: `/api/files/${pdf.id}`,
      headers: { cookie: owner.cookie },
    });
    await moved.app.close();
    expect(res.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(files).where(eq(files.id, pdf.id));
    expect(sha256(res.rawPayload)).toBe(row!.sha256);
  });

  it('reports a source file whose bytes no longer match the recorded hash, and copies the rest', async () => {
    const fresh = await createFileStore(s3.url('second/'), dataDir);
    const info = await upload(t.app, owner.cookie, 'supplier_material', 'tampered.pdf');
    const [row] = await t.database.db.select().from(files).where(eq(files.id, info.id));
    const key = row!.storageKey;
    await writeFile(path.join(dataDir, 'files', key.slice(0, 2), key.slice(2, 4), key), 'not the upload');

    const report = await migrateFiles(t.database.db, local, fresh);
    expect(report.failures).toContainEqual({ key, reason: 'source bytes differ from the SHA-256 recorded at upload' });
    // The earlier files were removed from disk by the test above: reported missing, not invented.
    expect(report.failures.some((f) => f.reason === 'missing in the source store')).toBe(true);
    await expect(fresh.get(key)).rejects.toThrow();
  });
});
