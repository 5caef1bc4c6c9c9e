import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/schemas/messages.js';
import { auditLog } from '../../platform/audit.tables.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { fastSupplier } from '../../test/brand-fixtures.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import { seller, type Seller } from '../../test/catalog-fixtures.js';
import {
  contact,
  CONVERSATIONS,
  createMessagesWorld,
  say,
  sendRequest,
  startRequest,
  type MessagesWorld,
} from '../../test/message-fixtures.js';
import { call, makeUser, upload, type TestUser } from '../../test/supplier-fixtures.js';
import { png } from '../../test/upload-corpus.js';
import { MESSAGE_LIMITS } from './messages.limits.js';

let w: MessagesWorld;
let otherSupplier: Seller;
let staff: TestUser;
beforeAll(async () => {
  w = await createMessagesWorld();
  otherSupplier = await seller(w.t);
  staff = await makeUser(w.t, { staff: true });
});
afterAll(async () => w?.t.close());

const get = (user: TestUser, url: string) => call(w.t.app, 'GET', url, { cookie: user.cookie });

describe('attachments by rule', () => {
  it('attaches the sender’s own message uploads once; the two parties download them, others get 404', async () => {
    const c = await contact(w);
    const picture = await upload(w.t.app, w.buyer.cookie, 'message_attachment', 'sample.png', await png(1200, 900));
    const sheet = await upload(w.t.app, w.buyer.cookie, 'message_attachment', 'spec.pdf');
    const m = await say(w, w.buyer, c.id, { body: 'see attached', attachmentFileIds: [picture.id, sheet.id] });
    expect(m.attachments).toEqual([
      expect.objectContaining({
        fileId: picture.id,
        name: 'sample.png',
        contentType: 'image/png',
        width: 1200,
        height: 900,
      }),
      expect.objectContaining({ fileId: sheet.id, name: 'spec.pdf', contentType: 'application/pdf', width: null }),
    ]);

    const url = `${CONVERSATIONS}/${c.id}/attachments/${picture.id}`;
    for (const party of [w.buyer, w.supplier]) {
      const res = await get(party, url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
    }
    const thumb = await get(w.supplier, `${url}?thumb=1`);
    expect(thumb.statusCode).toBe(200);
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(480);
    const pdf = await get(w.supplier, `${CONVERSATIONS}/${c.id}/attachments/${sheet.id}`);
    expect(pdf.headers['content-disposition']).toMatch(/^attachment/);
    // Another buyer, another supplier, staff without a report; and the file through another conversation.
    const stranger = await makeBuyer(w.t);
    for (const user of [stranger, otherSupplier, staff]) expect((await get(user, url)).statusCode).toBe(404);
    const elsewhere = await contact(w, stranger);
    expect((await get(stranger, `${CONVERSATIONS}/${elsewhere.id}/attachments/${picture.id}`)).statusCode).toBe(404);
  });

  it('refuses another account’s file (404), a file of another purpose (400) and a second attachment of one file (422)', async () => {
    const c = await contact(w);
    const buyers = await upload(w.t.app, w.buyer.cookie, 'message_attachment', 'mine.pdf');
    expect((await sendRequest(w, w.supplier, c.id, { attachmentFileIds: [buyers.id] })).statusCode).toBe(404);
    const proof = await upload(w.t.app, w.buyer.cookie, 'payment_proof', 'proof.pdf');
    const wrong = await sendRequest(w, w.buyer, c.id, { attachmentFileIds: [proof.id] });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details?.[0]?.code).toBe('file_wrong_purpose');
    await say(w, w.buyer, c.id, { attachmentFileIds: [buyers.id] });
    const again = await sendRequest(w, w.buyer, c.id, { attachmentFileIds: [buyers.id] });
    expect(again.statusCode).toBe(422);
    expect(errorOf(again).details?.[0]?.code).toBe('file_already_attached');
  });
});

