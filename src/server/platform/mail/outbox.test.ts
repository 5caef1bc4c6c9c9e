import { setTimeout as sleep } from 'node:timers/promises';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccountsTestApp,
  mailTo,
  registerCode,
  registerUser,
  requestRegisterCode,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import { createTestApp } from '../../test/test-app.js';
import { mailOutbox } from './mail.tables.js';
import { createMailer } from './outbox.js';
import type { MailMessage, MailTransport } from './transport.js';
import { MailWorker } from './worker.js';

/** A transport that records what it sends and fails for addresses told to. */
class RecordingTransport implements MailTransport {
  readonly name = 'smtp' as const;
  readonly sent: MailMessage[] = [];
  readonly failFor = new Set<string>();
  delayMs = 0;
  async send(message: MailMessage): Promise<void> {
    if (this.delayMs) await sleep(this.delayMs);
    if (this.failFor.has(message.to)) throw new Error(`550 mailbox unavailable: ${message.to}`);
    this.sent.push(message);
  }
  close(): void {}
}

const address = (tag: string) => `${tag}_${unique()}@example.test`;

describe('mail outbox and worker', () => {
  let t: AccountsTestApp;
  const transport = new RecordingTransport();

  beforeAll(async () => {
    t = await createAccountsTestApp({ transport, env: { MAIL_MAX_ATTEMPTS: '2' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const rowsTo = (to: string) => t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));
  const insertRow = (values: Partial<typeof mailOutbox.$inferInsert> & { toAddress: string }) =>
    t.database.db
      .insert(mailOutbox)
      .values({ locale: 'en', template: 'registerCode', subject: 's', textBody: 't', htmlBody: '<p>t</p>', ...values })
      .returning({ id: mailOutbox.id })
      .then((rows) => rows[0]!.id);

  it('writes a message only when its transaction commits', async () => {
    const mailer = createMailer({ supportPhone: '+86 000' });
    const [kept, lost] = [address('kept'), address('lost')];
    const mail = (to: string) => ({
      to,
      locale: 'en' as const,
      template: 'registerCode' as const,
      params: { code: '123456', minutes: 10, tries: 5 },
    });
    await t.database.db.transaction(async (tx) => mailer.enqueue(tx, mail(kept)));
    await expect(
      t.database.db.transaction(async (tx) => {
        await mailer.enqueue(tx, mail(lost));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await rowsTo(kept)).toHaveLength(1);
    expect(await rowsTo(lost)).toEqual([]);
  });

  it('writes no mail for a refused request (bad code, cooldown)', async () => {
    const email = address('refused');
    const code = await registerCode(t.app, email);
    const before = await t.database.db.select({ id: mailOutbox.id }).from(mailOutbox);
    const badCode = await send(t.app, 'POST', '/api/auth/register', {
      accountName: `refused_${unique()}`,
      email,
      password: 'Correct-Horse-Battery-9',
      code: code === '000000' ? '111111' : '000000',
      agreementAccepted: true,
      agreementVersion: '2026-11-01',
    });
    expect(badCode.statusCode).toBe(400);
    expect((await requestRegisterCode(t.app, email)).statusCode).toBe(429);
    const after = await t.database.db.select({ id: mailOutbox.id }).from(mailOutbox);
    expect(after).toHaveLength(before.length);
  });

  it('delivers pending messages and marks them sent', async () => {
    const email = address('deliver');
    await registerCode(t.app, email);
    const [pending] = await rowsTo(email);
    expect(pending).toMatchObject({ status: 'pending', attempts: 0, sentAt: null });
    expect(await t.app.mailWorker.runOnce()).toBeGreaterThanOrEqual(1);
    const [row] = await rowsTo(email);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, transport: 'smtp', lockedAt: null, lastError: null });
    expect(row!.sentAt?.getTime()).toBe(t.clock.now().getTime());
    const delivered = transport.sent.filter((m) => m.to === email);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.subject).toBe(row!.subject);
    expect(delivered[0]!.text).toBe(row!.textBody);
    // Nothing is sent twice.
    await t.app.mailWorker.runOnce();
    expect(transport.sent.filter((m) => m.to === email)).toHaveLength(1);
  });

  it('retries a failed delivery after a backoff, then gives up after MAIL_MAX_ATTEMPTS', async () => {
    const email = address('bounce');
    transport.failFor.add(email);
    const id = await insertRow({ toAddress: email });
    await t.app.mailWorker.runOnce();
    let [row] = await rowsTo(email);
    expect(row).toMatchObject({ id, status: 'pending', attempts: 1, lockedAt: null });
    expect(row!.lastError).toContain('550 mailbox unavailable');
    expect(row!.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + 30_000);

    // Not due yet: left alone.
    await t.app.mailWorker.runOnce();
    expect((await rowsTo(email))[0]!.attempts).toBe(1);

    t.clock.advance(31_000);
    await t.app.mailWorker.runOnce();
    [row] = await rowsTo(email);
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    t.clock.advance(3_600_000);
    await t.app.mailWorker.runOnce();
    expect((await rowsTo(email))[0]).toMatchObject({ status: 'failed', attempts: 2 });
    expect(transport.sent.filter((m) => m.to === email)).toEqual([]);
  });

  it('retries a message left "sending" by a lost worker, but not one a live worker holds', async () => {
    const now = t.clock.now().getTime();
    const [stale, held] = [address('stale'), address('held')];
    await insertRow({ toAddress: stale, status: 'sending', attempts: 1, lockedAt: new Date(now - 10 * 60_000) });
    await insertRow({ toAddress: held, status: 'sending', attempts: 1, lockedAt: new Date(now - 60_000) });
    await t.app.mailWorker.runOnce();
    expect((await rowsTo(stale))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await rowsTo(held))[0]).toMatchObject({ status: 'sending', attempts: 1 });
    expect(transport.sent.map((m) => m.to)).toContain(stale);
    expect(transport.sent.map((m) => m.to)).not.toContain(held);
    t.clock.advance(5 * 60_000);
    await t.app.mailWorker.runOnce();
    expect((await rowsTo(held))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends each message exactly once when two workers run at the same time', async () => {
    // Several rounds, small batches: on PostgreSQL the two claims overlap often enough that a
    // claim without FOR UPDATE SKIP LOCKED is caught sending duplicates.
    const transports = [new RecordingTransport(), new RecordingTransport()];
    const drain = async (transport: RecordingTransport, batch: string) => {
      transport.delayMs = 1;
      const worker = new MailWorker({
        db: t.database.db,
        transport,
        clock: t.clock,
        log: t.app.log,
        maxAttempts: 2,
        pollIntervalMs: 1000,
        batchSize: 2,
      });
      let claimed: number;
      do claimed = await worker.runOnce();
      while (claimed > 0);
      return transport.sent.map((m) => m.to).filter((to) => to.startsWith(`${batch}_`));
    };
    for (let round = 0; round < 5; round++) {
      const batch = `race${unique()}`;
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push(await insertRow({ toAddress: `${batch}_${i}@example.test` }));
      const sentTo = (await Promise.all(transports.map((tr) => drain(tr, batch)))).flat();
      expect(sentTo).toHaveLength(20);
      expect(new Set(sentTo).size).toBe(20);
      const rows = await t.database.db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array.from({ length: 20 }, () => ['sent', 1]));
    }
    // Both workers took part.
    expect(transports[0]!.sent.length).toBeGreaterThan(0);
    expect(transports[1]!.sent.length).toBeGreaterThan(0);
  });
});

describe('/dev/mailbox', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the messages as HTML, newest first, never cached', async () => {
    const first = await registerUser(t.app);
    const second = address('second');
    await registerCode(t.app, second);
    const res = await t.app.inject({ url: '/dev/mailbox' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(`To ${first.email}`);
    expect(res.body).toContain(`To ${second}`);
    expect(res.body.indexOf(second)).toBeLessThan(res.body.indexOf(first.email));
    expect(res.body).toContain('Your Buttress Roots verification code');

    const [message] = await mailTo(t.app, second);
    const html = await t.app.inject({ url: `/dev/mailbox/${message!.id}.html` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-security-policy']).toContain('sandbox');
    expect(html.body).toBe(message!.html);
  });

  it('filters messages.json by recipient', async () => {
    const [a, b] = [address('a'), address('b')];
    await registerCode(t.app, a);
    await registerCode(t.app, b);
    const onlyA = await mailTo(t.app, a);
    expect(onlyA).toHaveLength(1);
    expect(onlyA[0]).toMatchObject({ to: a, template: 'registerCode', status: 'pending' });
    const all = await t.app.inject({ url: '/dev/mailbox/messages.json' });
    const recipients = all.json<{ messages: { to: string }[] }>().messages.map((m) => m.to);
    expect(recipients).toEqual(expect.arrayContaining([a, b]));
    expect(await mailTo(t.app, `nobody_${unique()}@example.test`)).toEqual([]);
  });

  it('is not registered in production', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      for (const url of ['/dev/mailbox', '/dev/mailbox/messages.json']) {
        expect((await prod.app.inject({ url })).statusCode, url).toBe(404);
      }
      // Mail is still written to the outbox for the SMTP worker.
      const email = address('prod');
      expect((await requestRegisterCode(prod.app, email, uniqueIp())).statusCode).toBe(200);
      const rows = await prod.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
      expect(rows).toHaveLength(1);
    } finally {
      await prod.close();
    }
  });
});
