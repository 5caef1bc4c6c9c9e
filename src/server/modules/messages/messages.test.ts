import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationList, MessagePage } from '../../../shared/schemas/messages.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { makeBuyer, type TestBuyer } from '../../test/buyer-fixtures.js';
import { publish, seller, setShelf, type Seller } from '../../test/catalog-fixtures.js';
import {
  contact,
  conversationOf,
  CONVERSATIONS,
  createMessagesWorld,
  detailAs,
  say,
  sendRequest,
  startRequest,
  type MessagesWorld,
} from '../../test/message-fixtures.js';
import { placeOrder } from '../../test/order-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';

let w: MessagesWorld;
let otherBuyer: TestBuyer;
let otherSupplier: Seller;
let staff: TestUser;
beforeAll(async () => {
  w = await createMessagesWorld({ buyerLocale: 'ru' });
  otherBuyer = await makeBuyer(w.t);
  otherSupplier = await seller(w.t);
  staff = await makeUser(w.t, { staff: true });
});
afterAll(async () => w?.t.close());

const get = (user: TestUser, url: string) => call(w.t.app, 'GET', url, { cookie: user.cookie });

describe('"Contact supplier"', () => {
  it('starts one conversation per buyer and supplier: 201, then 200 with the same one, product card attached', async () => {
    const buyer = await makeBuyer(w.t);
    const first = conversationOf(
      await startRequest(w, buyer, { supplierId: w.supplier.supplierId, productId: w.productId }),
      201,
    );
    expect(first.side).toBe('buyer');
    expect(first.otherParty).toMatchObject({ supplierId: w.supplier.supplierId, nameEn: w.supplier.supplierName });
    expect(first.productCard).toMatchObject({ productId: w.productId, currency: 'USD', moq: 100 });
    expect(first.productCard!.minPrice).toBe('0.0950');
    expect(first.productCard!.maxPrice).toBe('0.1200');
    expect(Object.keys(first.productCard!.names).length).toBeGreaterThan(0);
    const again = conversationOf(await startRequest(w, buyer, { supplierId: w.supplier.supplierId }), 200);
    expect(again.id).toBe(first.id);
    // The supplier sees the same conversation from its side, with the buyer's company.
    const seen = await detailAs(w, w.supplier, first.id);
    expect(seen.side).toBe('supplier');
    expect(seen.otherParty.supplierId).toBeNull();
  });

  it('refuses the own supplier (422), an unknown supplier (404), another supplier’s or an off-shelf product', async () => {
    const own = await startRequest(w, w.supplier, { supplierId: w.supplier.supplierId });
    expect(own.statusCode).toBe(422);
    expect(errorOf(own).details?.[0]?.code).toBe('own_supplier');
    expect((await startRequest(w, w.buyer, { supplierId: crypto.randomUUID() })).statusCode).toBe(404);
    const foreign = await startRequest(w, w.buyer, { supplierId: otherSupplier.supplierId, productId: w.productId });
    expect(foreign.statusCode).toBe(404);
    const hidden = await publish(w.t, w.supplier, w.category);
    await setShelf(w.t, w.supplier, [hidden], false);
    const off = await startRequest(w, w.buyer, { supplierId: w.supplier.supplierId, productId: hidden });
    expect(off.statusCode).toBe(422);
  });
});

