import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDetail, OrderList } from '../../../shared/schemas/orders.js';
import { platformDay } from '../../../shared/working-days.js';
import { auditLog } from '../../platform/audit.tables.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { makeBuyer, type TestBuyer } from '../../test/buyer-fixtures.js';
import { publish, seller } from '../../test/catalog-fixtures.js';
import {
  ADMIN_ORDERS,
  createOrdersWorld,
  DAY_MS,
  eventRequest,
  exportOrder,
  fire,
  ORDERS,
  orderOf,
  placeOrder,
  SUPPLIER_ORDERS,
  submitRequest,
  termsRequest,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';

let w: OrdersWorld;
let otherBuyer: TestBuyer;
beforeAll(async () => {
  w = await createOrdersWorld();
  otherBuyer = await makeBuyer(w.t);
});
afterAll(async () => w?.t.close());

const get = (user: TestUser | undefined, url: string) => call(w.t.app, 'GET', url, { cookie: user?.cookie });
async function listOf(user: TestUser, url: string): Promise<OrderList> {
  const res = await get(user, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OrderList>();
}

/** Every statement the request sent, the session hook's lookup included. */
const requestStatements = () => w.t.database.queries.map((q) => q.sql);

describe('My Orders and Order Management', () => {
  it('lists each party’s own orders newest first, with the other party’s name and counts per status', async () => {
    const first = await placeOrder(w, 100);
    const second = await placeOrder(w, 1000);
    await fire(w, 'buyer', second, 'cancel');
    const others = await placeOrder(w, 200, {}, otherBuyer);

    const mine = await listOf(w.buyer, ORDERS);
    expect(mine.items.map((o) => o.id)).toEqual([second.id, first.id]);
    expect(mine.counts).toEqual({ waiting_for_perfection: 1, cancelled: 1 });
    expect(mine.total).toBe(2);
    expect(mine.items[1]).toMatchObject({
      number: first.number,
      status: 'waiting_for_perfection',
      totalAmount: '12.00',
      currency: 'USD',
      counterpartyNameEn: w.supplier.supplierName,
      lineCount: 1,
      // The "Invoice & Contract" column: no contract before the buyer accepts, no invoice asked for.
      contractStatus: null,
      invoiceStatus: 'not_requested',
    });
    expect(mine.items[1]!.firstLineNames.en).toBe('Stainless steel hex bolt');

    const managed = await listOf(w.supplier, SUPPLIER_ORDERS);
    expect(managed.items.map((o) => o.id)).toEqual([others.id, second.id, first.id]);
    expect(managed.items[0]!.counterpartyNameEn).toBe(otherBuyer.companyNameEn);
    expect(managed.counts).toEqual({ waiting_for_perfection: 2, cancelled: 1 });

    const tab = await listOf(w.supplier, `${SUPPLIER_ORDERS}?status=waiting_for_perfection`);
    expect(tab.items.map((o) => o.id)).toEqual([others.id, first.id]);
    expect(tab.total).toBe(2);
    expect(tab.counts).toEqual(managed.counts);
  });

  it('searches the order number, either company and product names or models (any case, Chinese too)', async () => {
    const order = await placeOrder(w, 300, {}, otherBuyer);
    const search = async (q: string) =>
      (await listOf(w.supplier, `${SUPPLIER_ORDERS}?q=${encodeURIComponent(q)}`)).items.map((o) => o.id);
    expect(await search(order.number)).toEqual([order.id]);
    expect(await search(order.number.slice(-9).toLowerCase())).toContain(order.id);
    expect(await search(otherBuyer.companyNameEn.toUpperCase())).toContain(order.id);
    expect(await search('HEX BOLT')).toContain(order.id);
    expect(await search('螺栓')).toContain(order.id);
    expect(await search('hb-01')).toContain(order.id);
    expect(await search('nothing like this')).toEqual([]);
    const filtered = await listOf(w.supplier, `${SUPPLIER_ORDERS}?q=${encodeURIComponent(otherBuyer.companyNameEn)}`);
    expect(filtered.total).toBe(filtered.items.length);
    expect(filtered.counts.waiting_for_perfection).toBeGreaterThan(filtered.total - 1);
  });

  it('filters by the platform day of creation (from/to) and pages 20 newest first', async () => {
    const supplier = await seller(w.t);
    const productId = await publish(w.t, supplier, w.category);
    const buyer = await makeBuyer(w.t);
    const line = [{ productId, quantity: 100 }];
    const earlyDay = platformDay(w.t.clock.now());
    const early = orderOf(await submitRequest(w.t, buyer, exportOrder(buyer, line)), 201);
    w.t.clock.advance(2 * DAY_MS);
    const laterDay = platformDay(w.t.clock.now());
    const later: string[] = [];
    for (let i = 0; i < 21; i++) {
      later.push(orderOf(await submitRequest(w.t, buyer, exportOrder(buyer, line)), 201).id);
      w.t.clock.advance(1000);
    }
    const page1 = await listOf(buyer, `${ORDERS}?from=${laterDay}`);
    expect(page1.total).toBe(21);
    expect(page1.pageSize).toBe(20);
    expect(page1.items.map((o) => o.id)).toEqual(later.slice(1).reverse());
    const page2 = await listOf(buyer, `${ORDERS}?from=${laterDay}&page=2`);
    expect(page2.items.map((o) => o.id)).toEqual([later[0]]);
    const onlyEarly = await listOf(buyer, `${ORDERS}?from=${earlyDay}&to=${earlyDay}`);
    expect(onlyEarly.items.map((o) => o.id)).toEqual([early.id]);
    expect(onlyEarly.counts).toEqual({ waiting_for_perfection: 22 });
    const beyond = await listOf(buyer, `${ORDERS}?page=5`);
    expect(beyond).toMatchObject({ items: [], total: 22, page: 5 });
  });

  it('answers a list and a detail with at most 3 SQL statements in all (2 for a party’s own list and detail), the session lookup included; one fewer with the session in the cache', async () => {
    const order = await placeOrder(w, 400);
    // Staff sessions are never remembered: signed in after the clock jumps of other tests.
    const staff = await makeUser(w.t, { staff: true });
    const cases: [TestUser, string][] = [
      [w.supplier, SUPPLIER_ORDERS],
      [w.supplier, `${SUPPLIER_ORDERS}?status=waiting_for_perfection&q=bolt&from=2020-01-01&to=2099-12-31&page=2`],
      [w.buyer, ORDERS],
      [w.buyer, `${ORDERS}?q=${encodeURIComponent('螺栓')}`],
      [staff, ADMIN_ORDERS],
      [w.supplier, `${SUPPLIER_ORDERS}/${order.id}`],
      [w.buyer, `${ORDERS}/${order.id}`],
      [staff, `${ADMIN_ORDERS}/${order.id}`],
    ];
    const measure = async (user: TestUser, url: string, options: { cold: boolean }) => {
      // Cold: the session is not in this instance's cache (its first request here, or after the
      // cache's few seconds); warm: the same session a moment ago (docs/decisions/0014-session-cache.md).
      if (options.cold) w.t.app.sessionCache.cache.clear();
      w.t.database.reset();
      const res = await get(user, url);
      expect(res.statusCode, res.body).toBe(200);
      return requestStatements();
    };
    for (const [user, url] of cases) {
      // The session's last_seen is touched at most once a minute (a second statement then): a first
      // request takes that touch, the counted one is what every further request costs.
      await get(user, url);
      // A party's own list without q or dates and a party's detail: the session and one statement
      // (the page carries the status counters; the detail its lines, payments and timeline).
      // With q or dates the page and a grouped count; staff views of a detail also write their
      // audit entry.
      const narrowed = url.includes('q=');
      const limit = user === staff || narrowed ? 3 : 2;
      for (const cold of [true, false]) {
        const statements = await measure(user, url, { cold });
        const label = `${url} (${cold ? 'cold' : 'cached'} session):\n${statements.join('\n')}`;
        expect(
          statements.filter((sql) => sql.includes('from "sessions"')),
          label,
        ).toHaveLength(cold ? 1 : 0);
        // No separate supplier lookup: the supplier id comes with the session.
        expect(
          statements.filter((sql) => /from "suppliers"|from "supplier_applications"/.test(sql)),
          label,
        ).toEqual([]);
        expect(statements.length, label).toBeLessThanOrEqual(cold ? limit : limit - 1);
      }
    }
  });
});

describe('no access to another party’s order', () => {
  it('another buyer, another supplier and a visitor cannot see or change it', async () => {
    const order = await placeOrder(w);
    const otherSupplier = await seller(w.t);
    expect((await get(otherBuyer, `${ORDERS}/${order.id}`)).statusCode).toBe(404);
    expect((await get(otherSupplier, `${SUPPLIER_ORDERS}/${order.id}`)).statusCode).toBe(404);
    expect((await get(undefined, `${ORDERS}/${order.id}`)).statusCode).toBe(401);
    expect((await get(undefined, `${SUPPLIER_ORDERS}/${order.id}`)).statusCode).toBe(401);
    // The buyer through the supplier's path: not a supplier at all.
    expect(errorOf(await get(w.buyer, `${SUPPLIER_ORDERS}/${order.id}`)).code).toBe('SUPPLIER_NOT_APPROVED');
    // The supplier through the buyer's path: not its order as a buyer.
    expect((await get(w.supplier, `${ORDERS}/${order.id}`)).statusCode).toBe(404);

    const cancel = await eventRequest(w.t, 'buyer', otherBuyer, order.id, { event: 'cancel', version: order.version });
    expect(cancel.statusCode).toBe(404);
    const decline = await eventRequest(w.t, 'supplier', otherSupplier, order.id, {
      event: 'decline',
      version: order.version,
      reason: 'x',
    });
    expect(decline.statusCode).toBe(404);
    const terms = await termsRequest(w.t, otherSupplier, order.id, {
      version: order.version,
      currency: 'USD',
      lines: [{ position: 1, unitPrice: '0.10' }],
      paymentMethod: 'tt',
      paymentTerms: 'T/T',
      offerValidUntil: '2099-12-31',
    });
    expect(terms.statusCode).toBe(404);
    const payment = await call(w.t.app, 'POST', `${SUPPLIER_ORDERS}/${order.id}/payments`, {
      cookie: otherSupplier.cookie,
      payload: { kind: 'deposit', amount: '1.00', receivedOn: '2026-12-01' },
    });
    expect(payment.statusCode).toBe(404);
    expect((await get(w.buyer, `${ORDERS}/${randomUUID()}`)).statusCode).toBe(404);

    expect((await listOf(otherSupplier, SUPPLIER_ORDERS)).items).toEqual([]);
    expect((await listOf(otherBuyer, ORDERS)).items.map((o) => o.id)).not.toContain(order.id);
    const unchanged = orderOf(await get(w.buyer, `${ORDERS}/${order.id}`));
    expect(unchanged.version).toBe(order.version);
  });
});

describe('staff', () => {
  it('read any order without buttons; every detail view is in the audit log', async () => {
    const order = await placeOrder(w);
    const staff = await makeUser(w.t, { staff: true });
    const list = await listOf(staff, `${ADMIN_ORDERS}?q=${encodeURIComponent(order.number)}`);
    expect(list.items.map((o) => o.id)).toEqual([order.id]);
    const res = await get(staff, `${ADMIN_ORDERS}/${order.id}`);
    const seen = res.json<{ order: OrderDetail }>().order;
    expect(seen).toMatchObject({ id: order.id, viewer: 'staff', allowedEvents: [] });
    await get(staff, `${ADMIN_ORDERS}/${order.id}`);
    const entries = await w.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, order.id));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: staff.id, action: 'order.view', entityType: 'order' });
    expect((await get(w.buyer, `${ADMIN_ORDERS}/${order.id}`)).statusCode).toBe(403);
  });
});
