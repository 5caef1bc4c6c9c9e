import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ORDER_PAGE_SIZE,
  orderListQuerySchema,
  orderListSchema,
  type OrderList,
} from '../../../shared/schemas/orders.js';
import { ORDER_STATES, type OrderState } from '../../../shared/state-machines/order.js';
import { isoInstantOfUtcTimestamp } from '../../db/text-rows.js';
import { makeBuyer, type TestBuyer } from '../../test/buyer-fixtures.js';
import {
  createOrdersWorld,
  insertOrderRow,
  ORDERS,
  placeOrder,
  setStatusDirectly,
  SUPPLIER_ORDERS,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { call } from '../../test/supplier-fixtures.js';
import { toOrderList } from './order.mapper.js';
import { listOrders, type Counterparty } from './order-list.repo.js';
import { ownOrderListJson } from './order-list-json.js';
import { orders } from './orders.tables.js';

/**
 * The hand-written list answer (order-list-json.ts, own-order-list.repo.ts) against the general
 * path (order-list.repo.ts + order.mapper.ts, serialized through the response schema): the same
 * orders, the same order, the same bytes' meaning, on every page and tab, for both parties.
 */
let w: OrdersWorld;
let second: TestBuyer;
const ODD_NAMES = [
  'Quote "Trading" Co.',
  'Back\\slash </script> Ltd.',
  '北京“引号”贸易有限公司',
  'Emoji 🚢 Export GmbH',
  'Tab\tand\u2028separator',
];
/** Instants PostgreSQL prints differently: whole seconds, one digit, six digits (cut, not rounded), ties. */
const INSTANTS = [
  '2026-03-01 08:00:00+00',
  '2026-03-01 08:00:00.5+00',
  '2026-03-01 08:00:00.999999+00',
  '2026-03-01 08:00:00.999999+00',
  '2026-03-01 08:00:00.999999+00',
  '2025-12-31 23:59:59.0001+00',
];
const STATES: OrderState[] = ['waiting_for_perfection', 'cancelled', 'completed', 'shipped', 'declined'];

beforeAll(async () => {
  w = await createOrdersWorld();
  second = await makeBuyer(w.t);
  const { db } = w.t.database;
  for (let i = 0; i < 3; i++) await placeOrder(w, 100 + i);
  for (let i = 0; i < 44; i++) {
    const buyer = i % 3 === 0 ? second : w.buyer;
    const id = await insertOrderRow(db, {
      buyerUserId: buyer.id,
      supplierId: w.supplier.supplierId,
      productId: w.productId,
    });
    const name = ODD_NAMES[i % ODD_NAMES.length]!;
    await db
      .update(orders)
      .set({
        buyerNameEn: i % 4 === 0 ? null : name,
        buyerNameZh: i % 2 === 0 ? name : null,
        supplierNameZh: name,
        firstLineNames: i % 7 === 0 ? null : { en: name, 'zh-CN': `螺栓 ${i}`, ru: `Болт "${i}"` },
        totalAmount: i % 5 === 0 ? '1234567.89' : '0.10',
        lineCount: 1 + (i % 4),
        createdAt: sql`${INSTANTS[i % INSTANTS.length]}::timestamptz + (${Math.floor(i / INSTANTS.length)} * interval '1 day')`,
      })
      .where(eq(orders.id, id));
    const state = STATES[i % STATES.length]!;
    if (state !== 'waiting_for_perfection') await setStatusDirectly(db, id, state);
  }
});
afterAll(async () => w?.t.close());

async function generalAnswer(
  party: 'supplier' | 'buyer',
  partyId: string,
  query: Record<string, unknown>,
): Promise<OrderList> {
  const parsed = orderListQuerySchema.parse(query);
  const scope = party === 'supplier' ? { supplierId: partyId } : { buyerUserId: partyId };
  const counterparty: Counterparty = party === 'supplier' ? 'buyer' : 'supplier';
  const { rows, counts } = await listOrders(w.t.database.db, scope, parsed, counterparty, ORDER_PAGE_SIZE);
  // What Fastify sent for it: the response schema's parse, then JSON.
  return JSON.parse(JSON.stringify(orderListSchema.parse(toOrderList(rows, counts, parsed)))) as OrderList;
}

async function fastAnswer(party: 'supplier' | 'buyer', partyId: string, query: Record<string, unknown>) {
  return JSON.parse(
    await ownOrderListJson(w.t.database.db, party, partyId, orderListQuerySchema.parse(query)),
  ) as OrderList;
}

describe('the hand-written list answer', () => {
  it('is the general path’s answer on every page and tab, for the supplier and both buyers', async () => {
    const parties = [
      ['supplier', w.supplier.supplierId],
      ['buyer', w.buyer.id],
      ['buyer', second.id],
    ] as const;
    let compared = 0;
    for (const [party, partyId] of parties) {
      for (const status of [undefined, ...ORDER_STATES]) {
        for (const page of [1, 2, 3, 4]) {
          const query = { page: String(page), ...(status ? { status } : {}) };
          const fast = await fastAnswer(party, partyId, query);
          expect(fast, `${party} ${status ?? 'all'} p.${page}`).toEqual(await generalAnswer(party, partyId, query));
          // Nothing the schema would drop or refuse.
          expect(orderListSchema.parse(fast)).toEqual(fast);
          compared += fast.items.length;
        }
      }
    }
    // Every order on each party's "all" pages once and on its tab once: 47 supplier, 47 buyer-side.
    expect(compared).toBe(47 * 2 * 2);
  });

  it('pages through ties in created_at by id, with no order shown twice or skipped', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const answer = await fastAnswer('supplier', w.supplier.supplierId, { page: String(page) });
      seen.push(...answer.items.map((o) => o.id));
    }
    expect(new Set(seen).size).toBe(47);
    const ordered = await w.t.database.db
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.supplierId, w.supplier.supplierId))
      .orderBy(sql`${orders.createdAt} desc nulls last`, orders.id);
    expect(seen).toEqual(ordered.map((o) => o.id));
  });

  it('is what the routes send, as JSON with its charset, for the supplier and the buyer', async () => {
    for (const [user, url] of [
      [w.supplier, `${SUPPLIER_ORDERS}?page=2&status=completed`],
      [w.buyer, `${ORDERS}?page=1`],
    ] as const) {
      const res = await call(w.t.app, 'GET', url, { cookie: user.cookie });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const party = user === w.buyer ? 'buyer' : 'supplier';
      const partyId = user === w.buyer ? w.buyer.id : w.supplier.supplierId;
      const query = Object.fromEntries(new URL(url, 'http://x').searchParams);
      expect(res.json()).toEqual(await generalAnswer(party, partyId, query));
    }
  });

  it('answers a page past the end with no rows and the tabs’ counters', async () => {
    const answer = await fastAnswer('supplier', w.supplier.supplierId, { page: '9' });
    expect(answer.items).toEqual([]);
    expect(answer.total).toBe(47);
    expect(answer).toEqual(await generalAnswer('supplier', w.supplier.supplierId, { page: '9' }));
  });
});

describe('isoInstantOfUtcTimestamp', () => {
  it('writes PostgreSQL’s timestamp text as toISOString does, cutting past the millisecond', () => {
    const cases: [string, string][] = [
      ['2026-12-07 00:14:31', '2026-12-07T00:14:31.000Z'],
      ['2026-12-07 00:14:31.5', '2026-12-07T00:14:31.500Z'],
      ['2026-12-07 00:14:31.67', '2026-12-07T00:14:31.670Z'],
      ['2026-12-07 00:14:31.674123', '2026-12-07T00:14:31.674Z'],
      ['2026-12-07 00:14:31.999999', '2026-12-07T00:14:31.999Z'],
    ];
    for (const [text, iso] of cases) {
      expect(isoInstantOfUtcTimestamp(text)).toBe(iso);
      expect(new Date(`${text.replace(' ', 'T')}Z`).toISOString()).toBe(iso);
    }
  });
});
