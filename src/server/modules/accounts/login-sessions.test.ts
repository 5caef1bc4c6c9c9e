import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../platform/crypto.js';
import { loginThrottleKey } from '../../platform/login-throttle.js';
import { loginFailures } from '../../platform/rate-limit.tables.js';
import {
  createAccountsTestApp,
  currentUser,
  errorOf,
  HOUR_MS,
  login,
  loginRequest,
  PASSWORD,
  registerUser,
  send,
  sessionCookieOf,
  unique,
  uniqueIp,
  type AccountsTestApp,
  type RegisteredUser,
} from '../../test/accounts-fixtures.js';
import { sessions, users } from './accounts.tables.js';

const setCookie = (res: LightMyRequestResponse) => String(res.headers['set-cookie']);
const tokenOf = (cookie: string) => cookie.slice('br_session='.length);

describe('login (guide 1.3)', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A wrong password from a fresh IP, so only the account counter grows. */
  const fail = (user: RegisteredUser) => loginRequest(t.app, user.accountName, 'Wrong-password-1', { ip: uniqueIp() });
  const succeed = (user: RegisteredUser) => loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() });
  /** Failures are counted per account (by id), whichever of its names was typed. */
  const accountKey = async (user: RegisteredUser) => {
    const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, user.email));
    return loginThrottleKey(row!.id, user.accountName);
  };

  it('accepts the account name or the email, in any case', async () => {
    const user = await registerUser(t.app, { accountName: `Case_${unique()}` });
    for (const name of [user.accountName, user.accountName.toUpperCase(), user.email, user.email.toUpperCase()]) {
      const res = await loginRequest(t.app, `  ${name} `, user.password, { ip: uniqueIp() });
      expect(res.statusCode, name).toBe(200);
      expect(res.json<{ user: { accountName: string; email: string } }>().user).toMatchObject({
        accountName: user.accountName,
        email: user.email,
      });
      expect((await currentUser(t.app, sessionCookieOf(res)))?.accountName).toBe(user.accountName);
    }
  });

  it('answers an unknown account and a wrong password with the same 401', async () => {
    const user = await registerUser(t.app);
    const answers = [
      await loginRequest(t.app, `nobody_${unique()}`, user.password, { ip: uniqueIp() }),
      await loginRequest(t.app, `nobody_${unique()}@example.test`, user.password, { ip: uniqueIp() }),
      await fail(user),
      await loginRequest(t.app, user.email, 'Wrong-password-1', { ip: uniqueIp() }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      const { requestId, ...rest } = errorOf(res);
      expect(typeof requestId).toBe('string');
      expect(rest).toEqual({ code: 'INVALID_CREDENTIALS', message: errorOf(answers[0]!).message });
      expect(res.cookies.find((c) => c.name === 'br_session')).toBeUndefined();
    }
  });

  it('delays the next attempt after 5 failures, even with the right password, until the delay has passed', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 5; i++) expect((await fail(user)).statusCode).toBe(401);
    const blocked = await succeed(user);
    expect(blocked.statusCode).toBe(429);
    expect(errorOf(blocked).code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(blocked.cookies.find((c) => c.name === 'br_session')).toBeUndefined();
    t.clock.advance(Number(blocked.headers['retry-after']) * 1000);
    expect((await succeed(user)).statusCode).toBe(200);
  });

  it('doubles the delay with each further failure and caps it at 60 s', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 5; i++) expect((await fail(user)).statusCode).toBe(401);
    for (const expected of [1, 2, 4, 8, 16, 32, 60, 60]) {
      const blocked = await fail(user);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBe(String(expected));
      t.clock.advance(expected * 1000);
      expect((await fail(user)).statusCode).toBe(401);
    }
    const [row] = await t.database.db
      .select()
      .from(loginFailures)
      .where(eq(loginFailures.key, await accountKey(user)));
    expect(row?.failures).toBe(13);
  });

  it('never locks an account out for more than 60 s, however many failures it has had', async () => {
    const user = await registerUser(t.app);
    const now = t.clock.now().getTime();
    // 99 failures spread over the last half hour: once the hour cap of old locked the owner out for the rest of it.
    await t.database.db.insert(loginFailures).values({
      key: await accountKey(user),
      failures: 99,
      firstFailureAt: new Date(now - 30 * 60_000),
      lastFailureAt: new Date(now - 2 * 60_000),
    });
    expect((await fail(user)).statusCode).toBe(401);
    const blocked = await succeed(user);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    t.clock.advance(60_000);
    expect((await succeed(user)).statusCode).toBe(200);
  });

  it('clears the account counter on success', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 4; i++) expect((await fail(user)).statusCode).toBe(401);
    expect((await succeed(user)).statusCode).toBe(200);
    expect(
      await t.database.db
        .select()
        .from(loginFailures)
        .where(eq(loginFailures.key, await accountKey(user))),
    ).toEqual([]);
    // Without the reset these would be failures 5–8, and the next try would have to wait.
    for (let i = 0; i < 4; i++) expect((await fail(user)).statusCode).toBe(401);
    expect((await succeed(user)).statusCode).toBe(200);
  });

  it('limits failures per IP separately from the accounts tried', async () => {
    const user = await registerUser(t.app);
    const ip = uniqueIp();
    for (let i = 0; i < 30; i++) {
      expect((await loginRequest(t.app, `guess_${unique()}`, 'Wrong-password-1', { ip })).statusCode).toBe(401);
    }
    const blocked = await loginRequest(t.app, user.accountName, user.password, { ip });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The account itself has no failures: from another address it signs in at once.
    expect((await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  let t: AccountsTestApp;
  let user: RegisteredUser;

  beforeAll(async () => {
    t = await createAccountsTestApp();
    user = await registerUser(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sets an HttpOnly, SameSite=Lax, Path=/ cookie that is not Secure in development and dies with the browser', async () => {
    const res = await loginRequest(t.app, user.accountName, PASSWORD);
    const header = setCookie(res);
    expect(header).toMatch(/^br_session=[A-Za-z0-9_-]{43};/);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).not.toContain('Secure');
    expect(header).not.toMatch(/Max-Age|Expires/);
  });

  it('stores only the SHA-256 of the token', async () => {
    const cookie = await login(t.app, user.accountName, PASSWORD);
    const token = tokenOf(cookie);
    const rows = await t.database.db.select().from(sessions);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.filter((r) => r.tokenHash === sha256(token))).toHaveLength(1);
  });

  it('issues a new token at each login and revokes the one the browser had', async () => {
    const first = await login(t.app, user.accountName, PASSWORD);
    const second = await login(t.app, user.accountName, PASSWORD, { cookie: first });
    expect(second).not.toBe(first);
    expect(await currentUser(t.app, first)).toBeNull();
    expect((await currentUser(t.app, second))?.accountName).toBe(user.accountName);
    const [old] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(tokenOf(first))));
    expect(old?.revokedAt).not.toBeNull();
  });

  it('ends a session after 30 idle minutes, sliding with activity', async () => {
    const cookie = await login(t.app, user.accountName, PASSWORD);
    t.clock.advance(20 * 60_000);
    expect(await currentUser(t.app, cookie)).not.toBeNull();
    t.clock.advance(20 * 60_000);
    expect(await currentUser(t.app, cookie)).not.toBeNull();
    t.clock.advance(31 * 60_000);
    expect(await currentUser(t.app, cookie)).toBeNull();
  });

  it('keeps a "remember me" session for 30 days, past the 30-minute idle limit', async () => {
    const res = await loginRequest(t.app, user.accountName, PASSWORD, { remember: true });
    expect(setCookie(res)).toContain(`Max-Age=${30 * 24 * 3600}`);
    const cookie = sessionCookieOf(res);
    t.clock.advance(31 * 60_000);
    expect((await currentUser(t.app, cookie))?.accountName).toBe(user.accountName);
    t.clock.advance(29 * 24 * HOUR_MS);
    expect(await currentUser(t.app, cookie)).not.toBeNull();
  });

  it('ends a session 12 hours after login even when it is used all the time', async () => {
    const cookie = await login(t.app, user.accountName, PASSWORD);
    const started = t.clock.now().getTime();
    while (t.clock.now().getTime() - started < 12 * HOUR_MS - 25 * 60_000) {
      t.clock.advance(25 * 60_000);
      expect(await currentUser(t.app, cookie)).not.toBeNull();
    }
    t.clock.set(new Date(started + 12 * HOUR_MS));
    expect(await currentUser(t.app, cookie)).toBeNull();
  });

  it('revokes the session on the server at logout, so a replayed cookie is dead', async () => {
    const cookie = await login(t.app, user.accountName, PASSWORD);
    const res = await send(t.app, 'POST', '/api/auth/logout', undefined, { cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(setCookie(res)).toMatch(/^br_session=;/);
    expect(await currentUser(t.app, cookie)).toBeNull();
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(tokenOf(cookie))));
    expect(row?.revokedAt).not.toBeNull();
    // The personal center refuses the replayed cookie too.
    const account = await t.app.inject({ url: '/api/account/sessions', headers: { cookie } });
    expect(account.statusCode).toBe(401);
  });
});

describe('sessions on an HTTPS site', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp({ env: { PUBLIC_URL: 'https://trade.example.com' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('marks the session cookie Secure, at login and at logout', async () => {
    const user = await registerUser(t.app);
    const res = await loginRequest(t.app, user.accountName, PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(setCookie(res)).toContain('Secure');
    expect(setCookie(res)).toContain('HttpOnly');
    const out = await send(t.app, 'POST', '/api/auth/logout', undefined, { cookie: sessionCookieOf(res) });
    expect(setCookie(out)).toContain('Secure');
  });
});
