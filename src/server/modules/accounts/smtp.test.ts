import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeIn,
  createAccountsTestApp,
  login,
  loginRequest,
  resetTokenIn,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import { parseMail, type ParsedMail } from '../../test/mime.js';
import { startSmtpServer } from '../../test/smtp-server.js';

describe('mail over real SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: AccountsTestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createAccountsTestApp({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Buttress Roots <no-reply@roots.test>',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
  });

  /** Runs the worker once and returns the one new message for `to`, parsed. */
  async function deliver(to: string): Promise<ParsedMail> {
    const before = smtp.inbox.length;
    expect(await t.app.mailWorker.runOnce()).toBeGreaterThanOrEqual(1);
    const fresh = smtp.inbox.slice(before).filter((m) => m.to.includes(to));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.from).toBe('no-reply@roots.test');
    const mail = parseMail(fresh[0]!.raw);
    expect(mail.headers.get('from')).toContain('no-reply@roots.test');
    expect(mail.headers.get('to')).toContain(to);
    return mail;
  }

  it('registers with the code from a received mail, then resets the password from a received link', async () => {
    const accountName = `smtp_${unique()}`;
    const email = `${accountName}@example.test`;
    const ip = uniqueIp();
    // In Russian, so the subject and the body need real MIME decoding.
    const ru = { 'accept-language': 'ru' };
    const sent = await send(t.app, 'POST', '/api/auth/register/code', { email }, { ip, headers: ru });
    expect(sent.statusCode).toBe(200);

    const codeMail = await deliver(email);
    const code = codeIn(codeMail.text);
    expect(codeMail.subject).toBe(`Код подтверждения Buttress Roots: ${code}`);
    expect(codeMail.text).toContain('Ваш код подтверждения');
    expect(codeMail.html).toContain(`>${code}</p>`);

    const password = 'Smtp-Roundtrip-Pass-1';
    const registered = await send(
      t.app,
      'POST',
      '/api/auth/register',
      { accountName, email, password, code, agreementAccepted: true, agreementVersion: '2026-11-01' },
      { ip, headers: ru },
    );
    expect(registered.statusCode).toBe(201);

    const forgot = await send(t.app, 'POST', '/api/auth/password/forgot', { email }, { ip });
    expect(forgot.statusCode).toBe(202);
    const resetMail = await deliver(email);
    expect(resetMail.subject).toBe('Сброс пароля Buttress Roots');
    expect(resetMail.text).toContain(`Здравствуйте, ${accountName}!`);
    expect(resetMail.text).toMatch(/http:\/\/localhost:3000\/ru\/reset-password\?token=/);
    const token = resetTokenIn(resetMail.text);

    const newPassword = 'Smtp-Roundtrip-Pass-2';
    const reset = await send(t.app, 'POST', '/api/auth/password/reset', { token, password: newPassword });
    expect(reset.statusCode).toBe(200);
    expect((await loginRequest(t.app, accountName, password, { ip: uniqueIp() })).statusCode).toBe(401);
    expect(await login(t.app, email, newPassword)).toMatch(/^br_session=/);

    const notice = await deliver(email);
    expect(notice.subject).toBe('Пароль Buttress Roots изменён');

    // The outbox records the deliveries as made over SMTP.
    const mailbox = await t.app.inject({ url: `/dev/mailbox/messages.json?to=${encodeURIComponent(email)}` });
    const rows = mailbox.json<{ messages: { status: string }[] }>().messages;
    expect(rows.map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
  });
});
