/**
 * The real-time stream (issue 14) against a listening app: live delivery to both parties and
 * nobody else, catch-up after a reconnect with no gaps or repeats, read and block events, the
 * inject() answer, and — on PostgreSQL — two app instances on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/schemas/messages.js';
import { createAccountsTestApp, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import { fastSupplier, type TestSupplier } from '../../test/brand-fixtures.js';
import {
  insertConversation,
  writeMark,
  writeMessage,
  type TestConversation,
} from '../../test/message-stream-fixtures.js';
import { sharedPostgresDatabase } from '../../test/shared-database.js';
import { openSse, type SseClient } from '../../test/sse-client.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { startTestApp } from '../../test/test-app.js';
import { MESSAGES_CHANNEL, type MessageNotice } from './message-notify.repo.js';
import { messages } from './messages.tables.js';

const STREAM = '/api/messages/stream';

let t: AccountsTestApp;
let base: string;
let buyer: TestUser;
let supplier: TestSupplier;
let outsider: TestUser;
let conversation: TestConversation;
const open: SseClient[] = [];

async function stream(user: TestUser | undefined, query = '', lastEventId?: number): Promise<SseClient> {
  const client = await openSse(`${base}${STREAM}${query}`, { cookie: user?.cookie, lastEventId });
  open.push(client);
  return client;
}
const ready = (client: SseClient) => client.until((events) => events.some((e) => e.event === 'ready'));
const hasMessage = (id: number) => (client: SseClient) =>
  client.until(() => client.messages().some((m) => m.id === id));
const ids = (client: SseClient) => client.messages().map((m) => m.id);

beforeAll(async () => {
  t = await createAccountsTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  buyer = await makeUser(t);
  supplier = await fastSupplier(t);
  outsider = await makeUser(t);
  conversation = await insertConversation(t.database.db, {
    buyerUserId: buyer.id,
    supplierId: supplier.supplierId,
    supplierUserId: supplier.id,
  });
});

afterAll(async () => {
  for (const client of open) client.close();
  await t.close();
});

describe('GET /api/messages/stream', () => {
  it('refuses a visitor with 401', async () => {
    const client = await stream(undefined);
    await client.ended;
    expect(client.status).toBe(401);
    expect(client.headers.get('content-type')).toContain('application/json');
    const res = await t.app.inject({ method: 'GET', url: STREAM });
    expect(res.statusCode).toBe(401);
    expect(res.json<{ code: string }>().code).toBe('UNAUTHENTICATED');
  });

  it('answers a user without conversations with an empty stream: headers, then ready at 0', async () => {
    const client = await stream(outsider, '?after=0');
    expect(client.status).toBe(200);
    expect(client.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(client.headers.get('cache-control')).toBe('no-store');
    expect(client.headers.get('x-accel-buffering')).toBe('no');
    await ready(client);
    expect(client.events).toEqual([{ id: '0', event: 'ready', data: JSON.stringify({ lastId: 0 }) }]);
    client.close();
  });

  it('delivers a message live to both parties and to no third account', async () => {
    // A third party's stream: another supplier's buyer conversation must not leak into it.
    const other = await stream(outsider);
    const buyerStream = await stream(buyer);
    const supplierStream = await stream(supplier);
    await Promise.all([ready(other), ready(buyerStream), ready(supplierStream)]);
    expect(t.app.messageStream.counts().connections).toBeGreaterThanOrEqual(3);

    const id = await writeMessage(t.database.db, conversation, 'buyer', 'Hello, is MOQ 500 possible?', {
      language: 'en',
    });
    await Promise.all([hasMessage(id)(buyerStream), hasMessage(id)(supplierStream)]);
    const frame = supplierStream.events.find((e) => e.event === 'message')!;
    expect(frame.id).toBe(String(id));
    const message = JSON.parse(frame.data) as Message;
    expect(message).toMatchObject({
      id,
      conversationId: conversation.id,
      senderSide: 'buyer',
      body: 'Hello, is MOQ 500 possible?',
      language: 'en',
      productCard: null,
      order: null,
      attachments: [],
    });
    expect(new Date(message.createdAt).toISOString()).toBe(message.createdAt);

    // A second message after it, so the outsider's silence is not just "too early".
    const second = await writeMessage(t.database.db, conversation, 'supplier', 'Yes.');
    await hasMessage(second)(buyerStream);
    expect(other.messages()).toEqual([]);
    for (const client of [other, buyerStream, supplierStream]) client.close();
  });

  it('catches up after a reconnect: what was sent meanwhile and during the catch-up, no gaps, no repeats', async () => {
    const first = await stream(buyer, '?after=0');
    await ready(first);
    const seen = ids(first);
    const cursor = seen.at(-1) ?? 0;
    first.close();

    // Sent while disconnected.
    const offline: number[] = [];
    for (let i = 0; i < 5; i++)
      offline.push(await writeMessage(t.database.db, conversation, 'supplier', `offline ${i}`));
    // Sent while the reconnected stream is catching up (concurrently with its opening).
    const during = (async () => {
      const written: number[] = [];
      for (let i = 0; i < 10; i++)
        written.push(await writeMessage(t.database.db, conversation, 'buyer', `during ${i}`));
      return written;
    })();
    const again = await stream(buyer, '', cursor);
    const duringIds = await during;
    const after = await writeMessage(t.database.db, conversation, 'supplier', 'after the catch-up');
    await hasMessage(after)(again);

    const expected = [...offline, ...duringIds, after].sort((a, b) => a - b);
    expect(ids(again)).toEqual(expected);
    // And the union with what the first connection saw is every message of the conversation.
    const all = await t.database.db.select({ id: messages.id }).from(messages);
    expect([...seen, ...ids(again)].sort((a, b) => a - b)).toEqual(all.map((r) => r.id).sort((a, b) => a - b));
    again.close();
  });

  it('takes the cursor from ?after= and Last-Event-ID, the larger of the two', async () => {
    const a = await writeMessage(t.database.db, conversation, 'buyer', 'cursor a');
    const b = await writeMessage(t.database.db, conversation, 'buyer', 'cursor b');
    const client = await stream(supplier, `?after=${a - 1}`, a);
    await ready(client);
    expect(ids(client)).toEqual([b]);
    expect(client.events.at(-1)).toEqual({ id: String(b), event: 'ready', data: JSON.stringify({ lastId: b }) });
    client.close();
  });

  it('tells the other party of read marks and block changes', async () => {
    const buyerStream = await stream(buyer);
    const supplierStream = await stream(supplier);
    const outsiderStream = await stream(outsider);
    await Promise.all([ready(buyerStream), ready(supplierStream), ready(outsiderStream)]);
    const id = await writeMessage(t.database.db, conversation, 'supplier', 'price list attached');
    await writeMark(t.database.db, conversation, { t: 'read', side: 'buyer', upTo: id });
    await writeMark(t.database.db, conversation, { t: 'block', blockedBySide: 'supplier' });
    await supplierStream.until((events) => events.some((e) => e.event === 'block'));
    const of = (client: SseClient, name: string) =>
      client.events.filter((e) => e.event === name).map((e) => JSON.parse(e.data) as unknown);
    expect(of(supplierStream, 'read')).toEqual([{ conversationId: conversation.id, side: 'buyer', upTo: id }]);
    expect(of(supplierStream, 'block')).toEqual([{ conversationId: conversation.id, blockedBySide: 'supplier' }]);
    await buyerStream.until((events) => events.some((e) => e.event === 'block'));
    expect(of(buyerStream, 'block')).toEqual([{ conversationId: conversation.id, blockedBySide: 'supplier' }]);
    expect(outsiderStream.events.map((e) => e.event)).toEqual(['ready']);
    await writeMark(t.database.db, conversation, { t: 'block', blockedBySide: null });
    for (const client of [buyerStream, supplierStream, outsiderStream]) client.close();
  });

  it('answers an injected request with the catch-up and the end of the stream', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${STREAM}?after=0`, headers: { cookie: supplier.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    // The security headers set before the reply was hijacked are kept.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
    const frames = res.body.split('\n\n').filter((f) => f.includes('event: message'));
    const all = await t.database.db.select({ id: messages.id }).from(messages);
    expect(frames).toHaveLength(all.length);
    expect(res.body).toMatch(/event: ready\ndata: \{"lastId":\d+\}\n\n$/);
  });

  it('delivers a message too long for a NOTIFY payload: the notice carries its id and the instance loads it', async () => {
    const notices: MessageNotice[] = [];
    const stop = await t.database.listen(MESSAGES_CHANNEL, (payload) =>
      notices.push(JSON.parse(payload) as MessageNotice),
    );
    try {
      const client = await stream(buyer);
      await ready(client);
      // 5,000 characters of 3 bytes each: far beyond NOTIFY's 8,000 bytes.
      const long = '报'.repeat(5000);
      const id = await writeMessage(t.database.db, conversation, 'supplier', long);
      const short = await writeMessage(t.database.db, conversation, 'supplier', 'and a short one');
      await hasMessage(short)(client);
      expect(ids(client)).toEqual([id, short]);
      expect(client.messages<Message>()[0]!.body).toBe(long);
      await expect.poll(() => notices.filter((n) => n.t === 'message' && n.id >= id).length).toBe(2);
      const [longNotice, shortNotice] = notices.filter((n) => n.t === 'message' && n.id >= id);
      expect(longNotice).toEqual({ t: 'message', id, c: conversation.id, b: buyer.id, s: supplier.supplierId });
      expect(shortNotice).toMatchObject({ id: short, m: { id: short, body: 'and a short one' } });
      client.close();
    } finally {
      await stop();
    }
  });

  it('concurrent sends into one conversation and into many: each stream gets its messages in id order, none missing', async () => {
    // The supplier talks to four buyers; the first buyer also talks to a second supplier.
    const otherSupplier = await fastSupplier(t);
    const buyers = [buyer, ...(await Promise.all([makeUser(t), makeUser(t), makeUser(t)]))];
    const pairs: TestConversation[] = [conversation];
    for (const b of buyers.slice(1))
      pairs.push(
        await insertConversation(t.database.db, {
          buyerUserId: b.id,
          supplierId: supplier.supplierId,
          supplierUserId: supplier.id,
        }),
      );
    pairs.push(
      await insertConversation(t.database.db, {
        buyerUserId: buyer.id,
        supplierId: otherSupplier.supplierId,
        supplierUserId: otherSupplier.id,
      }),
    );
    const buyerStream = await stream(buyer);
    const supplierStream = await stream(supplier);
    const otherStream = await stream(otherSupplier);
    await Promise.all([ready(buyerStream), ready(supplierStream), ready(otherStream)]);
    const startOf = (client: SseClient) =>
      Number(JSON.parse(client.events.find((e) => e.event === 'ready')!.data).lastId);
    const starts = [buyerStream, supplierStream, otherStream].map(startOf);

    // 60 into the one conversation (both sides), 60 spread over all five, all at once.
    const sends = [
      ...Array.from({ length: 60 }, (_, i) =>
        writeMessage(t.database.db, conversation, i % 2 ? 'buyer' : 'supplier', `one ${i}`),
      ),
      ...Array.from({ length: 60 }, (_, i) =>
        writeMessage(t.database.db, pairs[i % pairs.length]!, i % 3 ? 'supplier' : 'buyer', `many ${i}`),
      ),
    ];
    await Promise.all(sends);
    // A last message each stream must see: everything before it has had its chance to arrive.
    const lastOne = await writeMessage(t.database.db, conversation, 'supplier', 'last of the burst');
    const lastOther = await writeMessage(t.database.db, pairs.at(-1)!, 'supplier', 'last of the burst');
    await Promise.all([
      hasMessage(lastOne)(buyerStream),
      hasMessage(lastOne)(supplierStream),
      hasMessage(lastOther)(otherStream),
      hasMessage(lastOther)(buyerStream),
    ]);

    const all = await t.database.db.select({ id: messages.id, conversationId: messages.conversationId }).from(messages);
    const expected = (conversationIds: string[], after: number) =>
      all
        .filter((m) => conversationIds.includes(m.conversationId) && m.id > after)
        .map((m) => m.id)
        .sort((a, b) => a - b);
    // Received in id order (sorted already) and every message of the party's conversations (no gap).
    expect(ids(buyerStream)).toEqual(expected([conversation.id, pairs.at(-1)!.id], starts[0]!));
    expect(ids(supplierStream)).toEqual(
      expected(
        pairs.slice(0, 4).map((c) => c.id),
        starts[1]!,
      ),
    );
    expect(ids(otherStream)).toEqual(expected([pairs.at(-1)!.id], starts[2]!));
    expect(ids(supplierStream)).toHaveLength(60 + 48 + 1);
    for (const client of [buyerStream, supplierStream, otherStream]) client.close();
  });

  it('sends reset instead of more than 500 messages, then continues from the newest', async () => {
    const late = await insertConversation(t.database.db, {
      buyerUserId: (await makeUser(t)).id,
      supplierId: supplier.supplierId,
      supplierUserId: supplier.id,
    });
    const rows = await t.database.db
      .insert(messages)
      .values(
        Array.from({ length: 501 }, (_, i) => ({
          conversationId: late.id,
          senderSide: 'buyer',
          senderUserId: late.buyerUserId,
          body: `bulk ${i}`,
          language: 'en',
          createdAt: new Date(),
        })),
      )
      .returning({ id: messages.id });
    const newest = Math.max(...rows.map((r) => r.id));
    // The conversation's last message id is what a fresh cursor is read from.
    await writeMessage(t.database.db, late, 'supplier', 'after the bulk');
    const client = await stream(supplier, `?after=${Math.min(...rows.map((r) => r.id)) - 1}`);
    await ready(client);
    expect(client.messages()).toEqual([]);
    const reset = client.events.find((e) => e.event === 'reset')!;
    expect(JSON.parse(reset.data)).toEqual({ lastId: newest + 1 });
    client.close();
  });

  it('ends open streams when the app closes', async () => {
    const own = await createAccountsTestApp();
    await own.app.listen({ port: 0, host: '127.0.0.1' });
    const address = own.app.server.address();
    const user = await makeUser(own);
    const client = await openSse(
      `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${STREAM}`,
      {
        cookie: user.cookie,
      },
    );
    await ready(client);
    const closing = own.close();
    await client.ended;
    await closing;
    expect(client.events.map((e) => e.event)).toEqual(['ready']);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('two app instances on one PostgreSQL database', () => {
  it('a message sent through instance A’s route reaches a stream held on instance B within 1 s', async () => {
    const shared = await sharedPostgresDatabase();
    const a = await startTestApp(await shared.open());
    const b = await startTestApp(await shared.open());
    try {
      await b.app.listen({ port: 0, host: '127.0.0.1' });
      const address = b.app.server.address();
      const onB = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${STREAM}`;
      const buyerA = await makeUser(a);
      const supplierA = await fastSupplier({ ...a, clock: { now: () => new Date() } } as AccountsTestApp);
      const c = await insertConversation(a.database.db, {
        buyerUserId: buyerA.id,
        supplierId: supplierA.supplierId,
        supplierUserId: supplierA.id,
      });
      const client = await openSse(onB, { cookie: supplierA.cookie });
      await ready(client);
      const sentAt = Date.now();
      // Through instance A's own send route: its transaction's NOTIFY reaches B's listener.
      const sent = await call(a.app, 'POST', `/api/conversations/${c.id}/messages`, {
        cookie: buyerA.cookie,
        payload: { body: 'across instances' },
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const id = sent.json<{ message: Message }>().message.id;
      await client.until(() => client.messages().some((m) => m.id === id), 1000);
      expect(Date.now() - sentAt).toBeLessThan(1000);
      client.close();
    } finally {
      await a.close();
      await b.close();
      await shared.drop();
    }
  });
});
