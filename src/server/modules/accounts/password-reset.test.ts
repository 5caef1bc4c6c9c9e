import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../platform/crypto.js';
import {
  alignToNextHour,
  createAccountsTestApp,
  currentUser,
  detailCodes,
  errorOf,
  latestMail,
  login,
  loginRequest,
  mailTo,
  registerUser,
  resetTokenIn,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
  type RegisteredUser,
} from '../../test/accounts-fixtures.js';
import { passwordResets } from './accounts.tables.js';

const NEW_PASSWORD = 'Fresh-Mangrove-Roots-42';

const forgot = (app: FastifyInstance, email: string, ip = uniqueIp()) =>
  send(app, 'POST', '/api/auth/password/forgot', { email }, { ip });
const reset = (app: FastifyInstance, token: string, password = NEW_PASSWORD) =>
  send(app, 'POST', '/api/auth/password/reset', { token, password });
const isValid = async (app: FastifyInstance, token: string) =>
  (await app.inject({ url: `/api/auth/password/reset?token=${encodeURIComponent(token)}` })).json<{
    valid: boolean;
  }>().valid;

describe('forgot the password (guide 1.4)', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const resetMails = async (email: string) =>
    (await mailTo(t.app, email)).filter((m) => m.template === 'passwordReset');

  /** Asks for a link and reads the token from the mail. */
  async function resetToken(user: RegisteredUser): Promise<string> {
    expect((await forgot(t.app, user.email)).statusCode).toBe(202);
    return resetTokenIn((await latestMail(t.app, user.email, 'passwordReset')).text);
  }

  it('answers the same for an existing and an unknown email, and mails only the existing one', async () => {
    const user = await registerUser(t.app);
    const unknown = `nobody_${unique()}@example.test`;
    const known = await forgot(t.app, user.email);
    const stranger = await forgot(t.app, unknown);
    expect(known.statusCode).toBe(202);
    expect(stranger.statusCode).toBe(known.statusCode);
    expect(stranger.body).toBe(known.body);
    expect(known.json()).toEqual({ ok: true });
    expect(await mailTo(t.app, unknown)).toEqual([]);
    const mail = await latestMail(t.app, user.email, 'passwordReset');
    expect(mail.subject).toBe('Reset your Buttress Roots password');
    expect(mail.text).toContain(user.accountName);
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/en\/reset-password\?token=[A-Za-z0-9_-]{43}/);
  });

  it('finds the account by email in any case', async () => {
    const user = await registerUser(t.app);
    expect((await forgot(t.app, user.email.toUpperCase())).statusCode).toBe(202);
    expect(await resetMails(user.email)).toHaveLength(1);
  });

  it('stores the token hashed only', async () => {
    const user = await registerUser(t.app);
    const token = await resetToken(user);
    const rows = await t.database.db.select().from(passwordResets);
    expect(JSON.stringify(rows)).not.toContain(token);
    const [row] = await t.database.db
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, sha256(token)));
    expect(row?.expiresAt.getTime()).toBe(t.clock.now().getTime() + 30 * 60_000);
    expect(row?.usedAt).toBeNull();
  });

  it('sets the new password once; the link cannot be used a second time', async () => {
    const user = await registerUser(t.app);
    const token = await resetToken(user);
    expect(await isValid(t.app, token)).toBe(true);
    const res = await reset(t.app, token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await isValid(t.app, token)).toBe(false);

    const again = await reset(t.app, token, 'Another-Fresh-Pass-7');
    expect(again.statusCode).toBe(400);
    expect(errorOf(again).code).toBe('VALIDATION_FAILED');
    expect(detailCodes(again)).toEqual(['token_invalid']);

    expect((await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() })).statusCode).toBe(401);
    expect(await login(t.app, user.accountName, NEW_PASSWORD)).toMatch(/^br_session=/);
  });

  it('rejects an unknown token', async () => {
    const res = await reset(t.app, 'x'.repeat(43));
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['token_invalid']);
  });

  it('expires the link after 30 minutes', async () => {
    const user = await registerUser(t.app);
    const token = await resetToken(user);
    t.clock.advance(30 * 60_000 - 1000);
    expect(await isValid(t.app, token)).toBe(true);
    t.clock.advance(2000);
    expect(await isValid(t.app, token)).toBe(false);
    const res = await reset(t.app, token);
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['token_invalid']);
    expect(await login(t.app, user.accountName, user.password)).toMatch(/^br_session=/);
  });

  it('refuses a common new password and leaves the link usable', async () => {
    const user = await registerUser(t.app);
    const token = await resetToken(user);
    const res = await reset(t.app, token, 'password1234');
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['password_common']);
    expect(await isValid(t.app, token)).toBe(true);
    expect((await reset(t.app, token)).statusCode).toBe(200);
  });

  it('voids the other outstanding links of the account when one is used', async () => {
    const user = await registerUser(t.app);
    const first = await resetToken(user);
    const second = await resetToken(user);
    expect(first).not.toBe(second);
    expect((await reset(t.app, second)).statusCode).toBe(200);
    expect(await isValid(t.app, first)).toBe(false);
    expect(detailCodes(await reset(t.app, first, 'Another-Fresh-Pass-7'))).toEqual(['token_invalid']);
  });

  it('signs out every session of the account and mails a "password changed" notice', async () => {
    const user = await registerUser(t.app);
    const sessions = [
      await login(t.app, user.accountName, user.password),
      await login(t.app, user.email, user.password, { remember: true }),
    ];
    for (const cookie of sessions) expect(await currentUser(t.app, cookie)).not.toBeNull();
    const token = await resetToken(user);

    // Reset from a browser that is signed in: its cookie is cleared too.
    const res = await send(
      t.app,
      'POST',
      '/api/auth/password/reset',
      { token, password: NEW_PASSWORD },
      {
        cookie: sessions[0],
      },
    );
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/^br_session=;/);
    for (const cookie of sessions) expect(await currentUser(t.app, cookie)).toBeNull();

    const notice = await latestMail(t.app, user.email, 'passwordChanged');
    expect(notice.subject).toBe('Your Buttress Roots password was changed');
    expect(notice.text).toContain('/en/forgot-password');
  });

  it('limits reset requests per email, known or not, with Retry-After', async () => {
    alignToNextHour(t.clock);
    const user = await registerUser(t.app);
    const unknown = `nobody_${unique()}@example.test`;
    for (const email of [user.email, unknown]) {
      for (let i = 0; i < 3; i++) expect((await forgot(t.app, email)).statusCode).toBe(202);
      const limited = await forgot(t.app, email);
      expect(limited.statusCode).toBe(429);
      expect(errorOf(limited).code).toBe('RATE_LIMITED');
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    expect(await resetMails(user.email)).toHaveLength(3);
  });
});
