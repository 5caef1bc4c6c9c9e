import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../test/supplier-fixtures.js';
import { createOrdersWorld, orderIn, orderOf, SUPPLIER_ORDERS, type OrdersWorld } from '../../test/order-fixtures.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());

describe('POST /api/supplier/orders/:id/payments', () => {
  it('answers the order with the recorded payment, as a later read does', async () => {
    const order = await orderIn(w, 'delivered');
    const res = await call(w.t.app, 'POST', `${SUPPLIER_ORDERS}/${order.id}/payments`, {
      cookie: w.supplier.cookie,
      payload: { kind: 'deposit', amount: '1.00', receivedOn: '2026-12-20' },
    });
    const answered = orderOf(res);
    expect(answered.payments).toMatchObject([{ kind: 'deposit', amount: '1.00', receivedOn: '2026-12-20' }]);
    const read = orderOf(await call(w.t.app, 'GET', `${SUPPLIER_ORDERS}/${order.id}`, { cookie: w.supplier.cookie }));
    expect(read.payments).toEqual(answered.payments);
  });
});
