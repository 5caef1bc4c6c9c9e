import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDay } from '../../../shared/working-days.js';
import { jobRuns } from '../../platform/jobs.tables.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import {
  createOrdersWorld,
  DAY_MS,
  eventRequest,
  fire,
  orderOf,
  placeOrder,
  saveTerms,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { call } from '../../test/supplier-fixtures.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld({ supplierLocale: 'zh-CN', buyerLocale: 'es' });
});
afterAll(async () => w?.t.close());

const dayAfter = (days: number) => platformDay(new Date(w.t.clock.now().getTime() + days * DAY_MS));
const outbox = (to: string) => w.t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));

describe('the daily offer expiry', () => {
  it('expires offers not accepted by their last valid day, through the guarded transition, mailing both parties', async () => {
    const lastDay = dayAfter(1);
    const offered = await fire(
      w,
      'supplier',
      await saveTerms(w, await placeOrder(w), { offerValidUntil: lastDay }),
      'confirm',
    );
    const accepted = await fire(
      w,
      'buyer',
      await fire(w, 'supplier', await saveTerms(w, await placeOrder(w), { offerValidUntil: lastDay }), 'confirm'),
      'accept',
    );
    const longer = await fire(
      w,
      'supplier',
      await saveTerms(w, await placeOrder(w), { offerValidUntil: dayAfter(30) }),
      'confirm',
    );

    // The last valid day itself: nothing expires.
    w.t.clock.advance(DAY_MS);
    await w.t.app.scheduler.tick();
    const stillOpen = orderOf(await call(w.t.app, 'GET', `/api/orders/${offered.id}`, { cookie: w.buyer.cookie }));
    expect(stillOpen.status).toBe('awaiting_acceptance');

    // The outbox has no order of its own (PostgreSQL returns rows in any order): compare by id.
    const earlier = new Set([...(await outbox(w.buyer.email)), ...(await outbox(w.supplier.email))].map((m) => m.id));
    const newMails = async (to: string) => (await outbox(to)).filter((m) => !earlier.has(m.id));
    w.t.clock.advance(DAY_MS);
    await w.t.app.scheduler.tick();

    const expired = orderOf(await call(w.t.app, 'GET', `/api/orders/${offered.id}`, { cookie: w.buyer.cookie }));
    expect(expired.status).toBe('expired');
    expect(expired.allowedEvents).toEqual([]);
    expect(expired.version).toBe(offered.version + 1);
    expect(expired.timeline[0]).toMatchObject({
      kind: 'expire',
      fromStatus: 'awaiting_acceptance',
      toStatus: 'expired',
      actorRole: 'system',
    });
    for (const other of [accepted, longer]) {
      const seen = orderOf(await call(w.t.app, 'GET', `/api/orders/${other.id}`, { cookie: w.buyer.cookie }));
      expect(seen.status).toBe(other.status);
    }

    const toBuyer = await newMails(w.buyer.email);
    const toSupplier = await newMails(w.supplier.email);
    expect(toBuyer.map((m) => [m.locale, m.subject])).toEqual([
      ['es', `Pedido ${offered.number}: la oferta ha caducado`],
    ]);
    expect(toSupplier.map((m) => [m.locale, m.subject])).toEqual([['zh-CN', `订单 ${offered.number}：报价已过期`]]);
    expect(toSupplier[0]!.textBody).toContain(`/zh-CN/supplier/orders/${offered.id}`);

    // Once a day: the job's run for this day is claimed.
    const runs = await w.t.database.db.select().from(jobRuns).where(eq(jobRuns.job, 'order-offer-expiry'));
    expect(runs.map((r) => r.runKey)).toContain(platformDay(w.t.clock.now()));

    // Too late to accept.
    const late = await eventRequest(w.t, 'buyer', w.buyer, offered.id, { event: 'accept', version: expired.version });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).code).toBe('ORDER_STATE_CONFLICT');
  });

  it('an offer past its validity cannot be accepted even before the job has run', async () => {
    const offered = await fire(
      w,
      'supplier',
      await saveTerms(w, await placeOrder(w), { offerValidUntil: dayAfter(0) }),
      'confirm',
    );
    w.t.clock.advance(DAY_MS);
    const res = await eventRequest(w.t, 'buyer', w.buyer, offered.id, { event: 'accept', version: offered.version });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details).toEqual([{ path: 'event', code: 'offer_expired' }]);
  });
});
