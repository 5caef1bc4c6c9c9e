import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccountsTestApp,
  currentUser,
  errorOf,
  login,
  registerUser,
  type AccountsTestApp,
  type RegisteredUser,
} from '../../test/accounts-fixtures.js';

describe('CSRF guard on state-changing requests', () => {
  let t: AccountsTestApp;
  let user: RegisteredUser;

  beforeAll(async () => {
    t = await createAccountsTestApp();
    user = await registerUser(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  const loginWith = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      payload: { login: user.accountName, password: user.password },
    });

  const expectRejected = (res: Awaited<ReturnType<typeof loginWith>>) => {
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('CSRF_REJECTED');
    expect(res.cookies.find((c) => c.name === 'br_session')).toBeUndefined();
  };

  it('rejects a POST with neither Origin nor Referer', async () => {
    expectRejected(await loginWith({}));
  });

  it('rejects a cross-site Origin, a "null" Origin and a cross-site Referer', async () => {
    expectRejected(await loginWith({ origin: 'https://evil.example' }));
    expectRejected(await loginWith({ origin: 'http://localhost.evil.example' }));
    expectRejected(await loginWith({ origin: 'null' }));
    expectRejected(await loginWith({ referer: 'https://evil.example/en/login' }));
    // The Origin decides when both are present.
    expectRejected(await loginWith({ origin: 'https://evil.example', referer: 'http://localhost/en/login' }));
  });

  it('lets a same-origin Origin or Referer through, and the configured public URL', async () => {
    const sameOrigin: Record<string, string>[] = [
      { origin: 'http://localhost:80' },
      { origin: 'http://localhost' },
      { referer: 'http://localhost/en/login?next=%2Fen%2Faccount' },
      { origin: 'http://localhost:3000' },
    ];
    for (const headers of sameOrigin) {
      const res = await loginWith(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
    }
  });

  it('does not let a valid session cookie bypass the check', async () => {
    const cookie = await login(t.app, user.accountName, user.password);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { locale: 'ru' },
    });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('CSRF_REJECTED');
    expect((await currentUser(t.app, cookie))?.locale).toBe('en');
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(403);
    expect(await currentUser(t.app, cookie)).not.toBeNull();
  });

  it('does not affect GET requests', async () => {
    const cookie = await login(t.app, user.accountName, user.password);
    for (const headers of [{ cookie }, { cookie, origin: 'https://evil.example' }]) {
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
      expect(me.statusCode).toBe(200);
      const sessions = await t.app.inject({ method: 'GET', url: '/api/account/sessions', headers });
      expect(sessions.statusCode).toBe(200);
    }
    const free = await t.app.inject({ method: 'GET', url: `/api/auth/account-name?accountName=free_name_1` });
    expect(free.json()).toEqual({ available: true });
  });
});
