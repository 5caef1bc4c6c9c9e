/**
 * The first-start setup link (issue 15): a one-time token, valid 1 h, stored hashed, accepted from
 * this machine (or through PUBLIC_URL), creates the first admin once — then every link is dead.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit.tables.js';
import {
  createAccountsTestApp,
  detailCodes,
  HOUR_MS,
  loginRequest,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import { users } from './accounts.tables.js';
import { issueSetupLink } from './staff-setup.service.js';
import { staffTokens } from './staff.tables.js';

const PASSWORD = 'Granite-Orchard-Lamp-42';
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const body = (token: string, name = `admin_${unique()}`) => ({
  token,
  accountName: name,
  email: `${name}@example.com`,
  password: PASSWORD,
});
const check = (t: AccountsTestApp, token: string, ip?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/staff-setup?token=${encodeURIComponent(token)}`,
    ...(ip ? { remoteAddress: ip } : {}),
  });
const create = (t: AccountsTestApp, payload: object, ip?: string, headers?: Record<string, string>) =>
  send(t.app, 'POST', '/api/staff-setup', payload, { ip, headers });

describe('setup link (first admin)', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => t.close());

  it('is issued while no admin exists, stored only as a hash', async () => {
    const link = await issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now());
    expect(link).toMatch(/^http:\/\/localhost:80\/en\/setup\?token=[A-Za-z0-9_-]{40,}$/);
    const token = tokenOf(link!);
    const rows = await t.database.db.select().from(staffTokens).where(eq(staffTokens.purpose, 'setup'));
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.length).toBeGreaterThan(0);
    expect((await check(t, token)).json()).toEqual({ valid: true });
    expect((await check(t, 'x'.repeat(43))).json()).toEqual({ valid: false });
  });

  it('answers 404 to a request from another machine (no PUBLIC_URL)', async () => {
    const link = await issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now());
    expect((await check(t, tokenOf(link!), uniqueIp())).statusCode).toBe(404);
    expect((await create(t, body(tokenOf(link!)), uniqueIp())).statusCode).toBe(404);
    // Claiming loopback in a forwarding header does not help.
    const forwarded = await t.app.inject({
      method: 'GET',
      url: `/api/staff-setup?token=${tokenOf(link!)}`,
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(forwarded.statusCode).toBe(404);
  });

  it('dies after an hour', async () => {
    const link = await issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now());
    t.clock.advance(HOUR_MS + 1000);
    expect((await check(t, tokenOf(link!))).json()).toEqual({ valid: false });
    const res = await create(t, body(tokenOf(link!)));
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['token_invalid']);
  });

  it('creates the first admin once; then this and every other link is dead', async () => {
    const first = tokenOf((await issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now()))!);
    const second = tokenOf((await issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now()))!);
    const res = await create(t, body(first, 'first_admin'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ accountName: 'first_admin' });
    const [admin] = await t.database.db.select().from(users).where(eq(users.accountName, 'first_admin'));
    expect(admin?.roles).toEqual(['admin']);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, admin!.id));
    expect(audit).toMatchObject({ action: 'staff.first_admin', actorId: admin!.id });

    // The password works; as for all staff, the next step is enrolling an authenticator.
    const login = await loginRequest(t.app, 'first_admin', PASSWORD, { ip: uniqueIp() });
    expect(login.statusCode).toBe(200);
    expect(login.json<{ user: { roles: string[]; twoFactorEnabled: boolean } }>().user).toMatchObject({
      roles: ['admin'],
      twoFactorEnabled: false,
    });

    for (const token of [first, second]) {
      expect((await check(t, token)).json()).toEqual({ valid: false });
      const again = await create(t, body(token));
      expect(again.statusCode).toBe(400);
      expect(detailCodes(again)).toEqual(['token_invalid']);
    }
    expect(await issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now())).toBeUndefined();
  });
});

describe('setup link races and PUBLIC_URL', () => {
  it('two concurrent submissions (two links) make exactly one admin', async () => {
    const t = await createAccountsTestApp();
    try {
      const links = await Promise.all(
        [1, 2, 3].map(() => issueSetupLink(t.database.db, 'http://localhost:80', t.clock.now())),
      );
      const answers = await Promise.all(links.map((link) => create(t, body(tokenOf(link!)))));
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 400, 400]);
      const [row] = await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(sql`'admin' = any(${users.roles})`);
      expect(row?.n).toBe(1);
    } finally {
      await t.close();
    }
  });

  it('with PUBLIC_URL set, answers through it from anywhere (same-origin writes only)', async () => {
    const publicUrl = 'https://trade.example.com';
    const t = await createAccountsTestApp({ env: { PUBLIC_URL: publicUrl } });
    try {
      const link = await issueSetupLink(t.database.db, t.config.publicUrl, t.clock.now());
      expect(link!.startsWith(`${publicUrl}/en/setup?token=`)).toBe(true);
      const token = tokenOf(link!);
      expect((await check(t, token, uniqueIp())).json()).toEqual({ valid: true });
      const foreign = await create(t, body(token), uniqueIp(), { origin: 'https://evil.example' });
      expect(foreign.statusCode).toBe(403);
      const res = await create(t, body(token, 'remote_admin'), uniqueIp(), { origin: publicUrl });
      expect(res.statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });
});
