import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { seller } from '../../test/catalog-fixtures.js';
import {
  completeTerms,
  createOrdersWorld,
  fire,
  orderIn,
  orderOf,
  placeOrder,
  saveTerms,
  SUPPLIER_ORDERS,
  termsRequest,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { call, upload } from '../../test/supplier-fixtures.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());

describe('completing the order (waiting for perfection)', () => {
  it('recomputes line amounts and totals from the final prices and records old → new values', async () => {
    const order = await placeOrder(w, 500);
    const saved = await saveTerms(w, order, {
      lines: [{ position: 1, unitPrice: '0.1135' }],
      shippingCost: '25',
      discount: '1.75',
      leadTimeDays: 20,
    });
    expect(saved.lines[0]).toMatchObject({ orderedUnitPrice: '0.1200', finalUnitPrice: '0.1135', amount: '56.75' });
    expect(saved.terms).toMatchObject({
      goodsTotal: '56.75',
      shippingCost: '25.00',
      discount: '1.75',
      totalAmount: '80.00',
      paymentMethod: 'tt',
      leadTimeDays: 20,
      incoterm: 'FOB',
    });
    expect(saved.terms.savedAt).not.toBeNull();
    expect(saved.request.orderedTotal).toBe('60.00');
    expect(saved.version).toBe(order.version + 1);
    const event = saved.timeline[0]!;
    expect(event).toMatchObject({ kind: 'terms_saved', actorRole: 'supplier', fromStatus: null, toStatus: null });
    expect(event.changes).toEqual(
      expect.arrayContaining([
        { field: 'finalUnitPrice', line: 1, from: '0.1200', to: '0.1135' },
        { field: 'shippingCost', from: null, to: '25.00' },
        { field: 'goodsTotal', from: '60.00', to: '56.75' },
        { field: 'totalAmount', from: '60.00', to: '80.00' },
        { field: 'paymentMethod', from: null, to: 'tt' },
      ]),
    );

    // Saved again with one change: only that change is recorded.
    const again = await saveTerms(w, saved, {
      lines: [{ position: 1, unitPrice: '0.1135' }],
      shippingCost: '30.00',
      discount: '1.75',
      leadTimeDays: 20,
    });
    expect(again.timeline[0]!.changes).toEqual([
      { field: 'shippingCost', from: '25.00', to: '30.00' },
      { field: 'totalAmount', from: '80.00', to: '85.00' },
    ]);
  });

  it('prices in the currency the supplier chooses, half-up to the cent', async () => {
    const order = await placeOrder(w, 300);
    const saved = await saveTerms(w, order, {
      currency: 'CNY',
      lines: [{ position: 1, unitPrice: '0.8335' }],
      shippingCost: undefined,
    });
    expect(saved.currency).toBe('CNY');
    // 300 × 0.8335 = 250.05 exactly; 3 × 0.3335 = 1.0005 → 1.00 is in order-pricing.test.ts.
    expect(saved.lines[0]!.amount).toBe('250.05');
    expect(saved.terms.totalAmount).toBe('250.05');
    expect(saved.request.orderedTotal).toBe('36.00');
  });

  it('refuses a negative total, missing or extra lines, a stale version and a confirmed order', async () => {
    const order = await placeOrder(w, 100);
    const negative = await termsRequest(w.t, w.supplier, order.id, completeTerms(w.t, order, { discount: '100.00' }));
    expect(negative.statusCode).toBe(422);
    expect(errorOf(negative).details).toEqual([{ path: 'discount', code: 'total_negative' }]);

    const extra = await termsRequest(
      w.t,
      w.supplier,
      order.id,
      completeTerms(w.t, order, {
        lines: [
          { position: 1, unitPrice: '1' },
          { position: 2, unitPrice: '1' },
        ],
      }),
    );
    expect(extra.statusCode).toBe(400);
    expect(errorOf(extra).details).toEqual([{ path: 'lines', code: 'lines_mismatch' }]);

    const saved = await saveTerms(w, order);
    const stale = await termsRequest(w.t, w.supplier, order.id, completeTerms(w.t, order));
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');

    const confirmed = await fire(w, 'supplier', saved, 'confirm');
    const late = await termsRequest(w.t, w.supplier, order.id, completeTerms(w.t, confirmed));
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).code).toBe('ORDER_STATE_CONFLICT');

    // The buyer asks for changes: the supplier completes it again and confirms a new offer.
    const reopened = await fire(w, 'buyer', confirmed, 'request_changes', { reason: 'Shipping is too high' });
    expect(reopened).toMatchObject({
      status: 'waiting_for_perfection',
      statusReason: 'Shipping is too high',
      confirmedAt: null,
    });
    const revised = await saveTerms(w, reopened, { shippingCost: '10.00' });
    expect((await fire(w, 'supplier', revised, 'confirm')).status).toBe('awaiting_acceptance');
  });
});

