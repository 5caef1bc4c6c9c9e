/**
 * The contract's PDFs (guide 5.2: "download, view"): rendered from a version's stored model,
 * inline or as an attachment, cached by the client with the PDF's SHA-256 as ETag. The buyer gets
 * only versions that were confirmed. Needs the real renderer (platform/pdf, the pdf branch).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../../test/accounts-fixtures.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import {
  contractEventRequest,
  contractFrom,
  contractOf,
  contractSaveRequest,
  contractUrl,
  signedCopyRequest,
} from '../../test/contract-fixtures.js';
import { createOrdersWorld, orderIn, type OrdersWorld } from '../../test/order-fixtures.js';
import { pdfText } from '../../test/pdf-text.js';
import { call, upload } from '../../test/supplier-fixtures.js';
import { contracts, contractVersions } from './contracts.tables.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());

const pdfUrl = (orderId: string, versionNo: number, download = false) =>
  `${contractUrl(orderId)}/versions/${versionNo}/pdf${download ? '?download=1' : ''}`;

describe('version PDFs', () => {
  it('the supplier views and downloads a version: application/pdf, file name, ETag = PDF SHA-256, 304 on a match', async () => {
    const order = await orderIn(w, 'contract_signing');
    const contract = await contractOf(w.t, w.supplier, order.id);
    const res = await call(w.t.app, 'GET', pdfUrl(order.id, 1), { cookie: w.supplier.cookie });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^inline; filename="${contract.number}-v1.pdf"`));
    expect(res.headers['cache-control']).toMatch(/^private/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    expect(res.headers.etag).toBe(`"${sha}"`);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain(contract.number);
    expect(text).toContain(order.number);

    // Recorded on the version the first time, shown in the section.
    const [row] = await w.t.database.db
      .select({ pdfSha256: contractVersions.pdfSha256 })
      .from(contractVersions)
      .innerJoin(contracts, eq(contracts.id, contractVersions.contractId))
      .where(and(eq(contracts.orderId, order.id), eq(contractVersions.versionNo, 1)));
    expect(row!.pdfSha256).toBe(sha);
    expect((await contractOf(w.t, w.supplier, order.id)).versions[0]!.pdfSha256).toBe(sha);

    const download = await call(w.t.app, 'GET', pdfUrl(order.id, 1, true), { cookie: w.supplier.cookie });
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="BRC-\d{8}-\d{4}-v1\.pdf"/);
    expect(download.rawPayload.equals(res.rawPayload)).toBe(true);
    const cached = await call(w.t.app, 'GET', pdfUrl(order.id, 1), {
      cookie: w.supplier.cookie,
      headers: { 'if-none-match': `"${sha}"` },
    });
    expect(cached.statusCode).toBe(304);
    expect(cached.rawPayload.length).toBe(0);
    const missing = await call(w.t.app, 'GET', pdfUrl(order.id, 9), { cookie: w.supplier.cookie });
    expect(missing.statusCode).toBe(404);
  });

  it('the buyer gets confirmed versions only (a draft is 404); strangers get 404', async () => {
    const order = await orderIn(w, 'contract_signing');
    const draft = await call(w.t.app, 'GET', pdfUrl(order.id, 1), { cookie: w.buyer.cookie });
    expect(draft.statusCode).toBe(404);
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const confirmed = contractFrom(
      await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: v1.version }),
    );
    expect((await call(w.t.app, 'GET', pdfUrl(order.id, 1), { cookie: w.buyer.cookie })).statusCode).toBe(200);
    const back = contractFrom(
      await contractEventRequest(w.t, w.buyer, order.id, {
        event: 'request_changes',
        version: confirmed.version,
        comment: 'Six months more warranty',
      }),
    );
    contractFrom(
      await contractSaveRequest(w.t, w.supplier, order.id, {
        version: back.version,
        clauses: { ...back.versions[0]!.clauses, warrantyMonths: 18 },
      }),
    );
    expect((await call(w.t.app, 'GET', pdfUrl(order.id, 2), { cookie: w.buyer.cookie })).statusCode).toBe(404);
    expect((await call(w.t.app, 'GET', pdfUrl(order.id, 2), { cookie: w.supplier.cookie })).statusCode).toBe(200);
    const stranger = await makeBuyer(w.t);
    expect((await call(w.t.app, 'GET', pdfUrl(order.id, 1), { cookie: stranger.cookie })).statusCode).toBe(404);
  });

  it('the downloaded PDF of an older version, uploaded unchanged as the signed copy of the new one, is refused', async () => {
    const order = await orderIn(w, 'contract_signing');
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const old = await call(w.t.app, 'GET', pdfUrl(order.id, 1, true), { cookie: w.supplier.cookie });
    const v2 = contractFrom(
      await contractSaveRequest(w.t, w.supplier, order.id, {
        version: v1.version,
        clauses: { ...v1.versions[0]!.clauses, tolerancePercent: 5 },
      }),
    );
    contractFrom(await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: v2.version }));
    const file = await upload(w.t.app, w.supplier.cookie, 'contract_signed_copy', 'contract.pdf', old.rawPayload);
    const res = await signedCopyRequest(w.t, w.supplier, order.id, 2, file.id);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('CONTRACT_VERSION_OUTDATED');
  });
});
