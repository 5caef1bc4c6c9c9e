import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { SAME_ORIGIN, uniqueIp } from '../../test/accounts-fixtures.js';
import type { MailTransport } from '../../platform/mail/transport.js';
import { createStaffAccount } from './staff.js';

const PASSWORD = 'Correct-Horse-Battery-9';
const noMail: MailTransport = { name: 'smtp', send: async () => undefined, close: () => undefined };

/**
 * Issue 11 finding 9: in production the session cookie carries the `__Host-` prefix, so the
 * browser only accepts it Secure, for Path=/ and without Domain — a sibling subdomain cannot
 * plant or overwrite it. Only that name is read: a plain `br_session` planted by a subdomain
 * signs no one in.
 */
describe.each<{ env: Record<string, string>; name: string; secure: boolean }>([
  { env: { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com' }, name: '__Host-br_session', secure: true },
  { env: {}, name: 'br_session', secure: false },
])('session cookie name ($name)', ({ env, name, secure }) => {
  let t: TestApp;
  const accountName = `cookie_${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    t = await startTestApp(await createTestDatabase(), { env, mailTransport: noMail });
    await createStaffAccount(t.database.db, { accountName, email: `${accountName}@example.test`, password: PASSWORD });
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: SAME_ORIGIN,
      payload: { login: accountName, password: PASSWORD },
      remoteAddress: uniqueIp(),
    });
  const me = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json<{ user: unknown }>().user;

  it(`sets ${name}${secure ? ' (Secure, Path=/, no Domain)' : ''} and signs in with it`, async () => {
    const res = await login();
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === name);
    expect(cookie, JSON.stringify(res.cookies)).toBeDefined();
    expect(cookie!.path).toBe('/');
    expect(cookie!.domain).toBeUndefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(Boolean(cookie!.secure)).toBe(secure);
    expect(res.cookies.filter((c) => c.name !== name && c.name.includes('session'))).toEqual([]);
    expect(await me(`${name}=${cookie!.value}`)).not.toBeNull();

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...SAME_ORIGIN, cookie: `${name}=${cookie!.value}` },
    });
    expect(logout.cookies.find((c) => c.name === name)?.value).toBe('');
    expect(await me(`${name}=${cookie!.value}`)).toBeNull();
  });

  if (secure) {
    it('does not read a plain br_session cookie in production', async () => {
      const token = (await login()).cookies.find((c) => c.name === name)!.value;
      expect(await me(`br_session=${token}`)).toBeNull();
    });
  }
});
