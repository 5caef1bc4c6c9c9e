import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { detailCodes, errorOf } from '../../test/accounts-fixtures.js';
import { makeUser, upload, uploadRequest, type TestUser } from '../../test/supplier-fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import * as corpus from '../../test/upload-corpus.js';
import { files } from './files.tables.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let t: TestApp;
let owner: TestUser;
let other: TestUser;
let staff: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  [owner, other, staff] = [await makeUser(t), await makeUser(t), await makeUser(t, { staff: true })];
});
afterAll(async () => t?.close());

const read = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const rowOf = async (id: string) => (await t.database.db.select().from(files).where(eq(files.id, id)))[0];
const ownedCount = async (user: TestUser) =>
  (await t.database.db.select({ id: files.id }).from(files).where(eq(files.ownerId, user.id))).length;

/** Expects a 415 refusal with this detail code, and that nothing was stored. */
async function expectRefused(res: LightMyRequestResponse, code: string, countBefore: number) {
  expect(res.statusCode, res.body).toBe(415);
  expect(errorOf(res).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  expect(errorOf(res).details).toMatchObject([{ path: 'file', code }]);
  expect(await ownedCount(owner)).toBe(countBefore);
}

describe('uploads that pass', () => {
  it('a real PDF: 201, type detected from the bytes, stored as sent with its SHA-256', async () => {
    const data = corpus.pdf({ text: 'Business licence 2026' });
    const file = await upload(t.app, owner.cookie, 'supplier_material', 'licence.pdf', data);
    expect(file).toMatchObject({
      name: 'licence.pdf',
      contentType: 'application/pdf',
      size: data.length,
      url: `/api/files/${file.id}`,
      thumbnailUrl: null,
    });
    const row = await rowOf(file.id);
    expect(row).toMatchObject({ ownerId: owner.id, purpose: 'supplier_material', visibility: 'private' });
    expect(row?.sha256).toBe(sha256(data));
    const back = await read(file.url, owner.cookie);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(data)).toBe(true);
  });

  it.each([
    ['photo.jpg', 'image/jpeg', corpus.jpeg],
    ['SCAN.JPEG', 'image/jpeg', corpus.jpeg],
    ['picture.png', 'image/png', corpus.png],
    ['picture.webp', 'image/webp', corpus.webp],
  ])('%s: 201 as %s, with a WebP thumbnail, dimensions and the SHA-256 of what is stored', async (name, type, make) => {
    const file = await upload(t.app, owner.cookie, 'supplier_material', name, await make(640, 480));
    expect(file.contentType).toBe(type);
    expect(file.thumbnailUrl).toBe(`/api/files/${file.id}/thumbnail`);
    const row = await rowOf(file.id);
    expect([row?.width, row?.height]).toEqual([640, 480]);
    const stored = await read(file.url, owner.cookie);
    expect(stored.headers['content-type']).toBe(type);
    expect(row?.sha256).toBe(sha256(stored.rawPayload));
    expect(row?.size).toBe(stored.rawPayload.length);
    const thumb = await read(file.thumbnailUrl!, owner.cookie);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
  });

  it('strips EXIF metadata from pictures', async () => {
    const original = await corpus.jpegWithExif();
    expect((await sharp(original).metadata()).exif?.toString('latin1')).toContain('secret');
    const file = await upload(t.app, owner.cookie, 'supplier_material', 'exif.jpg', original);
    const stored = (await read(file.url, owner.cookie)).rawPayload;
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.toString('latin1')).not.toContain('secret');
    expect(stored.toString('latin1')).not.toContain('Someone private');
  });

  it('keeps only the base name of a path-like file name', async () => {
    const file = await upload(t.app, owner.cookie, 'supplier_material', '../../etc/licence.pdf', corpus.pdf());
    expect(file.name).toBe('licence.pdf');
  });
});

