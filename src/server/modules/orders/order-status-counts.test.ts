import { count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDetail, OrderList } from '../../../shared/schemas/orders.js';
import { ORDER_EVENT_ACTOR, ORDER_EVENTS, type OrderEvent } from '../../../shared/state-machines/order.js';
import { call } from '../../test/supplier-fixtures.js';
import { makeBuyer, type TestBuyer } from '../../test/buyer-fixtures.js';
import {
  completeTerms,
  createOrdersWorld,
  eventRequest,
  ORDERS,
  placeOrder,
  SHIPMENT,
  SUPPLIER_ORDERS,
  termsRequest,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { statusCountsOf } from './order-status-counts.repo.js';
import { orders } from './orders.tables.js';

/**
 * The tabs' counters (order_status_counts) are kept in the submission's and every transition's
 * transaction. Whatever happens — allowed, refused, stale and concurrent events — they must equal
 * a GROUP BY over the orders themselves, for the supplier and for each buyer.
 */

const EXTRA: Partial<Record<OrderEvent, object>> = {
  decline: { reason: 'Out of stock' },
  buyer_decline: { reason: 'Too expensive' },
  request_changes: { reason: 'Lower the shipping cost' },
  ship: SHIPMENT,
  deliver: { deliveredOn: '2027-01-15' },
};

let w: OrdersWorld;
let buyers: TestBuyer[];
beforeAll(async () => {
  w = await createOrdersWorld();
  buyers = [w.buyer, await makeBuyer(w.t)];
});
afterAll(async () => w?.t.close());

const db = () => w.t.database.db;

async function grouped(column: typeof orders.supplierId | typeof orders.buyerUserId, id: string) {
  const rows = await db()
    .select({ status: orders.status, n: count() })
    .from(orders)
    .where(eq(column, id))
    .groupBy(orders.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

async function counters(kind: 'supplier' | 'buyer', id: string) {
  const rows = await statusCountsOf(db(), kind, id);
  return Object.fromEntries(rows.filter((r) => r.n !== 0).map((r) => [r.status, r.n]));
}

async function expectCountersTrue() {
  expect(await counters('supplier', w.supplier.supplierId)).toEqual(
    await grouped(orders.supplierId, w.supplier.supplierId),
  );
  for (const buyer of buyers)
    expect(await counters('buyer', buyer.id)).toEqual(await grouped(orders.buyerUserId, buyer.id));
}

async function current(id: string, buyer: TestBuyer): Promise<OrderDetail> {
  const res = await call(w.t.app, 'GET', `${ORDERS}/${id}`, { cookie: buyer.cookie });
  return res.json<{ order: OrderDetail }>().order;
}

/** Fires `event` as its own party (or, to be refused, as the other), with the version given. */
function fireAs(order: OrderDetail, buyer: TestBuyer, event: OrderEvent, wrongParty: boolean, version: number) {
  const owner = ORDER_EVENT_ACTOR[event] === 'supplier' ? 'supplier' : 'buyer';
  const party = wrongParty ? (owner === 'supplier' ? 'buyer' : 'supplier') : owner;
  const user = party === 'supplier' ? w.supplier : buyer;
  return eventRequest(w.t, party, user, order.id, { event, version, ...EXTRA[event] });
}

describe('order status counters', () => {
  it('equal a GROUP BY over the orders after any sequence of allowed, refused, stale and concurrent events', async () => {
    const step = fc.record({
      order: fc.nat(5),
      event: fc.constantFrom(...ORDER_EVENTS.filter((e) => e !== 'expire')),
      wrongParty: fc.boolean(),
      stale: fc.boolean(),
      saveTerms: fc.boolean(),
      concurrent: fc.option(fc.constantFrom(...ORDER_EVENTS.filter((e) => e !== 'expire')), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 20 }), async (steps) => {
        const placed = await Promise.all(
          [0, 1, 2, 3, 4, 5].map((i) => placeOrder(w, 500, {}, buyers[i % 2]!).then((o) => ({ o, b: buyers[i % 2]! }))),
        );
        for (const s of steps) {
          const { o, b } = placed[s.order]!;
          const order = await current(o.id, b);
          if (s.saveTerms && order.status === 'waiting_for_perfection') {
            await termsRequest(w.t, w.supplier, order.id, completeTerms(w.t, order));
            continue;
          }
          const version = s.stale ? order.version - 1 : order.version;
          const fired = [fireAs(order, b, s.event, s.wrongParty, version)];
          if (s.concurrent) fired.push(fireAs(order, b, s.concurrent, false, order.version));
          const answers = await Promise.all(fired);
          for (const res of answers) expect([200, 400, 403, 409, 422]).toContain(res.statusCode);
        }
        await expectCountersTrue();
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 4),
        seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
      },
    );
  });

  it('are what the lists show in their tabs', async () => {
    const supplierList = (await call(w.t.app, 'GET', SUPPLIER_ORDERS, { cookie: w.supplier.cookie })).json<OrderList>();
    expect(supplierList.counts).toEqual(await grouped(orders.supplierId, w.supplier.supplierId));
    const buyerList = (await call(w.t.app, 'GET', ORDERS, { cookie: buyers[1]!.cookie })).json<OrderList>();
    expect(buyerList.counts).toEqual(await grouped(orders.buyerUserId, buyers[1]!.id));
    const all = Object.values(supplierList.counts).reduce((a, b) => a + b, 0);
    expect(supplierList.total).toBe(all);
  });
});
