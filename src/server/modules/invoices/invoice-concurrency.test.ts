/**
 * Two recordings at once cannot invoice more than the order total: the order row is locked while
 * the invoices so far are summed and the new one is written (run it on PostgreSQL too, with
 * DATABASE_URL set: PGlite has one connection and serialises everything anyway).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumAmounts } from '../../../shared/money.js';
import type { TestBuyer } from '../../test/buyer-fixtures.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import {
  chineseBuyer,
  domesticOrder,
  FULL_85,
  invoiceBody,
  invoiceFile,
  orderRow,
  recordRequest,
} from '../../test/invoice-fixtures.js';
import { createOrdersWorld, type OrdersWorld } from '../../test/order-fixtures.js';
import { domesticInvoices } from './invoices.tables.js';

let w: OrdersWorld;
let buyer: TestBuyer;
beforeAll(async () => {
  w = await createOrdersWorld();
  buyer = await chineseBuyer(w);
});
afterAll(async () => w?.t.close());

const totalsOf = async (orderId: string) =>
  (
    await w.t.database.db
      .select({ total: domesticInvoices.totalAmount })
      .from(domesticInvoices)
      .where(eq(domesticInvoices.orderId, orderId))
  ).map((r) => r.total);

describe('concurrent recordings', () => {
  it('two full invoices racing: one is recorded, the other is refused with what is left (0.00)', async () => {
    const order = await domesticOrder(w, buyer);
    const [a, b] = [await invoiceFile(w), await invoiceFile(w)];
    const answers = await Promise.all([
      recordRequest(w, w.supplier, order.id, invoiceBody(a, FULL_85)),
      recordRequest(w, w.supplier, order.id, invoiceBody(b, FULL_85)),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    const refused = answers.find((r) => r.statusCode === 422)!;
    expect(errorOf(refused).code).toBe('INVOICE_AMOUNT_MISMATCH');
    expect(errorOf(refused).details![0]).toMatchObject({ code: 'invoice_fully_issued', params: { remaining: '0.00' } });
    expect(await totalsOf(order.id)).toEqual(['85.00']);
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('issued');
  });

  it('three partial invoices of 40.00 racing on 85.00: two fit, the third is refused', async () => {
    const order = await domesticOrder(w, buyer);
    const files = [await invoiceFile(w), await invoiceFile(w), await invoiceFile(w)];
    const answers = await Promise.all(
      files.map((fileId) =>
        recordRequest(
          w,
          w.supplier,
          order.id,
          invoiceBody(fileId, { amountExclTax: '35.40', taxAmount: '4.60', totalAmount: '40.00' }, { kind: 'partial' }),
        ),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 201, 422]);
    const refused = answers.find((r) => r.statusCode === 422)!;
    expect(errorOf(refused).details![0]).toMatchObject({
      code: 'invoice_partial_too_large',
      params: { remaining: '5.00', invoiced: '80.00' },
    });
    expect(sumAmounts(await totalsOf(order.id), 'USD')).toBe('80.00');
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('partially_issued');
  });
});