describe('uploads that are refused', () => {
  it('an EXE renamed .pdf → 415 file_type_not_allowed', async () => {
    const before = await ownedCount(owner);
    const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', 'licence.pdf', corpus.exe());
    await expectRefused(res, 'file_type_not_allowed', before);
    expect(errorOf(res).details?.[0]?.params).toEqual({ allowed: 'pdf, jpg, png, webp' });
  });

  it('an HTML page renamed .png, and an SVG with a script (as .svg or .png) → 415', async () => {
    const before = await ownedCount(owner);
    for (const [name, data] of [
      ['photo.png', corpus.html()],
      ['logo.svg', corpus.svgWithScript()],
      ['logo.png', corpus.svgWithScript()],
    ] as const) {
      const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', name, data);
      await expectRefused(res, 'file_type_not_allowed', before);
    }
  });

  it('a ZIP archive → 415 (as .zip and renamed .pdf)', async () => {
    const before = await ownedCount(owner);
    for (const name of ['materials.zip', 'materials.pdf']) {
      const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', name, corpus.zip());
      await expectRefused(res, 'file_type_not_allowed', before);
    }
  });

  it('a PNG named .pdf → 415 file_name_mismatch', async () => {
    const before = await ownedCount(owner);
    const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', 'licence.pdf', await corpus.png());
    await expectRefused(res, 'file_name_mismatch', before);
  });

  it('a PDF with JavaScript → 415 file_active_content', async () => {
    const before = await ownedCount(owner);
    const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', 'a.pdf', corpus.pdfWithJavaScript());
    await expectRefused(res, 'file_active_content', before);
  });

  it('every PDF with active content in the corpus, escaped names and object streams included → 415 file_active_content', async () => {
    const before = await ownedCount(owner);
    for (const [name, build] of Object.entries(corpus.activePdfs)) {
      const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', 'a.pdf', build());
      expect(res.statusCode, `${name}: ${res.body}`).toBe(415);
      expect(detailCodes(res), name).toEqual(['file_active_content']);
    }
    expect(await ownedCount(owner)).toBe(before);
  });

  it('PDFs with web links, an opening view or compressed objects are accepted', async () => {
    for (const [name, build] of Object.entries(corpus.harmlessPdfs)) {
      const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', 'contract.pdf', build());
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
    }
  });

  it('a PDF where only pictures are allowed (company logo) → 415', async () => {
    const before = await ownedCount(owner);
    const res = await uploadRequest(t.app, owner.cookie, 'company_logo', 'logo.pdf', corpus.pdf());
    await expectRefused(res, 'file_type_not_allowed', before);
  });

  it('an empty file → 415 file_empty', async () => {
    const before = await ownedCount(owner);
    const res = await uploadRequest(t.app, owner.cookie, 'supplier_material', 'empty.pdf', Buffer.alloc(0));
    await expectRefused(res, 'file_empty', before);
  });

  it('a picture that only starts like one → 415 file_corrupt', async () => {
    const before = await ownedCount(owner);
    const head = (await corpus.png()).subarray(0, 40);
    const res = await uploadRequest(
      t.app,
      owner.cookie,
      'supplier_material',
      'x.png',
      Buffer.concat([head, Buffer.alloc(200, 7)]),
    );
    await expectRefused(res, 'file_corrupt', before);
  });

  it('a PDF over MAX_UPLOAD_BYTES → 413 PAYLOAD_TOO_LARGE', async () => {
    const small = await createTestApp({ MAX_UPLOAD_BYTES: '2048' });
    try {
      const user = await makeUser(small);
      const big = corpus.pdf({ padTo: 3072 });
      expect(big.length).toBeGreaterThan(3000);
      const res = await uploadRequest(small.app, user.cookie, 'supplier_material', 'big.pdf', big);
      expect(res.statusCode, res.body).toBe(413);
      expect(errorOf(res).code).toBe('PAYLOAD_TOO_LARGE');
      expect(await small.database.db.select().from(files)).toEqual([]);
      // Just under the limit still passes.
      await upload(small.app, user.cookie, 'supplier_material', 'ok.pdf', corpus.pdf());
    } finally {
      await small.close();
    }
  });

  it('requires sign-in (401), a known purpose (400) and our origin (403)', async () => {
    const anonymous = await uploadRequest(t.app, undefined, 'supplier_material', 'a.pdf', corpus.pdf());
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    const forged = await uploadRequest(t.app, 'br_session=not-a-session', 'supplier_material', 'a.pdf', corpus.pdf());
    expect(forged.statusCode).toBe(401);
    const badPurpose = await uploadRequest(t.app, owner.cookie, 'avatar' as never, 'a.pdf', corpus.pdf());
    expect(badPurpose.statusCode).toBe(400);
    expect(detailCodes(badPurpose).length).toBeGreaterThan(0);
    const body = corpus.multipart('a.pdf', corpus.pdf());
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/files?purpose=supplier_material',
      headers: { origin: 'https://evil.example', cookie: owner.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(crossSite.statusCode).toBe(403);
    expect(errorOf(crossSite).code).toBe('CSRF_REJECTED');
  });
});

describe('reading a file back', () => {
  let licence: FileInfo;
  let photo: FileInfo;
  beforeAll(async () => {
    licence = await upload(t.app, owner.cookie, 'supplier_material', '营业执照.pdf', corpus.pdf());
    photo = await upload(t.app, owner.cookie, 'supplier_material', 'site.jpg', await corpus.jpeg());
  });

  it('the owner gets it with safe headers and the UTF-8 file name (RFC 8187)', async () => {
    expect(licence.name).toBe('营业执照.pdf');
    const res = await read(licence.url, owner.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+"; /);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('营业执照.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toMatch(/(^|;)\s*sandbox\b/);
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toMatch(/^private/);
    const download = await read(`${licence.url}?download=1`, owner.cookie);
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; /);
  });

  it('another user and anonymous visitors get 404 (not even its existence), for the thumbnail too', async () => {
    for (const url of [licence.url, photo.url, photo.thumbnailUrl!]) {
      for (const cookie of [other.cookie, undefined]) {
        const res = await read(url, cookie);
        expect(res.statusCode, url).toBe(404);
        expect(errorOf(res).code).toBe('NOT_FOUND');
        expect(res.rawPayload.includes('%PDF')).toBe(false);
      }
    }
    expect((await read(`/api/files/${randomUUID()}`, owner.cookie)).statusCode).toBe(404);
  });

  it('platform staff can read private files (to review materials)', async () => {
    const res = await read(licence.url, staff.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await read(photo.thumbnailUrl!, staff.cookie)).statusCode).toBe(200);
  });

  it('a public picture (company logo) is readable by anyone, cacheable', async () => {
    const logo = await upload(t.app, owner.cookie, 'company_logo', 'logo.png', await corpus.png());
    expect((await rowOf(logo.id))?.visibility).toBe('public');
    for (const cookie of [undefined, other.cookie, owner.cookie]) {
      const res = await read(logo.url, cookie);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toMatch(/^public/);
    }
    expect((await read(logo.thumbnailUrl!)).statusCode).toBe(200);
  });
});
