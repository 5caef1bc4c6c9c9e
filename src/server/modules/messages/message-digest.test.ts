import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import { seller, type Seller } from '../../test/catalog-fixtures.js';
import { contact, CONVERSATIONS, createMessagesWorld, say, type MessagesWorld } from '../../test/message-fixtures.js';
import { call } from '../../test/supplier-fixtures.js';
import { MESSAGES_CHANNEL, type MessageNotice } from './message-notify.repo.js';

let w: MessagesWorld;
let supplier: Seller;
beforeAll(async () => {
  w = await createMessagesWorld();
  // The recipient of the first case writes Chinese mails: a supplier whose account prefers zh-CN.
  supplier = await seller(w.t, {}, 'zh-CN');
});
afterAll(async () => w?.t.close());

const MINUTE = 60_000;
const mailsTo = (email: string) => w.t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
const digestsTo = async (email: string) => (await mailsTo(email)).filter((m) => m.template === 'messageDigest');

describe('the 10-minute email digest', () => {
  it('mails nothing at 9 minutes, one mail per conversation at 10 (three texts, recipient’s language), nothing more after', async () => {
    const buyer = await makeBuyer(w.t, { locale: 'ru' });
    const c = await contact(w, buyer, supplier.supplierId);
    const first = await say(w, buyer, c.id, 'Первое сообщение', 'ru');
    await say(w, buyer, c.id, 'Второе', 'ru');
    await say(w, buyer, c.id, 'Третье', 'ru');
    const sentAt = new Date(first.createdAt).getTime();

    await w.t.app.messageDigest.runOnce(new Date(sentAt + 9 * MINUTE));
    expect(await digestsTo(supplier.email)).toHaveLength(0);

    await w.t.app.messageDigest.runOnce(new Date(sentAt + 10 * MINUTE));
    const mails = await digestsTo(supplier.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe('zh-CN');
    expect(mails[0]!.subject).toContain('新消息');
    for (const text of ['Первое сообщение', 'Второе', 'Третье']) expect(mails[0]!.textBody).toContain(text);
    expect(mails[0]!.textBody).toContain(`/zh-CN/messages/${c.id}`);
    // The sender is not mailed about its own messages.
    expect(await digestsTo(buyer.email)).toHaveLength(0);

    await w.t.app.messageDigest.runOnce(new Date(sentAt + 20 * MINUTE));
    expect(await digestsTo(supplier.email)).toHaveLength(1);
    // A new unread message later: one more mail, about it only.
    w.t.clock.set(new Date(sentAt + 30 * MINUTE));
    const later = await say(w, buyer, c.id, 'Ещё вопрос', 'ru');
    await w.t.app.messageDigest.runOnce(new Date(new Date(later.createdAt).getTime() + 10 * MINUTE));
    const again = await digestsTo(supplier.email);
    expect(again).toHaveLength(2);
    const newest = again.find((m) => m.id !== mails[0]!.id)!;
    expect(newest.textBody).toContain('Ещё вопрос');
    expect(newest.textBody).not.toContain('Третье');
  });

  it('mails nothing when the recipient read in time, or when the recipient turned the digest off', async () => {
    const reader = await makeBuyer(w.t, { locale: 'en' });
    const c = await contact(w, reader);
    const m = await say(w, w.supplier, c.id, 'Quote attached soon');
    const read = await call(w.t.app, 'POST', `${CONVERSATIONS}/${c.id}/read`, {
      cookie: reader.cookie,
      payload: { upTo: m.id },
    });
    expect(read.statusCode).toBe(204);
    await w.t.app.messageDigest.runOnce(new Date(new Date(m.createdAt).getTime() + 11 * MINUTE));
    expect(await digestsTo(reader.email)).toHaveLength(0);

    const quiet = await makeBuyer(w.t, { locale: 'es' });
    const off = await call(w.t.app, 'PUT', '/api/messages/settings', {
      cookie: quiet.cookie,
      payload: { emailDigest: false },
    });
    expect(off.statusCode).toBe(200);
    const q = await contact(w, quiet);
    const n = await say(w, w.supplier, q.id, 'Hola');
    await w.t.app.messageDigest.runOnce(new Date(new Date(n.createdAt).getTime() + 11 * MINUTE));
    expect(await digestsTo(quiet.email)).toHaveLength(0);
    // Turning it back on does not mail the old message (the mark moved).
    await call(w.t.app, 'PUT', '/api/messages/settings', { cookie: quiet.cookie, payload: { emailDigest: true } });
    await w.t.app.messageDigest.runOnce(new Date(new Date(n.createdAt).getTime() + 12 * MINUTE));
    expect(await digestsTo(quiet.email)).toHaveLength(0);
  });
});

describe('NOTIFY', () => {
  it('announces a message, a read mark and a block on br_messages after the commit', async () => {
    const notices: MessageNotice[] = [];
    const stop = await w.t.database.listen(MESSAGES_CHANNEL, (payload) =>
      notices.push(JSON.parse(payload) as MessageNotice),
    );
    try {
      const buyer = await makeBuyer(w.t);
      const c = await contact(w, buyer);
      const m = await say(w, buyer, c.id, 'notify me');
      await call(w.t.app, 'POST', `${CONVERSATIONS}/${c.id}/read`, {
        cookie: w.supplier.cookie,
        payload: { upTo: m.id },
      });
      await call(w.t.app, 'PUT', `${CONVERSATIONS}/${c.id}/block`, { cookie: w.supplier.cookie });
      await expect.poll(() => notices.filter((n) => n.c === c.id).length, { timeout: 5000 }).toBe(3);
      const mine = notices.filter((n) => n.c === c.id);
      // The message itself rides along (it fits the payload): exactly what the send answered.
      expect(mine[0]).toEqual({ t: 'message', id: m.id, c: c.id, b: buyer.id, s: w.supplier.supplierId, m });
      expect(mine[1]).toEqual({
        t: 'read',
        c: c.id,
        b: buyer.id,
        s: w.supplier.supplierId,
        side: 'supplier',
        upTo: m.id,
      });
      expect(mine[2]).toEqual({
        t: 'block',
        c: c.id,
        b: buyer.id,
        s: w.supplier.supplierId,
        blockedBySide: 'supplier',
      });
    } finally {
      await stop();
    }
  });
});
