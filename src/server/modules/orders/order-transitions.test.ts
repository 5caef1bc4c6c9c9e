import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDetail, OrderEventRequest } from '../../../shared/schemas/orders.js';
import {
  ORDER_EVENT_ACTOR,
  ORDER_EVENTS,
  ORDER_STATES,
  orderEventsFor,
  orderMachine,
  type OrderEvent,
  type OrderState,
} from '../../../shared/state-machines/order.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import {
  createOrdersWorld,
  eventRequest,
  fire,
  orderIn,
  placeOrder,
  saveTerms,
  setStatusDirectly,
  SHIPMENT,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { orderEvents, orders } from './orders.tables.js';

/** Every allowed pair, written out: the machine must allow exactly these. */
const ALLOWED: Record<OrderState, Partial<Record<OrderEvent, OrderState>>> = {
  waiting_for_perfection: { confirm: 'awaiting_acceptance', decline: 'declined', cancel: 'cancelled' },
  awaiting_acceptance: {
    accept: 'contract_signing',
    buyer_decline: 'declined',
    request_changes: 'waiting_for_perfection',
    expire: 'expired',
  },
  contract_signing: { start_production: 'in_production' },
  in_production: { ship: 'shipped' },
  shipped: { deliver: 'delivered', confirm_receipt: 'completed' },
  delivered: { confirm_receipt: 'completed' },
  completed: {},
  cancelled: {},
  declined: {},
  expired: {},
};

/** What each event needs besides the version. */
const EXTRA: Partial<Record<OrderEvent, Partial<OrderEventRequest>>> = {
  decline: { reason: 'Out of stock' },
  buyer_decline: { reason: 'Too expensive' },
  request_changes: { reason: 'Please lower the shipping cost' },
  ship: SHIPMENT,
  deliver: { deliveredOn: '2027-01-15' },
};

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld({ supplierLocale: 'es', buyerLocale: 'ru' });
});
afterAll(async () => w?.t.close());

const db = () => w.t.database.db;
async function stateOf(id: string) {
  const [row] = await db()
    .select({ status: orders.status, version: orders.version })
    .from(orders)
    .where(eq(orders.id, id));
  return row!;
}
async function timelineSize(id: string) {
  const [row] = await db().select({ n: count() }).from(orderEvents).where(eq(orderEvents.orderId, id));
  return row!.n;
}

describe('the order state machine', () => {
  it.each(ORDER_STATES.flatMap((s) => ORDER_EVENTS.map((e) => [s, e] as const)))('%s × %s', (state, event) => {
    expect(orderMachine.next(state, event)).toBe(ALLOWED[state][event]);
  });

  it('gives each party only its own events as buttons', () => {
    for (const state of ORDER_STATES) {
      for (const party of ['buyer', 'supplier'] as const) {
        const expected = ORDER_EVENTS.filter((e) => ALLOWED[state][e] && ORDER_EVENT_ACTOR[e] === party);
        expect(orderEventsFor(state, party)).toEqual(expected);
      }
    }
  });
});

