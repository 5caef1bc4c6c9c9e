import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { platformDay } from '../../../shared/working-days.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import { createOrdersWorld, DAY_MS, exportOrder, submitRequest, type OrdersWorld } from '../../test/order-fixtures.js';
import { orders } from './orders.tables.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());

/** Moves the clock to a platform day no order has been numbered in yet. */
function freshDay(): string {
  w.t.clock.advance(3 * DAY_MS);
  return platformDay(w.t.clock.now()).replaceAll('-', '');
}
const sequenceOf = (number: string) => Number(number.split('-')[2]);

describe('Idempotency-Key', () => {
  it('a repeat with the same key and body answers the same order (200); another body is 422', async () => {
    const key = randomUUID();
    const body = exportOrder(w.buyer, [{ productId: w.productId, quantity: 300 }]);
    const first = await submitRequest(w.t, w.buyer, body, key);
    expect(first.statusCode).toBe(201);
    // The same request with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await submitRequest(w.t, w.buyer, reordered, key);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ order: OrderDetail }>().order.id).toBe(first.json<{ order: OrderDetail }>().order.id);

    const different = await submitRequest(w.t, w.buyer, { ...body, buyerNote: 'Changed my mind' }, key);
    expect(different.statusCode).toBe(422);
    expect(errorOf(different).code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Another buyer may use the same key for its own order.
    const other = await makeBuyer(w.t);
    const theirs = await submitRequest(w.t, other, exportOrder(other, body.lines), key);
    expect(theirs.statusCode).toBe(201);
  });

  it('50 concurrent identical submissions make one order, and every answer names it', async () => {
    const day = freshDay();
    const key = randomUUID();
    const body = exportOrder(w.buyer, [{ productId: w.productId, quantity: 100 }]);
    const answers = await Promise.all(Array.from({ length: 50 }, () => submitRequest(w.t, w.buyer, body, key)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    const ids = new Set(answers.map((a) => a.json<{ order: OrderDetail }>().order.id));
    expect(ids.size).toBe(1);
    const rows = await w.t.database.db.select().from(orders).where(eq(orders.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.number).toBe(`BR-${day}-0001`);
    // The losers' numbers were given back: the next order of the day is 0002.
    const next = await submitRequest(w.t, w.buyer, body);
    expect(next.json<{ order: OrderDetail }>().order.number).toBe(`BR-${day}-0002`);
  });
});

describe('order numbers', () => {
  it('20 parallel submissions take 0001…0020 of the day: no gaps, no duplicates', async () => {
    const day = freshDay();
    const buyers = await Promise.all(Array.from({ length: 4 }, () => makeBuyer(w.t)));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const buyer = buyers[i % buyers.length]!;
        return submitRequest(w.t, buyer, exportOrder(buyer, [{ productId: w.productId, quantity: 100 + i }]));
      }),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    const numbers = answers.map((a) => a.json<{ order: OrderDetail }>().order.number);
    expect(numbers.every((n) => n.startsWith(`BR-${day}-`))).toBe(true);
    expect(numbers.map(sequenceOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('a new platform day starts again at 0001', async () => {
    const day = freshDay();
    const answer = await submitRequest(w.t, w.buyer, exportOrder(w.buyer, [{ productId: w.productId, quantity: 100 }]));
    expect(answer.json<{ order: OrderDetail }>().order.number).toBe(`BR-${day}-0001`);
  });
});
