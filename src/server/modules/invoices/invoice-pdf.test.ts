/**
 * The invoices' PDF downloads through the routes, with the real renderer (platform/pdf): headers
 * (inline or attachment, file name, ETag = the PDF's SHA-256, 304), the text of the documents,
 * the buyer's confirmed-only rule, the proforma, staff reads audited.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { auditLog } from '../../platform/audit.tables.js';
import { exportInvoiceUrl, expectStatus } from '../../test/invoice-fixtures.js';
import { createOrdersWorld, orderIn, type OrdersWorld } from '../../test/order-fixtures.js';
import { pdfText } from '../../test/pdf-text.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';

let w: OrdersWorld;
let order: OrderDetail;
let sequence: string;
const fields: ExportInvoiceFields = {
  portOfLoading: 'Fuzhou',
  portOfDestination: 'Hamburg',
  vesselOrFlight: 'COSCO SHIPPING ARIES 041W',
  shippingMarks: 'BR-HAMBURG C/NO. 1-2',
  packing: [
    { position: 1, packages: 2, packageKind: 'carton', netWeightKg: '12.5', grossWeightKg: '13.1', volumeCbm: '0.084' },
  ],
};

beforeAll(async () => {
  w = await createOrdersWorld();
  order = await orderIn(w, 'contract_signing');
  sequence = order.number.replace(/^BR-/, '');
  const saved = await call(w.t.app, 'PUT', exportInvoiceUrl(order.id), {
    cookie: w.supplier.cookie,
    payload: { version: 1, fields },
  });
  expectStatus(saved, 200);
  expectStatus(
    await call(w.t.app, 'POST', `${exportInvoiceUrl(order.id)}/confirm`, {
      cookie: w.supplier.cookie,
      payload: { version: 2 },
    }),
    200,
  );
}, 60_000);
afterAll(async () => w?.t.close());

const versionUrl = (versionNo: number, file: 'commercial-invoice.pdf' | 'packing-list.pdf') =>
  `${exportInvoiceUrl(order.id)}/versions/${versionNo}/${file}`;
const get = (user: TestUser, url: string, headers: Record<string, string> = {}) =>
  call(w.t.app, 'GET', url, { cookie: user.cookie, headers });

describe('commercial invoice and packing list', () => {
  it('the buyer reads the confirmed version inline; ?download=1 is an attachment; ETag and 304', async () => {
    const res = expectStatus(await get(w.buyer, versionUrl(2, 'commercial-invoice.pdf')), 200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="CI-${sequence}-v2.pdf"; filename*=UTF-8''CI-${sequence}-v2.pdf`,
    );
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    expect(res.headers.etag).toBe(`"${sha}"`);
    const text = await pdfText(res.rawPayload);
    for (const expected of [
      'COMMERCIAL INVOICE',
      `CI-${sequence}`,
      `BRC-${sequence}`,
      'Fuzhou',
      'Hamburg',
      'BR-HAMBURG',
      'Germany',
    ]) {
      expect(text).toContain(expected);
    }

    const download = expectStatus(await get(w.buyer, `${versionUrl(2, 'commercial-invoice.pdf')}?download=1`), 200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="CI-/);
    const cached = await get(w.buyer, versionUrl(2, 'commercial-invoice.pdf'), { 'if-none-match': `"${sha}"` });
    expect(cached.statusCode).toBe(304);
    expect(cached.rawPayload.length).toBe(0);
    const listed = await get(w.buyer, versionUrl(2, 'commercial-invoice.pdf'), {
      'if-none-match': `"${'0'.repeat(64)}", W/"${sha}"`,
    });
    expect(listed.statusCode).toBe(304);
    const other = await get(w.buyer, versionUrl(2, 'commercial-invoice.pdf'), {
      'if-none-match': `"${'0'.repeat(64)}"`,
    });
    expect(other.statusCode).toBe(200);
  });

  it('the packing list of the same version', async () => {
    const res = expectStatus(await get(w.buyer, versionUrl(2, 'packing-list.pdf')), 200);
    expect(res.headers['content-disposition']).toContain(`CI-${sequence}-v2-packing-list.pdf`);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('PACKING LIST');
    expect(text).toContain('13.1');
  });

  it('a PDF this instance rendered is served again with one statement (access and hash) after the session: no model read', async () => {
    for (const file of ['commercial-invoice.pdf', 'packing-list.pdf'] as const) {
      const first = expectStatus(await get(w.supplier, versionUrl(2, file)), 200);
      // With the session looked up (cold) and from the session cache (docs/decisions/0014).
      for (const cold of [true, false]) {
        if (cold) w.t.app.sessionCache.cache.clear();
        w.t.database.reset();
        const again = expectStatus(await get(w.supplier, versionUrl(2, file)), 200);
        expect(again.rawPayload.equals(first.rawPayload), file).toBe(true);
        expect(again.headers.etag).toBe(first.headers.etag);
        const statements = w.t.database.queries.map((q) => q.sql);
        expect(statements, `${file}, cold session: ${cold}`).toHaveLength(cold ? 2 : 1);
        expect(
          statements.some((sql) => sql.includes('"model"')),
          file,
        ).toBe(false);
      }
    }
    // The two files of one version are two documents: different bytes.
    const invoice = await get(w.supplier, versionUrl(2, 'commercial-invoice.pdf'));
    const packing = await get(w.supplier, versionUrl(2, 'packing-list.pdf'));
    expect(invoice.headers.etag).not.toBe(packing.headers.etag);
  });

  it('a draft version: the supplier reads it, the buyer gets 404, strangers 404; staff reads are audited', async () => {
    expectStatus(await get(w.supplier, versionUrl(1, 'commercial-invoice.pdf')), 200);
    expectStatus(await get(w.buyer, versionUrl(1, 'commercial-invoice.pdf')), 404);
    expectStatus(await get(w.buyer, versionUrl(1, 'packing-list.pdf')), 404);
    expectStatus(await get(await makeUser(w.t), versionUrl(2, 'commercial-invoice.pdf')), 404);
    const staff = await makeUser(w.t, { staff: true });
    expectStatus(await get(staff, versionUrl(2, 'packing-list.pdf')), 200);
    const audits = await w.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, order.id));
    expect(audits.map((a) => a.action)).toEqual(['order.packing_list.view']);
  });
});

describe('proforma invoice', () => {
  it('an export order the supplier confirmed: PI number, current terms', async () => {
    const offered = await orderIn(w, 'awaiting_acceptance');
    const res = expectStatus(await get(w.buyer, `/api/orders/${offered.id}/proforma-invoice.pdf`), 200);
    const number = `PI-${offered.number.replace(/^BR-/, '')}`;
    expect(res.headers['content-disposition']).toContain(`${number}.pdf`);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('PROFORMA INVOICE');
    expect(text).toContain(number);
    expectStatus(await get(w.supplier, `/api/orders/${offered.id}/proforma-invoice.pdf?download=1`), 200);
  });

  it('downloaded again: one narrow statement on the order (besides the session’s), the same bytes; after a minute the order and its lines are read again', async () => {
    const offered = await orderIn(w, 'awaiting_acceptance');
    const url = `/api/orders/${offered.id}/proforma-invoice.pdf`;
    const first = expectStatus(await get(w.supplier, url), 200);
    /** The statements of one more download, the session hook's (lookup, touch) left out. */
    const statementsOf = async () => {
      w.t.database.reset();
      const res = expectStatus(await get(w.supplier, url), 200);
      expect(res.rawPayload.equals(first.rawPayload)).toBe(true);
      expect(res.headers.etag).toBe(first.headers.etag);
      return w.t.database.queries.map((q) => q.sql).filter((sql) => !sql.includes('"sessions"'));
    };
    const again = await statementsOf();
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(/from "orders"/);
    // Narrow: not the parties' snapshots (the full row is read only to build a proforma).
    expect(again[0]).not.toMatch(/"buyer_party"/);
    w.t.clock.advance(61_000);
    const later = await statementsOf();
    // The narrow statement, then the full order and its lines to build the model again.
    expect(later).toHaveLength(3);
    expect(later[2]).toMatch(/from "order_lines"/);
  });
});
