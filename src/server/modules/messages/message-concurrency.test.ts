import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessagePage } from '../../../shared/schemas/messages.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { createMailer } from '../../platform/mail/outbox.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import {
  contact,
  CONVERSATIONS,
  createMessagesWorld,
  sendRequest,
  startRequest,
  type MessagesWorld,
} from '../../test/message-fixtures.js';
import { call } from '../../test/supplier-fixtures.js';
import { MessageDigestWorker } from './message-digest.worker.js';
import { conversations } from './messages.tables.js';

/** What several instances (or a double click) do at once; run on PostgreSQL too (DATABASE_URL). */
let w: MessagesWorld;
beforeAll(async () => {
  w = await createMessagesWorld();
});
afterAll(async () => w?.t.close());

describe('at the same time', () => {
  it('five simultaneous "Contact supplier" make one conversation: one 201, the rest 200 with it', async () => {
    const buyer = await makeBuyer(w.t);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => startRequest(w, buyer, { supplierId: w.supplier.supplierId })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().conversation.id)).size).toBe(1);
    const rows = await w.t.database.db.select().from(conversations).where(eq(conversations.buyerUserId, buyer.id));
    expect(rows).toHaveLength(1);
  });

  it('simultaneous sends with one clientKey make one message; both parties’ sends keep the counters exact', async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    const body = { body: 'double click', clientKey: `dbl-${crypto.randomUUID()}` };
    const twice = await Promise.all([sendRequest(w, buyer, c.id, body), sendRequest(w, buyer, c.id, body)]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(twice[0]!.json().message.id).toBe(twice[1]!.json().message.id);

    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => sendRequest(w, buyer, c.id, { body: `b${i}` })),
      ...Array.from({ length: 6 }, (_, i) => sendRequest(w, w.supplier, c.id, { body: `s${i}` })),
    ]);
    const page = (
      await call(w.t.app, 'GET', `${CONVERSATIONS}/${c.id}/messages`, { cookie: buyer.cookie })
    ).json<MessagePage>();
    expect(page.items).toHaveLength(13);
    const [row] = await w.t.database.db.select().from(conversations).where(eq(conversations.id, c.id));
    expect(row).toMatchObject({ supplierUnread: 7, buyerUnread: 6, lastMessageId: page.items.at(-1)!.id });
  });

  it('two digest workers running at once mail each conversation once', async () => {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    const sent = await sendRequest(w, w.supplier, c.id, { body: 'Quote ready' });
    const at = new Date(new Date(sent.json().message.createdAt).getTime() + 11 * 60_000);
    const other = new MessageDigestWorker({
      db: w.t.database.db,
      clock: w.t.clock,
      mailer: createMailer({ supportPhone: w.t.config.SUPPORT_PHONE, clock: w.t.clock }),
      publicUrl: w.t.config.publicUrl,
      log: w.t.app.log,
      intervalMs: 60_000,
    });
    await Promise.all([w.t.app.messageDigest.runOnce(at), other.runOnce(at)]);
    const mails = await w.t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, buyer.email));
    expect(mails.filter((m) => m.template === 'messageDigest')).toHaveLength(1);
  });
});
