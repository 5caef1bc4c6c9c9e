/**
 * OFD invoices (guide 5.3.1): a ZIP with OFD.xml at its root is accepted for `domestic_invoice`
 * and stored as uploaded; any other ZIP, or an OFD glued to something else, is refused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fileTypeFromBuffer } from 'file-type';
import type { ErrorBody } from '../../platform/errors.js';
import { makeUser, upload, uploadRequest } from '../../test/supplier-fixtures.js';
import { createTestApp } from '../../test/test-app.js';
import { ofd, pdf, png, zip, zipOf } from '../../test/upload-corpus.js';
import { isOfd, zipEntryNames } from './ofd.js';

describe('OFD detection', () => {
  it('file-type calls an OFD a ZIP; the entry OFD.xml at the root makes it OFD', async () => {
    expect((await fileTypeFromBuffer(ofd()))?.mime).toBe('application/zip');
    expect(zipEntryNames(ofd())).toEqual(['OFD.xml', 'Doc_0/Document.xml']);
    expect(isOfd(ofd())).toBe(true);
  });

  it('refuses other ZIPs, OFD.xml below the root, and anything glued in front or behind', () => {
    expect(isOfd(zip())).toBe(false);
    expect(isOfd(zipOf({ 'Doc_0/OFD.xml': '<x/>' }))).toBe(false);
    expect(isOfd(zipOf({ 'ofd.xml': '<x/>' }))).toBe(false);
    expect(isOfd(Buffer.concat([Buffer.from('GIF89a'), ofd()]))).toBe(false);
    expect(isOfd(Buffer.concat([pdf(), ofd()]))).toBe(false);
    expect(isOfd(Buffer.concat([ofd(), Buffer.from('<html><script>alert(1)</script></html>')]))).toBe(false);
    expect(isOfd(ofd().subarray(0, 60))).toBe(false);
    expect(isOfd(Buffer.alloc(0))).toBe(false);
  });
});

const t = await createTestApp();
const supplier = await makeUser(t);
afterAll(async () => t.close());

describe('domestic_invoice uploads', () => {
  it('stores an OFD as uploaded, as application/ofd', async () => {
    const data = ofd();
    const file = await upload(t.app, supplier.cookie, 'domestic_invoice', '发票 2026.ofd', data);
    expect(file).toMatchObject({ contentType: 'application/ofd', size: data.length, name: '发票 2026.ofd' });
    const res = await t.app.inject({ method: 'GET', url: file.url, headers: { cookie: supplier.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(data)).toBe(true);
  });

  it('accepts PDF and PNG; refuses a ZIP without OFD.xml, a renamed OFD and an OFD for other purposes', async () => {
    await upload(t.app, supplier.cookie, 'domestic_invoice', 'invoice.pdf', pdf());
    await upload(t.app, supplier.cookie, 'domestic_invoice', 'invoice.png', await png());
    const refusals = [
      await uploadRequest(t.app, supplier.cookie, 'domestic_invoice', 'invoice.ofd', zip()),
      await uploadRequest(t.app, supplier.cookie, 'domestic_invoice', 'invoice.zip', zip()),
      await uploadRequest(t.app, supplier.cookie, 'domestic_invoice', 'invoice.pdf', ofd()),
      await uploadRequest(t.app, supplier.cookie, 'payment_proof', 'invoice.ofd', ofd()),
      await uploadRequest(
        t.app,
        supplier.cookie,
        'domestic_invoice',
        'invoice.ofd',
        Buffer.concat([ofd(), Buffer.from('<html>')]),
      ),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual([415, 415, 415, 415, 415]);
    expect(refusals.map((r) => r.json<ErrorBody>().details?.[0]?.code)).toEqual([
      'file_type_not_allowed',
      'file_type_not_allowed',
      'file_name_mismatch',
      'file_type_not_allowed',
      'file_type_not_allowed',
    ]);
  });
});
