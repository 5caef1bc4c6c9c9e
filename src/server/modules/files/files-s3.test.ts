import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../test/s3-server.js';
import { makeUser, upload, type TestUser } from '../../test/supplier-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import * as corpus from '../../test/upload-corpus.js';
import { FileMissingError } from './file-store.js';
import { files } from './files.tables.js';
import { createLocalFileStore } from './file-store.js';
import { createS3FileStore } from './s3-file-store.js';
import { parseS3Url } from './s3-location.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let s3: TestS3;
let t: TestApp;
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  s3 = await startTestS3();
  t = await createTestApp({ FILE_STORE: s3.url('app/') });
  [owner, other] = [await makeUser(t), await makeUser(t)];
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
});

describe('uploads with FILE_STORE=s3://…', () => {
  it('stores the file and its thumbnail in the bucket (not on disk) and serves them after the access check', async () => {
    const picture = await corpus.png(640, 480);
    const info = await upload(t.app, owner.cookie, 'supplier_material', 'scan.png', picture);
    const [row] = await t.database.db.select().from(files).where(eq(files.id, info.id));

    const bucket = createS3FileStore(parseS3Url(s3.url('app/')));
    const stored = await bucket.get(row!.storageKey);
    expect(sha256(stored)).toBe(row!.sha256);
    expect((await bucket.get(row!.thumbnailKey!)).length).toBeGreaterThan(0);
    await expect(createLocalFileStore(`${t.config.dataDir}/files`).get(row!.storageKey)).rejects.toBeInstanceOf(
      FileMissingError,
    );

    const mine = await t.app.inject({ method: 'GET', url: `/api/files/${info.id}`, headers: { cookie: owner.cookie } });
    expect(mine.statusCode).toBe(200);
    expect(sha256(mine.rawPayload)).toBe(row!.sha256);
    const theirs = await t.app.inject({
      method: 'GET',
      url: `/api/files/${info.id}`,
      headers: { cookie: other.cookie },
    });
    expect(theirs.statusCode).toBe(404);
  });

  it('keeps a PDF byte for byte', async () => {
    const pdf = corpus.harmlessPdfs[Object.keys(corpus.harmlessPdfs)[0]!]!();
    const info = await upload(t.app, owner.cookie, 'supplier_material', 'licence.pdf', pdf);
    const res = await t.app.inject({ method: 'GET', url: `/api/files/${info.id}`, headers: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(200);
    expect(sha256(res.rawPayload)).toBe(sha256(pdf));
  });
});