describe('reporting and the staff queue', () => {
  it('one open report per reporter; staff read the conversation up to it (audited) and resolve by blocking', async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    await say(w, w.supplier, c.id, 'Pay to my personal account please');
    const seen = await say(w, w.supplier, c.id, 'Send money now');
    const file = await upload(w.t.app, w.supplier.cookie, 'message_attachment', 'invoice.pdf');
    await say(w, w.supplier, c.id, { attachmentFileIds: [file.id] });
    const report = (body: object) =>
      call(w.t.app, 'POST', `${CONVERSATIONS}/${c.id}/reports`, { cookie: buyer.cookie, payload: body });
    // The attachment is not reachable for staff before a report.
    expect((await get(staff, `${CONVERSATIONS}/${c.id}/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await report({ reason: 'other' })).statusCode).toBe(400);
    // What the reporter saw: the messages up to now; a later one stays private.
    const last = (await get(buyer, `${CONVERSATIONS}/${c.id}`)).json().conversation.lastMessageId as number;
    expect((await report({ reason: 'fraud', comment: 'asks for private payment' })).statusCode).toBe(204);
    expect((await report({ reason: 'spam' })).statusCode).toBe(409);
    expect((await get(buyer, `${CONVERSATIONS}/${c.id}`)).json().conversation.reported).toBe(true);
    await say(w, w.supplier, c.id, 'after the report');

    const queue = (await get(staff, '/api/review/message-reports')).json<{
      items: { id: string; conversationId: string }[];
    }>();
    const item = queue.items.find((i) => i.conversationId === c.id)!;
    expect(item).toMatchObject({ reason: 'fraud', reporterSide: 'buyer', status: 'open' });
    // Parties are not staff: the queue is refused to them.
    expect((await get(buyer, '/api/review/message-reports')).statusCode).toBe(403);

    const detail = (await get(staff, `/api/review/message-reports/${item.id}`)).json<{
      report: { messages: Message[] };
    }>();
    expect(detail.report.messages.map((m) => m.body)).toContain('Send money now');
    expect(detail.report.messages.every((m) => m.id <= last)).toBe(true);
    expect(detail.report.messages.some((m) => m.id === seen.id)).toBe(true);
    const reads = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, item.id), eq(auditLog.action, 'message_report.read')));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.actorId).toBe(staff.id);
    // With a report, staff may open its attachments (audited too); the conversation itself stays 404.
    expect((await get(staff, `${CONVERSATIONS}/${c.id}/attachments/${file.id}`)).statusCode).toBe(200);
    expect((await get(staff, `${CONVERSATIONS}/${c.id}`)).statusCode).toBe(404);

    const resolved = await call(w.t.app, 'POST', `/api/review/message-reports/${item.id}/resolve`, {
      cookie: staff.cookie,
      payload: { resolution: 'blocked', note: 'payment fraud pattern' },
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().report).toMatchObject({ status: 'resolved', resolution: 'blocked' });
    const refused = await sendRequest(w, w.supplier, c.id, { body: 'hello?' });
    expect(errorOf(refused).code).toBe('CONVERSATION_BLOCKED');
    const decisions = await w.t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'message_report.blocked'));
    expect(decisions.map((d) => d.entityId)).toContain(item.id);
    const twice = await call(w.t.app, 'POST', `/api/review/message-reports/${item.id}/resolve`, {
      cookie: staff.cookie,
      payload: { resolution: 'dismissed' },
    });
    expect(twice.statusCode).toBe(409);
    // The reporter may report again once the first one is closed.
    expect((await report({ reason: 'spam' })).statusCode).toBe(204);
  });
});

describe('rate limits', () => {
  it(`a burst of more than ${MESSAGE_LIMITS.burst.limit} messages in ${MESSAGE_LIMITS.burst.windowSeconds} s answers 429 with retry-after`, async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    // Start of a fresh burst window: the clock stands still during the burst.
    const window = MESSAGE_LIMITS.burst.windowSeconds * 1000;
    w.t.clock.set(new Date(Math.ceil(w.t.clock.now().getTime() / window) * window + 1));
    for (let i = 0; i < MESSAGE_LIMITS.burst.limit; i += 1) {
      expect((await sendRequest(w, buyer, c.id, { body: `m${i}` })).statusCode).toBe(201);
    }
    const limited = await sendRequest(w, buyer, c.id, { body: 'one too many' });
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    w.t.clock.advance(window);
    expect((await sendRequest(w, buyer, c.id, { body: 'later' })).statusCode).toBe(201);
  });

  it(`a new account starts at most ${MESSAGE_LIMITS.newConversationsPerDayNew} conversations a day; an existing one still opens`, async () => {
    const buyer = await makeBuyer(w.t);
    const first = await contact(w, buyer);
    for (let i = 1; i < MESSAGE_LIMITS.newConversationsPerDayNew; i += 1) {
      const s = await fastSupplier(w.t);
      expect((await startRequest(w, buyer, { supplierId: s.supplierId })).statusCode).toBe(201);
    }
    const one = await fastSupplier(w.t);
    const capped = await startRequest(w, buyer, { supplierId: one.supplierId });
    expect(capped.statusCode).toBe(429);
    expect(capped.headers['retry-after']).toBeDefined();
    const known = await startRequest(w, buyer, { supplierId: w.supplier.supplierId });
    expect(known.statusCode).toBe(200);
    expect(known.json().conversation.id).toBe(first.id);
  });
});
