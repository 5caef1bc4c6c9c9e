import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { errorOf, login, uniqueIp } from '../test/accounts-fixtures.js';
import { createStaffAccount } from '../modules/accounts/staff.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { clientKey } from './api-rate-limit.js';

const LIMIT = 5;
const CATALOG = '/api/catalog/products';

/**
 * Issue 11 finding 10: the public catalog answered 251,173 requests from one client in 20 s.
 * Anonymous API traffic gets a generous per-IP limit (API_RATE_LIMIT_PER_MINUTE, 600 by default).
 */
describe('per-IP limit on anonymous API traffic', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, remoteAddress, headers });

  it(`answers 429 RATE_LIMITED with Retry-After after ${LIMIT} requests a minute from one address`, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < LIMIT; i++) expect((await get(CATALOG, ip)).statusCode, `request ${i + 1}`).toBe(200);
    const limited = await get(`${CATALOG}?page=2`, ip);
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Other addresses and non-API addresses are not affected.
    expect((await get(CATALOG, uniqueIp())).statusCode).toBe(200);
    expect((await get('/healthz', ip)).statusCode).toBe(200);
  });

  it('does not count signed-in users', async () => {
    const accountName = `limit_${Math.random().toString(36).slice(2, 8)}`;
    const password = 'Correct-Horse-Battery-9';
    await createStaffAccount(t.database.db, { accountName, email: `${accountName}@example.test`, password });
    const ip = uniqueIp();
    const cookie = await login(t.app, accountName, password, { ip });
    for (let i = 0; i < LIMIT * 2; i++) {
      expect((await get('/api/auth/me', ip, { cookie })).statusCode, `request ${i + 1}`).toBe(200);
    }
  });

  it('groups an IPv6 client by its /64', async () => {
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:7`;
    for (let i = 0; i < LIMIT; i++) expect((await get(CATALOG, `${prefix}::${i + 1}`)).statusCode).toBe(200);
    expect((await get(CATALOG, `${prefix}:0:0:0:99`)).statusCode).toBe(429);
    expect(clientKey('2001:db8::1')).toBe(clientKey('2001:0db8:0:0:ffff::2'));
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('behind a reverse proxy (TRUST_PROXY=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('limits the address the proxy saw, not one the client wrote into X-Forwarded-For', async () => {
    const client = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: CATALOG,
        remoteAddress: '127.0.0.1',
        // The proxy appends the address it saw to whatever the client sent.
        headers: { 'x-forwarded-for': `${uniqueIp()}, ${client}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
  });
});

describe('API_RATE_LIMIT_PER_MINUTE', () => {
  it('is 600 by default and 0 turns it off', () => {
    expect(loadConfig({}).API_RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(loadConfig({ API_RATE_LIMIT_PER_MINUTE: '0' }).API_RATE_LIMIT_PER_MINUTE).toBe(0);
    expect(() => loadConfig({ API_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/API_RATE_LIMIT_PER_MINUTE/);
  });
});