describe('every transition pair through the API, for each party', () => {
  it('allowed pairs move the order; the other party’s events are 403; refused pairs are 409 with nothing changed', async () => {
    const order = await saveTerms(w, await placeOrder(w));
    const problems: string[] = [];
    for (const state of ORDER_STATES) {
      for (const event of ORDER_EVENTS) {
        for (const party of ['buyer', 'supplier'] as const) {
          await setStatusDirectly(db(), order.id, state);
          const before = await stateOf(order.id);
          const events = await timelineSize(order.id);
          const user = party === 'buyer' ? w.buyer : w.supplier;
          const res = await eventRequest(w.t, party, user, order.id, {
            event,
            version: before.version,
            ...EXTRA[event],
          });
          const target = ALLOWED[state][event];
          const after = await stateOf(order.id);
          const label = `${party} ${event} in ${state}: ${res.statusCode}`;
          if (ORDER_EVENT_ACTOR[event] !== party) {
            if (res.statusCode !== 403 || after.version !== before.version) problems.push(`${label}, expected 403`);
          } else if (target) {
            const body = res.json<{ order: OrderDetail }>().order;
            if (res.statusCode !== 200 || after.status !== target || body.status !== target) {
              problems.push(`${label} → ${after.status}, expected 200 → ${target} ${res.body.slice(0, 200)}`);
            }
            if ((await timelineSize(order.id)) !== events + 1) problems.push(`${label}: no timeline event`);
          } else if (
            res.statusCode !== 409 ||
            errorOf(res).code !== 'ORDER_STATE_CONFLICT' ||
            after.status !== state ||
            after.version !== before.version ||
            (await timelineSize(order.id)) !== events
          ) {
            problems.push(`${label}, expected 409 ORDER_STATE_CONFLICT with nothing changed`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('a stale version is 409 VERSION_CONFLICT with nothing changed', async () => {
    const order = await placeOrder(w);
    const saved = await saveTerms(w, order);
    const res = await eventRequest(w.t, 'supplier', w.supplier, order.id, { event: 'confirm', version: order.version });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('VERSION_CONFLICT');
    expect(await stateOf(order.id)).toEqual({ status: 'waiting_for_perfection', version: saved.version });
  });

  it('concurrent confirm and cancel: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const order = await saveTerms(w, await placeOrder(w));
      const [confirm, cancel] = await Promise.all([
        eventRequest(w.t, 'supplier', w.supplier, order.id, { event: 'confirm', version: order.version }),
        eventRequest(w.t, 'buyer', w.buyer, order.id, { event: 'cancel', version: order.version }),
      ]);
      const statuses = [confirm.statusCode, cancel.statusCode].sort();
      expect(statuses).toEqual([200, 409]);
      const final = await stateOf(order.id);
      expect(final.status).toBe(confirm.statusCode === 200 ? 'awaiting_acceptance' : 'cancelled');
      expect(final.version).toBe(order.version + 1);
      const kinds = (await db().select().from(orderEvents).where(eq(orderEvents.orderId, order.id))).map((e) => e.kind);
      expect(kinds.filter((k) => k === 'confirm' || k === 'cancel')).toHaveLength(1);
    }
  });
});

describe('what each event needs and records', () => {
  it('decline, buyer_decline and request_changes need a reason; the timeline keeps it', async () => {
    const order = await placeOrder(w);
    const res = await eventRequest(w.t, 'supplier', w.supplier, order.id, { event: 'decline', version: order.version });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ path: 'reason', code: 'required' }]);
    const declined = await fire(w, 'supplier', order, 'decline', { reason: 'Out of stock' });
    expect(declined.statusReason).toBe('Out of stock');
    expect(declined.timeline[0]).toMatchObject({
      kind: 'decline',
      fromStatus: 'waiting_for_perfection',
      toStatus: 'declined',
      actorRole: 'supplier',
      note: 'Out of stock',
    });
    expect(declined.allowedEvents).toEqual([]);
  });

  it('confirm needs complete terms, an offer valid today and, for export, an Incoterm and a place', async () => {
    const order = await placeOrder(w);
    const bare = await eventRequest(w.t, 'supplier', w.supplier, order.id, {
      event: 'confirm',
      version: order.version,
    });
    expect(bare.statusCode).toBe(422);
    expect(errorOf(bare).details!.map((d) => `${d.path}:${d.code}`)).toEqual([
      'paymentMethod:terms_incomplete',
      'paymentTerms:terms_incomplete',
      'offerValidUntil:terms_incomplete',
      'incoterm:terms_incomplete',
      'namedPlace:terms_incomplete',
    ]);
    const past = await saveTerms(w, order, {
      offerValidUntil: '2020-01-01',
      incoterm: 'CIF',
      portOfLoading: undefined,
      namedPlace: undefined,
    });
    const res = await eventRequest(w.t, 'supplier', w.supplier, order.id, { event: 'confirm', version: past.version });
    expect(errorOf(res).details!.map((d) => `${d.path}:${d.code}`)).toEqual([
      'offerValidUntil:offer_validity_past',
      'portOfLoading:terms_incomplete',
    ]);
  });

  it('ship needs carrier, tracking number and date; deliver a date; both recorded with old → new values', async () => {
    const order = await orderIn(w, 'in_production');
    const res = await eventRequest(w.t, 'supplier', w.supplier, order.id, {
      event: 'ship',
      version: order.version,
      carrier: 'COSCO',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ path: 'trackingNumber', code: 'required' }]);
    const shipped = await fire(w, 'supplier', order, 'ship', SHIPMENT);
    expect(shipped.shipment).toMatchObject({ ...SHIPMENT, deliveredOn: null });
    expect(shipped.timeline[0]!.changes).toEqual([
      { field: 'carrier', from: null, to: 'COSCO' },
      { field: 'trackingNumber', from: null, to: SHIPMENT.trackingNumber },
      { field: 'shippedOn', from: null, to: SHIPMENT.shippedOn },
    ]);
    const noDate = await eventRequest(w.t, 'supplier', w.supplier, order.id, {
      event: 'deliver',
      version: shipped.version,
    });
    expect(errorOf(noDate).details).toEqual([{ path: 'deliveredOn', code: 'required' }]);
    const delivered = await fire(w, 'supplier', shipped, 'deliver', { deliveredOn: '2027-01-15' });
    const completed = await fire(w, 'buyer', delivered, 'confirm_receipt');
    expect(completed.status).toBe('completed');
    expect(completed.timeline.map((e) => e.kind)).toEqual([
      'confirm_receipt',
      'deliver',
      'ship',
      'start_production',
      'contract_signed_copy',
      'contract_signed_copy',
      'contract_accept',
      'contract_confirm',
      'accept',
      'confirm',
      'terms_saved',
      'submitted',
    ]);
    expect(completed.timeline.find((e) => e.kind === 'start_production')).toMatchObject({
      actorRole: 'system',
      fromStatus: 'contract_signing',
      toStatus: 'in_production',
    });
  });

  it('both parties see the same timeline, latest first; nothing after confirm is reachable before it', async () => {
    const order = await orderIn(w, 'contract_signing');
    const supplierView = await w.t.app.inject({
      method: 'GET',
      url: `/api/supplier/orders/${order.id}`,
      headers: { cookie: w.supplier.cookie },
    });
    const seen = supplierView.json<{ order: OrderDetail }>().order;
    expect(seen.viewer).toBe('supplier');
    // Production starts by itself once both signed copies of the contract are in: no button.
    expect(seen.allowedEvents).toEqual([]);
    expect(seen.timeline).toEqual(order.timeline);
    expect(order.confirmedAt).not.toBeNull();
    expect(order.acceptedAt).not.toBeNull();
  });
});

describe('mails to the other party, in their language', () => {
  it('confirm → the buyer (ru) with a link to My Orders; cancel → the supplier (es) with a link to Order Management', async () => {
    // In the order queued (each mail's transaction starts later than the one before).
    const outbox = (to: string) =>
      db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(mailOutbox.createdAt);
    const buyerBefore = (await outbox(w.buyer.email)).length;
    const offered = await orderIn(w, 'awaiting_acceptance');
    const toBuyer = (await outbox(w.buyer.email)).slice(buyerBefore);
    expect(toBuyer).toHaveLength(1);
    expect(toBuyer[0]!.locale).toBe('ru');
    expect(toBuyer[0]!.subject).toBe(`Заказ ${offered.number}: поставщик дополнил и подтвердил заказ`);
    expect(toBuyer[0]!.textBody).toContain(`/ru/account/orders/${offered.id}`);

    const supplierBefore = (await outbox(w.supplier.email)).length;
    const order = await placeOrder(w);
    await fire(w, 'buyer', order, 'cancel', { reason: 'Ordered twice' });
    const toSupplier = (await outbox(w.supplier.email)).slice(supplierBefore);
    expect(toSupplier.map((m) => m.locale)).toEqual(['es', 'es']);
    expect(toSupplier[1]!.subject).toBe(`Pedido ${order.number}: el comprador ha cancelado el pedido`);
    expect(toSupplier[1]!.textBody).toContain('Motivo: Ordered twice');
    expect(toSupplier[1]!.textBody).toContain(`/es/supplier/orders/${order.id}`);
  });
});
