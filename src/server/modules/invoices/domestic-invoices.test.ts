/**
 * Domestic invoices (guide 5.3.1): the supplier records the invoice it issued; amounts are checked
 * against the order (full / partial, tax, total) with the reason on refusal; the buyer is mailed
 * and downloads the file; strangers see nothing.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomesticInvoice } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { auditLog } from '../../platform/audit.tables.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { seller } from '../../test/catalog-fixtures.js';
import {
  chineseBuyer,
  domesticOrder,
  expectStatus,
  FULL_85,
  invoiceBody,
  invoiceFile,
  invoicesUrl,
  orderRow,
  recordRequest,
  sectionAs,
  today,
} from '../../test/invoice-fixtures.js';
import { createOrdersWorld, placeOrder, type OrdersWorld } from '../../test/order-fixtures.js';
import { call, makeUser, upload, type TestUser } from '../../test/supplier-fixtures.js';
import { ofd, pdf } from '../../test/upload-corpus.js';
import type { TestBuyer } from '../../test/buyer-fixtures.js';
import { orderEvents } from '../orders/orders.tables.js';

let w: OrdersWorld;
let buyer: TestBuyer;
beforeAll(async () => {
  w = await createOrdersWorld();
  buyer = await chineseBuyer(w);
});
afterAll(async () => w?.t.close());

const invoiceOf = (res: ReturnType<typeof expectStatus>) => res.json<{ invoice: DomesticInvoice }>().invoice;
const mismatchOf = (res: ReturnType<typeof expectStatus>) => {
  expectStatus(res, 422);
  expect(errorOf(res).code).toBe('INVOICE_AMOUNT_MISMATCH');
  return errorOf(res).details![0]!;
};

describe('recording', () => {
  let order: OrderDetail;
  beforeAll(async () => {
    order = await domesticOrder(w, buyer);
  });

  it('a partial then a full invoice: requested → partially_issued → issued, timeline, mail to the buyer', async () => {
    expect(order.status).toBe('contract_signing');
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('requested');
    const before = await sectionAs(w, order.id, 'supplier');
    expect(before.domestic).toMatchObject({ invoicedTotal: '0.00', remaining: '85.00', canRecord: true });
    expect(before.domestic!.invoiceProfile).toMatchObject({ invoiceType: 'special_vat' });

    // 40.00 = 35.40 + 13 % (4.602 → 4.60)
    const partial = invoiceOf(
      expectStatus(
        await recordRequest(
          w,
          w.supplier,
          order.id,
          invoiceBody(
            await invoiceFile(w),
            { amountExclTax: '35.40', taxAmount: '4.60', totalAmount: '40.00' },
            { kind: 'partial', issuedOn: today(w), invoiceCode: '031001900111' },
          ),
        ),
        201,
      ),
    );
    expect(partial).toMatchObject({ kind: 'partial', taxRate: '13', totalAmount: '40.00', fileFormat: 'pdf' });
    expect(partial.invoiceCode).toBe('031001900111');
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('partially_issued');

    // What is left, 45.00 = 39.82 + 13 % (5.1766 → 5.18), in OFD.
    const ofdFile = await upload(w.t.app, w.supplier.cookie, 'domestic_invoice', '数电发票.ofd', ofd());
    const full = invoiceOf(
      expectStatus(
        await recordRequest(
          w,
          w.supplier,
          order.id,
          invoiceBody(ofdFile.id, { amountExclTax: '39.82', taxAmount: '5.18', totalAmount: '45.00' }),
        ),
        201,
      ),
    );
    expect(full).toMatchObject({ kind: 'full', fileFormat: 'ofd', fileName: '数电发票.ofd', invoiceCode: null });
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('issued');

    const section = await sectionAs(w, order.id, 'buyer');
    expect(section.invoiceStatus).toBe('issued');
    expect(section.domestic).toMatchObject({ invoicedTotal: '85.00', remaining: '0.00', canRecord: false });
    expect(section.domestic!.invoices.map((i) => i.id)).toEqual([full.id, partial.id]);
    expect((await sectionAs(w, order.id, 'supplier')).domestic!.canRecord).toBe(false);

    const events = await w.t.database.db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.kind, 'invoice_recorded')));
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.actorRole)).toEqual(['supplier', 'supplier']);

    const mails = await w.t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, buyer.email));
    const invoiceMails = mails.filter((m) => m.textBody.includes(full.invoiceNumber));
    expect(invoiceMails).toHaveLength(1);
    expect(invoiceMails[0]!.locale).toBe('zh-CN');
    expect(invoiceMails[0]!.subject).toContain('供应商已开具发票');
    expect(invoiceMails[0]!.textBody).toContain('价税合计：USD 45.00');

    // Once fully invoiced, nothing more is accepted (the reason says so).
    const more = await recordRequest(
      w,
      w.supplier,
      order.id,
      invoiceBody(
        await invoiceFile(w),
        { amountExclTax: '0.89', taxAmount: '0.12', totalAmount: '1.01' },
        { kind: 'partial' },
      ),
    );
    expect(mismatchOf(more)).toMatchObject({ code: 'invoice_fully_issued', params: { remaining: '0.00' } });
  });

  it('the parties and staff download the file as uploaded (an attachment, nosniff); staff reads are audited', async () => {
    const [invoice] = (await sectionAs(w, order.id, 'buyer')).domestic!.invoices;
    const url = `${invoicesUrl(order.id)}/${invoice!.id}/file`;
    const asBuyer = expectStatus(await call(w.t.app, 'GET', url, { cookie: buyer.cookie }), 200);
    expect(asBuyer.headers['content-type']).toBe('application/ofd');
    expect(asBuyer.headers['content-disposition']).toMatch(/^attachment; filename=".*\.ofd"; filename\*=UTF-8''/);
    expect(asBuyer.headers['x-content-type-options']).toBe('nosniff');
    expect(asBuyer.rawPayload.equals(ofd())).toBe(true);
    expectStatus(await call(w.t.app, 'GET', url, { cookie: w.supplier.cookie }), 200);

    const staff = await makeUser(w.t, { staff: true });
    expectStatus(await call(w.t.app, 'GET', url, { cookie: staff.cookie }), 200);
    const audits = await w.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, order.id));
    expect(audits.map((a) => a.action)).toEqual(['order.invoice_file.view']);

    const stranger = await makeUser(w.t);
    const otherSupplier = await seller(w.t);
    for (const user of [stranger, otherSupplier] as TestUser[]) {
      expectStatus(await call(w.t.app, 'GET', url, { cookie: user.cookie }), 404);
    }
    // Another order's id with this invoice: 404 too.
    const other = await domesticOrder(w, buyer, 'waiting_for_perfection');
    expectStatus(
      await call(w.t.app, 'GET', `${invoicesUrl(other.id)}/${invoice!.id}/file`, { cookie: buyer.cookie }),
      404,
    );
  });
});

describe('amount rules', () => {
  let order: OrderDetail;
  let fileId: string;
  beforeAll(async () => {
    order = await domesticOrder(w, buyer);
    fileId = await invoiceFile(w);
  });
  const record = (amounts: typeof FULL_85, overrides = {}) =>
    recordRequest(w, w.supplier, order.id, invoiceBody(fileId, amounts, overrides));

  it('a full invoice must be the whole remaining amount', async () => {
    const detail = mismatchOf(await record({ amountExclTax: '70.80', taxAmount: '9.20', totalAmount: '80.00' }));
    expect(detail).toEqual({
      path: 'totalAmount',
      code: 'invoice_total_not_remaining',
      params: { expected: '85.00', remaining: '85.00', orderTotal: '85.00', invoiced: '0.00' },
    });
  });

  it('a partial invoice must be less than what is left', async () => {
    const detail = mismatchOf(await record(FULL_85, { kind: 'partial' }));
    expect(detail).toMatchObject({ code: 'invoice_partial_too_large', params: { remaining: '85.00' } });
  });

  it('total = amount + tax, exactly', async () => {
    const detail = mismatchOf(await record({ amountExclTax: '75.22', taxAmount: '9.78', totalAmount: '85.01' }));
    expect(detail).toEqual({ path: 'totalAmount', code: 'invoice_total_not_sum', params: { expected: '85.00' } });
  });

  it('tax = amount × rate rounded to cents, within one cent per order line', async () => {
    // 75.22 × 13 % = 9.7786 → 9.78; 9.77 and 9.79 are one cent off (one line: allowed).
    expectStatus(
      await recordRequest(
        w,
        w.supplier,
        (await domesticOrder(w, buyer)).id,
        invoiceBody(fileId, { amountExclTax: '75.23', taxAmount: '9.77', totalAmount: '85.00' }),
      ),
      201,
    );
    const detail = mismatchOf(await record({ amountExclTax: '75.24', taxAmount: '9.76', totalAmount: '85.00' }));
    expect(detail).toEqual({
      path: 'taxAmount',
      code: 'invoice_tax_mismatch',
      params: { expected: '9.78', tolerance: '0.01' },
    });
    const wrongRate = mismatchOf(await record(FULL_85, { taxRate: '6' }));
    expect(wrongRate).toMatchObject({ code: 'invoice_tax_mismatch', params: { expected: '4.51' } });
  });

  it('the invoice type must be the one the buyer asked for; the date not in the future; the number unique', async () => {
    const type = await record(FULL_85, { invoiceType: 'ordinary' });
    expectStatus(type, 422);
    expect(errorOf(type).details).toEqual([
      { path: 'invoiceType', code: 'invoice_type_mismatch', params: { requested: 'special_vat' } },
    ]);
    const future = await record(FULL_85, { issuedOn: '2099-01-01' });
    expectStatus(future, 422);
    expect(errorOf(future).details).toEqual([{ path: 'issuedOn', code: 'date_in_future' }]);

    const first = await record(
      { amountExclTax: '8.85', taxAmount: '1.15', totalAmount: '10.00' },
      { kind: 'partial', invoiceNumber: 'INV-2026-0001' },
    );
    expectStatus(first, 201);
    const again = await record(
      { amountExclTax: '8.85', taxAmount: '1.15', totalAmount: '10.00' },
      { kind: 'partial', invoiceNumber: 'INV-2026-0001' },
    );
    expectStatus(again, 409);
    expect(errorOf(again).details).toEqual([{ path: 'invoiceNumber', code: 'invoice_number_taken' }]);
  });

  it('the file must be the supplier’s own domestic_invoice upload', async () => {
    const proof = await upload(w.t.app, w.supplier.cookie, 'payment_proof', 'slip.pdf', pdf());
    const wrongPurpose = await record(FULL_85, { fileId: proof.id });
    expectStatus(wrongPurpose, 400);
    expect(errorOf(wrongPurpose).details).toEqual([{ path: 'fileId', code: 'file_wrong_purpose' }]);
    const buyersFile = (await upload(w.t.app, buyer.cookie, 'domestic_invoice', 'x.pdf', pdf())).id;
    expectStatus(await record(FULL_85, { fileId: buyersFile }), 404);
  });
});

describe('who and when', () => {
  it('the buyer may not record (403); another supplier and strangers get 404', async () => {
    const order = await domesticOrder(w, buyer);
    const body = invoiceBody(await invoiceFile(w), FULL_85);
    const asBuyer = await recordRequest(w, buyer, order.id, body);
    expectStatus(asBuyer, 403);
    expect(errorOf(asBuyer).code).toBe('FORBIDDEN');
    expectStatus(await recordRequest(w, await seller(w.t), order.id, body), 404);
    expectStatus(await recordRequest(w, await makeUser(w.t), order.id, body), 404);
    expectStatus(await recordRequest(w, await makeUser(w.t, { staff: true }), order.id, body), 403);
  });

  it('only from contract signing on, only domestic orders that asked for an invoice', async () => {
    const fileId = await invoiceFile(w);
    const offered = await domesticOrder(w, buyer, 'awaiting_acceptance');
    const early = await recordRequest(w, w.supplier, offered.id, invoiceBody(fileId, FULL_85));
    expectStatus(early, 409);
    expect(errorOf(early).code).toBe('ORDER_STATE_CONFLICT');
    expect((await sectionAs(w, offered.id, 'supplier')).domestic!.canRecord).toBe(false);

    const exported = await placeOrder(w, 500);
    const notDomestic = await recordRequest(w, w.supplier, exported.id, invoiceBody(fileId, FULL_85));
    expectStatus(notDomestic, 422);
    expect(errorOf(notDomestic).details).toEqual([{ path: '', code: 'invoice_not_domestic' }]);

    const noInvoice = await placeOrder(w, 500, { tradeType: 'domestic', invoiceRequired: false }, buyer);
    const notRequested = await recordRequest(w, w.supplier, noInvoice.id, invoiceBody(fileId, FULL_85));
    expectStatus(notRequested, 422);
    expect(errorOf(notRequested).details).toEqual([{ path: '', code: 'invoice_not_requested' }]);
    expect((await orderRow(w, noInvoice.id)).invoiceStatus).toBe('not_requested');
  });
});