describe('payments received', () => {
  const pay = (id: string, payload: object, cookie = w.supplier.cookie) => {
    w.t.clock.advance(1000);
    return call(w.t.app, 'POST', `${SUPPLIER_ORDERS}/${id}/payments`, { cookie, payload });
  };

  it('are recorded from contract signing on, never above the total, with the buyer told', async () => {
    const early = await placeOrder(w);
    const tooEarly = await pay(early.id, { kind: 'deposit', amount: '1.00', receivedOn: '2026-12-01' });
    expect(tooEarly.statusCode).toBe(409);
    expect(errorOf(tooEarly).code).toBe('ORDER_STATE_CONFLICT');

    const order = await orderIn(w, 'contract_signing');
    expect(order.terms.totalAmount).toBe('85.00');
    const proof = await upload(w.t.app, w.supplier.cookie, 'payment_proof', 'bank-slip.pdf');
    const deposit = orderOf(
      await pay(order.id, { kind: 'deposit', amount: '25.50', receivedOn: '2026-12-10', proofFileId: proof.id }),
    );
    expect(deposit.payments).toEqual([
      expect.objectContaining({
        kind: 'deposit',
        amount: '25.50',
        currency: 'USD',
        receivedOn: '2026-12-10',
        proofFileId: proof.id,
      }),
    ]);
    expect(deposit.timeline[0]).toMatchObject({ kind: 'payment_recorded', actorRole: 'supplier' });
    expect(deposit.version).toBe(order.version);

    const over = await pay(order.id, { kind: 'balance', amount: '59.51', receivedOn: '2026-12-11' });
    expect(over.statusCode).toBe(422);
    expect(errorOf(over).details).toEqual([
      { path: 'amount', code: 'payments_exceed_total', params: { total: '85.00', paid: '85.01', open: '59.50' } },
    ]);
    const balance = orderOf(await pay(order.id, { kind: 'balance', amount: '59.50', receivedOn: '2026-12-11' }));
    expect(balance.payments.map((p) => p.amount)).toEqual(['25.50', '59.50']);

    const mails = await w.t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, w.buyer.email));
    expect(mails.filter((m) => m.subject.includes('payment has been recorded'))).toHaveLength(2);
  });

  it('a proof file must be the supplier’s own payment proof', async () => {
    const order = await orderIn(w, 'in_production');
    const other = await seller(w.t);
    const theirs = await upload(w.t.app, other.cookie, 'payment_proof', 'slip.pdf');
    const res = await pay(order.id, {
      kind: 'deposit',
      amount: '1.00',
      receivedOn: '2026-12-10',
      proofFileId: theirs.id,
    });
    expect(res.statusCode).toBe(404);
    const material = await upload(w.t.app, w.supplier.cookie, 'supplier_material', 'licence.pdf');
    const wrong = await pay(order.id, {
      kind: 'deposit',
      amount: '1.00',
      receivedOn: '2026-12-10',
      proofFileId: material.id,
    });
    expect(wrong.statusCode).toBe(400);
  });
});