describe('only the two parties', () => {
  it('another buyer, another supplier and staff without a report get 404 on every conversation route', async () => {
    const c = await contact(w);
    await say(w, w.buyer, c.id, 'Здравствуйте!');
    for (const user of [otherBuyer, otherSupplier, staff]) {
      for (const url of [
        `${CONVERSATIONS}/${c.id}`,
        `${CONVERSATIONS}/${c.id}/messages`,
        `${CONVERSATIONS}/${c.id}/messages?before=${Number.MAX_SAFE_INTEGER}`,
        `${CONVERSATIONS}/${c.id}/messages?after=0`,
      ]) {
        expect((await get(user, url)).statusCode, url).toBe(404);
      }
      expect((await sendRequest(w, user, c.id, { body: 'hi' })).statusCode).toBe(404);
      for (const [method, url, payload] of [
        ['POST', `${CONVERSATIONS}/${c.id}/read`, { upTo: 1 }],
        ['PUT', `${CONVERSATIONS}/${c.id}/block`, undefined],
        ['DELETE', `${CONVERSATIONS}/${c.id}/block`, undefined],
        ['POST', `${CONVERSATIONS}/${c.id}/reports`, { reason: 'spam' }],
      ] as const) {
        const res = await call(w.t.app, method, url, { cookie: user.cookie, payload });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
      const list = (await get(user, CONVERSATIONS)).json<ConversationList>();
      expect(list.items.map((i) => i.id)).not.toContain(c.id);
    }
  });
});

describe('sending', () => {
  it('records the sender’s language, a product card and an order reference between exactly these parties', async () => {
    const c = await contact(w);
    const m = await say(w, w.buyer, c.id, { body: 'Цена за 1000 шт?', productId: w.productId }, 'ru');
    expect(m).toMatchObject({ senderSide: 'buyer', language: 'ru', body: 'Цена за 1000 шт?' });
    expect(m.productCard?.productId).toBe(w.productId);
    const order = await placeOrder(w, 500);
    const reply = await say(w, w.supplier, c.id, { body: '好的', orderId: order.id }, 'zh-CN');
    expect(reply).toMatchObject({
      senderSide: 'supplier',
      language: 'zh-CN',
      order: { id: order.id, number: order.number },
    });
    // Another buyer's order is "not found" here.
    const foreignOrder = await placeOrder(w, 500, {}, otherBuyer);
    const res = await sendRequest(w, w.supplier, c.id, { body: 'x', orderId: foreignOrder.id });
    expect(res.statusCode).toBe(404);
    // Another supplier's product too.
    const theirs = await publish(w.t, otherSupplier, w.category);
    expect((await sendRequest(w, w.buyer, c.id, { productId: theirs })).statusCode).toBe(404);
    // Control characters and over-long text are refused by the schema.
    expect((await sendRequest(w, w.buyer, c.id, { body: 'a\u0007b' })).statusCode).toBe(400);
    expect((await sendRequest(w, w.buyer, c.id, { body: 'x'.repeat(5001) })).statusCode).toBe(400);
  });

  it('a retried send with the same clientKey makes one message (201, then 200 with it)', async () => {
    const c = await contact(w);
    const body = { body: 'once only', clientKey: `key-${crypto.randomUUID()}` };
    const first = await sendRequest(w, w.buyer, c.id, body);
    expect(first.statusCode, first.body).toBe(201);
    const second = await sendRequest(w, w.buyer, c.id, body);
    expect(second.statusCode).toBe(200);
    expect(second.json().message.id).toBe(first.json().message.id);
    const page = (await get(w.buyer, `${CONVERSATIONS}/${c.id}/messages`)).json<MessagePage>();
    expect(page.items.filter((m) => m.body === 'once only')).toHaveLength(1);
  });
});

describe('blocking', () => {
  it('the blocked side can no longer write (403 CONVERSATION_BLOCKED); only the blocking side unblocks', async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    await say(w, buyer, c.id, 'hello');
    const blocked = conversationOf(
      await call(w.t.app, 'PUT', `${CONVERSATIONS}/${c.id}/block`, { cookie: w.supplier.cookie }),
    );
    expect(blocked.blockedBy).toBe('me');
    expect((await detailAs(w, buyer, c.id)).blockedBy).toBe('them');
    const refused = await sendRequest(w, buyer, c.id, { body: 'still there?' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('CONVERSATION_BLOCKED');
    // The side that blocked may still write; the other cannot unblock.
    await say(w, w.supplier, c.id, 'last word');
    expect((await call(w.t.app, 'DELETE', `${CONVERSATIONS}/${c.id}/block`, { cookie: buyer.cookie })).statusCode).toBe(
      403,
    );
    const open = conversationOf(
      await call(w.t.app, 'DELETE', `${CONVERSATIONS}/${c.id}/block`, { cookie: w.supplier.cookie }),
    );
    expect(open.blockedBy).toBeNull();
    await say(w, buyer, c.id, 'thanks');
    // And the other way round: the buyer blocks the supplier.
    await call(w.t.app, 'PUT', `${CONVERSATIONS}/${c.id}/block`, { cookie: buyer.cookie });
    expect((await sendRequest(w, w.supplier, c.id, { body: 'hi' })).statusCode).toBe(403);
  });
});

describe('unread counters and read / delivered marks', () => {
  it('counts the other side’s messages, marks read up to an id, raises delivered marks, feeds the badge', async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    const m1 = await say(w, buyer, c.id, 'one');
    const m2 = await say(w, buyer, c.id, 'two');
    const m3 = await say(w, buyer, c.id, 'three');
    let seen = await detailAs(w, w.supplier, c.id);
    expect(seen.unread).toBe(3);
    expect(seen.lastMessageId).toBe(m3.id);
    expect(seen.lastMessagePreview).toBe('three');
    expect(seen.lastMessageMine).toBe(false);
    const badge = (await get(w.supplier, '/api/messages/unread')).json<{ unread: number; lastMessageId: number }>();
    expect(badge.unread).toBeGreaterThanOrEqual(3);
    expect(badge.lastMessageId).toBeGreaterThanOrEqual(m3.id);

    const delivered = await call(w.t.app, 'POST', '/api/messages/delivered', {
      cookie: w.supplier.cookie,
      payload: { upTo: m2.id },
    });
    expect(delivered.statusCode).toBe(204);
    expect((await detailAs(w, buyer, c.id)).otherDeliveredId).toBe(m2.id);

    const read = await call(w.t.app, 'POST', `${CONVERSATIONS}/${c.id}/read`, {
      cookie: w.supplier.cookie,
      payload: { upTo: m1.id },
    });
    expect(read.statusCode).toBe(204);
    seen = await detailAs(w, w.supplier, c.id);
    expect(seen).toMatchObject({ unread: 2, myReadId: m1.id });
    // Beyond the last message: capped at it; a lower mark never lowers it.
    await call(w.t.app, 'POST', `${CONVERSATIONS}/${c.id}/read`, {
      cookie: w.supplier.cookie,
      payload: { upTo: 10 ** 12 },
    });
    await call(w.t.app, 'POST', `${CONVERSATIONS}/${c.id}/read`, { cookie: w.supplier.cookie, payload: { upTo: 0 } });
    seen = await detailAs(w, w.supplier, c.id);
    expect(seen).toMatchObject({ unread: 0, myReadId: m3.id });
    expect((await detailAs(w, buyer, c.id)).otherReadId).toBe(m3.id);
    // The supplier's answer is unread for the buyer only.
    await say(w, w.supplier, c.id, 'answer');
    expect((await detailAs(w, buyer, c.id)).unread).toBe(1);
    expect((await detailAs(w, w.supplier, c.id)).unread).toBe(0);
  });

  it('lists unread first, then newest; searches company names; pages messages oldest first with cursors', async () => {
    const buyer = await makeBuyer(w.t);
    const s2 = await seller(w.t);
    const a = await contact(w, buyer);
    const b = await contact(w, buyer, s2.supplierId);
    await say(w, buyer, a.id, 'to a');
    await say(w, w.supplier, a.id, 'from a');
    await say(w, buyer, b.id, 'to b');
    const list = (await get(buyer, CONVERSATIONS)).json<ConversationList>();
    expect(list.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(list.unreadTotal).toBe(1);
    const searched = (
      await get(buyer, `${CONVERSATIONS}?q=${encodeURIComponent(s2.supplierName.slice(-12).toUpperCase())}`)
    ).json<ConversationList>();
    expect(searched.items.map((i) => i.id)).toEqual([b.id]);
    const none = (await get(buyer, `${CONVERSATIONS}?q=nobody-here`)).json<ConversationList>();
    expect(none).toMatchObject({ items: [], total: 0, unreadTotal: 1 });

    const ids = [];
    for (let i = 0; i < 7; i += 1) ids.push((await say(w, buyer, b.id, `n${i}`)).id);
    const latest = (await get(buyer, `${CONVERSATIONS}/${b.id}/messages?limit=3`)).json<MessagePage>();
    expect(latest.items.map((m) => m.id)).toEqual(ids.slice(4));
    expect(latest.hasOlder).toBe(true);
    const older = (await get(buyer, `${CONVERSATIONS}/${b.id}/messages?limit=3&before=${ids[4]}`)).json<MessagePage>();
    expect(older.items.map((m) => m.id)).toEqual(ids.slice(1, 4));
    const after = (await get(buyer, `${CONVERSATIONS}/${b.id}/messages?after=${ids[4]}`)).json<MessagePage>();
    expect(after.items.map((m) => m.id)).toEqual(ids.slice(5));
    const first = (await get(buyer, `${CONVERSATIONS}/${b.id}/messages?limit=50`)).json<MessagePage>();
    expect(first.hasOlder).toBe(false);
  });

  it('answers the list, a thread page and the badge with at most 3 statements, the session lookup included', async () => {
    const c = await contact(w);
    await say(w, w.buyer, c.id, 'counted');
    for (const [user, url, budget] of [
      [w.buyer, CONVERSATIONS, 2],
      [w.supplier, `${CONVERSATIONS}?side=supplier`, 2],
      // An empty page: the totals need one more statement.
      [w.buyer, `${CONVERSATIONS}?q=${encodeURIComponent('nobody-by-this-name')}`, 3],
      // The page carries its own party check.
      [w.buyer, `${CONVERSATIONS}/${c.id}/messages`, 2],
      [w.supplier, `${CONVERSATIONS}/${c.id}/messages?limit=5`, 2],
      [w.supplier, `${CONVERSATIONS}/${c.id}/messages?after=0`, 3],
      [w.buyer, '/api/messages/unread', 2],
    ] as const) {
      await get(user, url);
      // With the session looked up (cold) and from the session cache (docs/decisions/0014).
      for (const cold of [true, false]) {
        if (cold) w.t.app.sessionCache.cache.clear();
        w.t.database.reset();
        const res = await get(user, url);
        expect(res.statusCode, res.body).toBe(200);
        const statements = w.t.database.queries.map((q) => q.sql);
        expect(
          statements.filter((s) => s.includes('from "sessions"')),
          `${url}, cold session: ${cold}`,
        ).toHaveLength(cold ? 1 : 0);
        expect(statements.length, `${url}:\n${statements.join('\n')}`).toBeLessThanOrEqual(cold ? budget : budget - 1);
      }
    }
  });
});

describe('the send path', () => {
  it('answers a party an empty page of a conversation without messages (not 404)', async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    for (const url of [`${CONVERSATIONS}/${c.id}/messages`, `${CONVERSATIONS}/${c.id}/messages?before=5`]) {
      const res = await get(buyer, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.json<MessagePage>()).toEqual({ items: [], hasOlder: false });
    }
  });

  it('sends a text message (with its clientKey) in ONE statement after the session lookup, a retry too', async () => {
    const c = await contact(w);
    w.t.clock.advance(1000);
    const body = { body: 'one round trip', clientKey: `once-${crypto.randomUUID()}` };
    // The first send with the session looked up (cold), the retry with it from the session cache.
    for (const [expected, cold] of [
      [201, true],
      [200, false],
    ] as const) {
      if (cold) w.t.app.sessionCache.cache.clear();
      w.t.database.reset();
      const res = await sendRequest(w, w.buyer, c.id, body);
      expect(res.statusCode, res.body).toBe(expected);
      const statements = w.t.database.queries.map((q) => q.sql);
      const others = statements.filter((s) => !s.includes('from "sessions"'));
      expect(statements.length - others.length).toBe(cold ? 1 : 0);
      expect(others, others.join('\n')).toHaveLength(1);
    }
  });
});

describe('the conversation about an order', () => {
  it('either party of the order gets the pair’s conversation; others 404; settings switch the digest', async () => {
    const buyer = await makeBuyer(w.t);
    const order = await placeOrder(w, 500, { addressId: buyer.addressId }, buyer);
    const mine = conversationOf(await get(buyer, `/api/orders/${order.id}/conversation`));
    const theirs = conversationOf(await get(w.supplier, `/api/orders/${order.id}/conversation`));
    expect(theirs.id).toBe(mine.id);
    expect(theirs.side).toBe('supplier');
    for (const user of [otherBuyer, otherSupplier, staff]) {
      expect((await get(user, `/api/orders/${order.id}/conversation`)).statusCode).toBe(404);
    }
    expect((await get(buyer, '/api/messages/settings')).json()).toEqual({ emailDigest: true });
    const off = await call(w.t.app, 'PUT', '/api/messages/settings', {
      cookie: buyer.cookie,
      payload: { emailDigest: false },
    });
    expect(off.json()).toEqual({ emailDigest: false });
    expect((await get(buyer, '/api/messages/settings')).json()).toEqual({ emailDigest: false });
  });
});
