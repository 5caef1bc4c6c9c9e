import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_AGREEMENT_VERSION } from '../../../shared/schemas/accounts.js';
import {
  alignToNextHour,
  codeIn,
  createAccountsTestApp,
  detailCodes,
  errorOf,
  latestMail,
  login,
  mailTo,
  PASSWORD,
  registerCode,
  registerUser,
  requestRegisterCode,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import { emailCodes, users } from './accounts.tables.js';

describe('registration (guide 1.1–1.2)', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const newEmail = () => `reg_${unique()}@example.test`;
  const newName = () => `reg_${unique()}`;
  const register = (body: Record<string, unknown>, ip = uniqueIp()) =>
    send(
      t.app,
      'POST',
      '/api/auth/register',
      {
        accountName: newName(),
        email: newEmail(),
        password: PASSWORD,
        code: '000000',
        agreementAccepted: true,
        agreementVersion: CURRENT_AGREEMENT_VERSION,
        ...body,
      },
      { ip },
    );
  const userRow = async (email: string) =>
    (
      await t.database.db
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    )[0];
  const codeRows = (email: string) =>
    t.database.db
      .select()
      .from(emailCodes)
      .where(sql`lower(${emailCodes.email}) = ${email.toLowerCase()}`);

  it('creates the account with the emailed 6-digit code and stores the accepted agreement version', async () => {
    const email = newEmail();
    const accountName = newName();
    const sent = await requestRegisterCode(t.app, email);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ resendAfterSeconds: 60, expiresInMinutes: 10 });
    const mail = await latestMail(t.app, email, 'registerCode');
    const code = codeIn(mail.text);
    expect(code).toMatch(/^\d{6}$/);
    expect(mail.subject).toContain(code);

    const res = await register({ accountName, email, code, locale: 'es' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ accountName, loggedIn: false });
    expect(res.cookies.find((c) => c.name === 'br_session')).toBeUndefined();

    const row = await userRow(email);
    expect(row).toMatchObject({ accountName, email, locale: 'es', agreementVersion: CURRENT_AGREEMENT_VERSION });
    expect(row!.agreementAcceptedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    // The code is used up, and the account can sign in.
    expect((await codeRows(email))[0]!.consumedAt).not.toBeNull();
    expect(await login(t.app, accountName, PASSWORD)).toMatch(/^br_session=/);
  });

  it('accepts account names of 4–32 characters from [A-Za-z0-9_-] only', async () => {
    for (const bad of ['abc', 'a'.repeat(33), 'with space', 'naïve_name', 'semi;colon', '用户名称四个']) {
      const res = await register({ accountName: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(detailCodes(res), bad).toEqual(['account_name_format']);
      const check = await t.app.inject({ url: `/api/auth/account-name?accountName=${encodeURIComponent(bad)}` });
      expect(check.statusCode, bad).toBe(400);
    }
    for (const good of ['Ab-1', `A_${'b'.repeat(30)}`]) {
      const check = await t.app.inject({ url: `/api/auth/account-name?accountName=${good}` });
      expect(check.json(), good).toEqual({ available: true });
    }
  });

  it('keeps account names unique case-insensitively', async () => {
    const taken = await registerUser(t.app, { accountName: `Mixed_${unique()}` });
    const check = await t.app.inject({ url: `/api/auth/account-name?accountName=${taken.accountName.toUpperCase()}` });
    expect(check.json()).toEqual({ available: false });
    const email = newEmail();
    const code = await registerCode(t.app, email);
    const res = await register({ accountName: taken.accountName.toLowerCase(), email, code });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('CONFLICT');
    expect(detailCodes(res)).toEqual(['account_name_taken']);
    expect(await userRow(email)).toBeUndefined();
  });

  it('keeps emails unique case-insensitively: register refuses a taken one once the code is verified', async () => {
    const email = newEmail();
    const code = await registerCode(t.app, email);
    // Meanwhile another account takes the address (e.g. by an email change).
    const owner = await registerUser(t.app);
    await t.database.db.update(users).set({ email: email.toUpperCase() }).where(eq(users.email, owner.email));
    const res = await register({ email, code });
    expect(res.statusCode).toBe(409);
    expect(detailCodes(res)).toEqual(['email_taken']);
    // The code request itself never tells (see registration-enumeration.test.ts).
  });

  it('lets only one of two simultaneous registrations of the same name through', async () => {
    const accountName = newName();
    const [a, b] = [newEmail(), newEmail()];
    const [codeA, codeB] = [await registerCode(t.app, a), await registerCode(t.app, b)];
    const results = await Promise.all([
      register({ accountName, email: a, code: codeA }),
      register({ accountName, email: b, code: codeB }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(detailCodes(results.find((r) => r.statusCode === 409)!)).toEqual(['account_name_taken']);
    const rows = await t.database.db.select().from(users).where(eq(users.accountName, accountName));
    expect(rows).toHaveLength(1);
  });

  it('requires a password of 12–128 characters', async () => {
    for (const password of ['Short-pass1', 'x'.repeat(129)]) {
      const res = await register({ password });
      expect(res.statusCode).toBe(400);
      expect(detailCodes(res)).toEqual(['password_length']);
    }
    // Both limits are inclusive.
    for (const password of ['Zq7#pLx2mN4v', `Long-${'q'.repeat(123)}`]) {
      const user = await registerUser(t.app, { password });
      expect(await login(t.app, user.accountName, password)).toMatch(/^br_session=/);
    }
  });

  it('rejects common passwords (any case) without using up the code', async () => {
    const email = newEmail();
    const code = await registerCode(t.app, email);
    for (const password of ['password1234', 'qwertyuiopasdf', 'PASSWORD1234']) {
      const res = await register({ email, code, password });
      expect(res.statusCode, password).toBe(400);
      expect(errorOf(res).code).toBe('VALIDATION_FAILED');
      expect(detailCodes(res)).toEqual(['password_common']);
    }
    expect((await codeRows(email))[0]!.attempts).toBe(0);
    expect((await register({ email, code })).statusCode).toBe(201);
  });

  it('requires accepting the user agreement', async () => {
    const email = newEmail();
    const code = await registerCode(t.app, email);
    for (const agreementAccepted of [false, undefined, 'yes']) {
      const res = await register({ email, code, agreementAccepted });
      expect(res.statusCode).toBe(400);
      expect(detailCodes(res)).toEqual(['agreement_required']);
    }
    expect(await userRow(email)).toBeUndefined();
  });

  it('answers a filled honeypot as if a code was sent, but writes no code and no mail', async () => {
    const email = newEmail();
    const res = await send(t.app, 'POST', '/api/auth/register/code', { email, website: 'http://spam.example' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ resendAfterSeconds: 60, expiresInMinutes: 10 });
    expect(await mailTo(t.app, email)).toEqual([]);
    expect(await codeRows(email)).toEqual([]);
  });

  it('accepts only 6 digits as a code', async () => {
    for (const code of ['12345', '1234567', 'abcdef']) {
      const res = await register({ code });
      expect(res.statusCode).toBe(400);
      expect(detailCodes(res)).toEqual(['code_format']);
    }
  });

  it('keeps a code valid for 10 minutes', async () => {
    const [early, late] = [newEmail(), newEmail()];
    const codes = [await registerCode(t.app, early), await registerCode(t.app, late)];
    t.clock.advance(10 * 60_000 - 1000);
    expect((await register({ email: early, code: codes[0] })).statusCode).toBe(201);
    t.clock.advance(2000);
    const res = await register({ email: late, code: codes[1] });
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['code_expired']);
    expect(await userRow(late)).toBeUndefined();
  });

  it('voids a code after 5 wrong tries, counting each failed try', async () => {
    const email = newEmail();
    const code = await registerCode(t.app, email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await register({ email, code: wrong });
      expect(res.statusCode).toBe(400);
      expect(detailCodes(res)).toEqual([attempt < 5 ? 'code_invalid' : 'code_exhausted']);
      expect((await codeRows(email))[0]!.attempts).toBe(attempt);
    }
    const res = await register({ email, code });
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['code_exhausted']);
    expect(await userRow(email)).toBeUndefined();
  });

  it('lets the fifth try be the right one', async () => {
    const email = newEmail();
    const code = await registerCode(t.app, email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt++)
      expect((await register({ email, code: wrong })).statusCode).toBe(400);
    expect((await register({ email, code })).statusCode).toBe(201);
  });

  it('allows a new code only after 60 s, and the new code replaces the old one', async () => {
    const email = newEmail();
    const first = await registerCode(t.app, email);
    t.clock.advance(30_000);
    const early = await requestRegisterCode(t.app, email);
    expect(early.statusCode).toBe(429);
    expect(errorOf(early).code).toBe('RATE_LIMITED');
    expect(early.headers['retry-after']).toBe('30');
    expect(errorOf(early).details).toEqual([{ path: 'email', code: 'code_cooldown', params: { seconds: 30 } }]);
    expect(await mailTo(t.app, email)).toHaveLength(1);

    t.clock.advance(31_000);
    const second = await registerCode(t.app, email);
    expect(await mailTo(t.app, email)).toHaveLength(2);
    if (second !== first) {
      const stale = await register({ email, code: first });
      expect(stale.statusCode).toBe(400);
      expect(detailCodes(stale)).toEqual(['code_invalid']);
    }
    const rows = await codeRows(email);
    expect(rows.filter((r) => r.consumedAt === null)).toHaveLength(1);
    expect((await register({ email, code: second })).statusCode).toBe(201);
  });

  it('limits codes to 5 an hour per email address', async () => {
    alignToNextHour(t.clock);
    const email = newEmail();
    for (let i = 0; i < 5; i++) {
      expect((await requestRegisterCode(t.app, email)).statusCode).toBe(200);
      t.clock.advance(61_000);
    }
    const res = await requestRegisterCode(t.app, email);
    expect(res.statusCode).toBe(429);
    expect(errorOf(res).code).toBe('RATE_LIMITED');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await mailTo(t.app, email)).toHaveLength(5);
    // In the next hour the address may ask again.
    t.clock.advance(retryAfter * 1000);
    expect((await requestRegisterCode(t.app, email)).statusCode).toBe(200);
  });

  it('limits codes to 20 an hour per IP address, whatever the email', async () => {
    alignToNextHour(t.clock);
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) expect((await requestRegisterCode(t.app, newEmail(), ip)).statusCode).toBe(200);
    const email = newEmail();
    const res = await requestRegisterCode(t.app, email, ip);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await mailTo(t.app, email)).toEqual([]);
    // Another address is not affected.
    expect((await requestRegisterCode(t.app, email, uniqueIp())).statusCode).toBe(200);
  });
});
