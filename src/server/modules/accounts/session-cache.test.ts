/**
 * The per-instance session cache (docs/decisions/0014-session-cache.md): a session used a moment
 * ago costs no statement, and every change of what it says is seen at once — on this instance by
 * the write path itself (proved with the database's announcements switched off), everywhere by the
 * triggers of migration 0015 (proved with writes made directly in SQL), across instances on
 * PostgreSQL, and within the maximum age even when an announcement is lost.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../db/client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createCatalogTestApp, type CatalogTestApp } from '../../test/catalog-fixtures.js';
import { errorOf, login, send, sessionCookieOf, loginRequest, uniqueIp } from '../../test/accounts-fixtures.js';
import { approveRequest, call, makeUser, submittedApplication, type TestUser } from '../../test/supplier-fixtures.js';
import { reauthenticate } from '../../test/two-factor-fixtures.js';
import { sha256 } from '../../platform/crypto.js';
import { supplierApplications, suppliers } from '../suppliers/suppliers.tables.js';
import { sessions, users } from './accounts.tables.js';
import { SESSION_POLICY } from './session.repo.js';

/** Passes the 'supplier' guard, then fails validation: 400 for a supplier, 403 for anyone else. */
const SUPPLIER_ROUTE = '/api/supplier/products?page=0';
const ADMIN_ROUTE = '/api/admin/staff';
const NOTIFY_TRIGGERS = [
  ['sessions', 'sessions_notify_change'],
  ['users', 'users_notify_session_change'],
  ['suppliers', 'suppliers_notify_session_change'],
] as const;

describe('session cache', () => {
  let t: CatalogTestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createCatalogTestApp();
    admin = await makeUser(t, { admin: true });
  });
  afterAll(() => t.close());

  const lookups = () => t.database.queries.filter((q) => /from "sessions".*join "users"/s.test(q.sql));
  const get = (cookie: string, url: string) => call(t.app, 'GET', url, { cookie });
  const me = async (cookie: string) => (await get(cookie, '/api/auth/me')).json<{ user: { id: string } | null }>().user;

  /** Uses the session, then proves the next use is answered from memory (no session statement). */
  async function warm(cookie: string, url = '/api/auth/me'): Promise<number> {
    const first = await get(cookie, url);
    t.database.reset();
    const second = await get(cookie, url);
    expect(lookups()).toEqual([]);
    expect(second.statusCode).toBe(first.statusCode);
    return second.statusCode;
  }

  /** Every announcement sent before has reached this instance (PostgreSQL delivers them asynchronously). */
  const settled = () => t.app.sessionCache.sync.settled();

  /** A write the triggers do not see (as if its announcement were lost). */
  async function silently(
    write: (tx: Parameters<Parameters<typeof t.database.db.transaction>[0]>[0]) => Promise<unknown>,
  ) {
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await write(tx);
    });
  }

  async function sessionId(cookie: string): Promise<string> {
    const [row] = await t.database.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(cookie.replace(/^[^=]+=/, ''))));
    return row!.id;
  }

  it('answers a session used a moment ago from memory, with the same user', async () => {
    const user = await makeUser(t);
    t.app.sessionCache.cache.clear();
    t.database.reset();
    expect((await me(user.cookie))?.id).toBe(user.id);
    expect(lookups()).toHaveLength(1);
    t.database.reset();
    expect((await me(user.cookie))?.id).toBe(user.id);
    expect(lookups()).toEqual([]);
    expect(t.app.sessionCache.cache.enabled).toBe(true);
  });

  it('never remembers a refusal: an unknown token is asked every time', async () => {
    const cookie = `br_session=${randomUUID()}`;
    for (let i = 0; i < 2; i++) {
      t.database.reset();
      expect(await me(cookie)).toBeNull();
      expect(lookups()).toHaveLength(1);
    }
  });

  describe('on this instance, every write path forgets at once (announcements switched off)', () => {
    beforeAll(async () => {
      for (const [table, trigger] of NOTIFY_TRIGGERS) {
        await t.database.raw(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
      }
    });
    afterAll(async () => {
      for (const [table, trigger] of NOTIFY_TRIGGERS) {
        await t.database.raw(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
      }
    });

    it('logout', async () => {
      const user = await makeUser(t);
      await warm(user.cookie);
      expect((await send(t.app, 'POST', '/api/auth/logout', undefined, { cookie: user.cookie })).statusCode).toBe(200);
      expect(await me(user.cookie)).toBeNull();
    });

    it('ending another session of one’s own', async () => {
      const user = await makeUser(t);
      const other = await login(t.app, user.accountName, user.password, { remember: true });
      await warm(other);
      const res = await send(t.app, 'DELETE', `/api/account/sessions/${await sessionId(other)}`, undefined, {
        cookie: user.cookie,
      });
      expect(res.statusCode).toBe(200);
      expect(await me(other)).toBeNull();
      expect((await me(user.cookie))?.id).toBe(user.id);
    });

    it('a password change ends the other sessions and keeps this one', async () => {
      const user = await makeUser(t);
      const other = await login(t.app, user.accountName, user.password, { remember: true });
      await warm(other);
      await warm(user.cookie);
      const res = await send(
        t.app,
        'POST',
        '/api/account/password',
        { currentPassword: user.password, newPassword: `${user.password}-Changed-9` },
        { cookie: user.cookie },
      );
      expect(res.statusCode).toBe(200);
      expect(await me(other)).toBeNull();
      expect((await me(user.cookie))?.id).toBe(user.id);
    });

    it('disabling a staff account ends its sessions', async () => {
      const staff = await makeUser(t, { staff: true });
      await warm(staff.cookie);
      const res = await send(
        t.app,
        'POST',
        `/api/admin/staff/${staff.id}/disabled`,
        { disabled: true },
        {
          cookie: admin.cookie,
        },
      );
      expect(res.statusCode).toBe(200);
      expect(await me(staff.cookie)).toBeNull();
    });

    it('a role change applies to the next request', async () => {
      const staff = await makeUser(t, { staff: true });
      expect(await warm(staff.cookie, ADMIN_ROUTE)).toBe(403);
      const res = await send(
        t.app,
        'POST',
        `/api/admin/staff/${staff.id}/roles`,
        { roles: ['admin'] },
        {
          cookie: admin.cookie,
        },
      );
      expect(res.statusCode).toBe(200);
      expect((await get(staff.cookie, ADMIN_ROUTE)).statusCode).toBe(200);
    });

    it("a supplier approval gives the applicant's session its supplier id", async () => {
      const applicant = await makeUser(t);
      const submitted = await submittedApplication(t.app, applicant);
      expect(await warm(applicant.cookie, SUPPLIER_ROUTE)).toBe(403);
      expect((await approveRequest(t.app, admin, submitted.id, submitted.version)).statusCode).toBe(200);
      expect((await get(applicant.cookie, SUPPLIER_ROUTE)).statusCode).toBe(400);
    });

    it('a second factor proved again counts at once (review decisions need it fresh)', async () => {
      const reviewer = await makeUser(t, { staff: true });
      t.clock.advance((SESSION_POLICY.reauthMinutes + 1) * 60_000);
      const decide = () =>
        call(t.app, 'POST', `/api/admin/supplier-applications/${randomUUID()}/approve`, {
          cookie: reviewer.cookie,
          payload: { version: 1 },
        });
      expect(errorOf(await decide()).code).toBe('REAUTH_REQUIRED');
      t.database.reset();
      expect(errorOf(await decide()).code).toBe('REAUTH_REQUIRED');
      expect(lookups()).toEqual([]);
      await reauthenticate(t, { ...reviewer, totpSecret: reviewer.totpSecret! });
      expect((await decide()).statusCode).toBe(404);
    });
  });

  describe('whoever writes, the database announces it (writes made directly in SQL)', () => {
    it('a session revoked in SQL', async () => {
      const user = await makeUser(t);
      await warm(user.cookie);
      await t.database.db
        .update(sessions)
        .set({ revokedAt: t.clock.now() })
        .where(eq(sessions.tokenHash, sha256(user.cookie.replace(/^[^=]+=/, ''))));
      await settled();
      expect(await me(user.cookie)).toBeNull();
    });

    it('an account disabled in SQL', async () => {
      const user = await makeUser(t);
      await warm(user.cookie);
      await t.database.db.update(users).set({ disabledAt: t.clock.now() }).where(eq(users.id, user.id));
      await settled();
      expect(await me(user.cookie)).toBeNull();
    });

    it('roles taken away in SQL', async () => {
      const other = await makeUser(t, { admin: true });
      expect(await warm(other.cookie, ADMIN_ROUTE)).toBe(200);
      await t.database.db.update(users).set({ roles: [] }).where(eq(users.id, other.id));
      await settled();
      expect((await get(other.cookie, ADMIN_ROUTE)).statusCode).toBe(403);
    });

    it('a supplier inserted in SQL', async () => {
      const user = await makeUser(t);
      expect(await warm(user.cookie, SUPPLIER_ROUTE)).toBe(403);
      const now = t.clock.now();
      const [application] = await t.database.db
        .insert(supplierApplications)
        .values({ userId: user.id, status: 'approved', companyNameEn: 'SQL Ltd.', country: 'CN', submittedAt: now })
        .returning({ id: supplierApplications.id });
      await t.database.db.insert(suppliers).values({
        userId: user.id,
        applicationId: application!.id,
        nameEn: 'SQL Ltd.',
        country: 'CN',
        approvedAt: now,
      });
      await settled();
      expect((await get(user.cookie, SUPPLIER_ROUTE)).statusCode).toBe(400);
    });

    it('the once-a-minute touch and a sign-in announce nothing (the cache stays warm)', async () => {
      const user = await makeUser(t);
      await warm(user.cookie);
      const before = t.app.sessionCache.cache.counts().invalidations;
      // Another sign-in of the account writes users.last_sign_in_at…
      sessionCookieOf(await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() }));
      // …and the touch moves last_seen_at and idle_expires_at (on a session read again after the max age).
      t.clock.advance(SESSION_POLICY.touchEverySeconds * 1000 + 1000);
      await me(user.cookie);
      await settled();
      expect(t.app.sessionCache.cache.counts().invalidations).toBe(before);
      t.database.reset();
      expect((await me(user.cookie))?.id).toBe(user.id);
      expect(lookups()).toEqual([]);
    });
  });

  it('a lost announcement is outlived by the maximum age at most', async () => {
    const user = await makeUser(t);
    await warm(user.cookie);
    await silently((tx) => tx.update(sessions).set({ revokedAt: t.clock.now() }).where(eq(sessions.userId, user.id)));
    // Stale, within the bound: still answered from memory…
    expect((await me(user.cookie))?.id).toBe(user.id);
    t.clock.advance(t.config.SESSION_CACHE_MS - 1);
    expect((await me(user.cookie))?.id).toBe(user.id);
    // …and read again once the maximum age is reached.
    t.clock.advance(1);
    expect(await me(user.cookie)).toBeNull();
  });

  it('is off with SESSION_CACHE_MS=0: every request reads its session', async () => {
    const off = await startTestApp(t.database, { env: { SESSION_CACHE_MS: '0' }, clock: t.clock });
    try {
      const user = await makeUser({ app: off.app, database: t.database });
      for (let i = 0; i < 2; i++) {
        t.database.reset();
        await call(off.app, 'GET', '/api/auth/me', { cookie: user.cookie });
        expect(lookups()).toHaveLength(1);
      }
      expect(off.app.sessionCache.cache.enabled).toBe(false);
    } finally {
      await off.app.close();
    }
  });

  describe.runIf(process.env.DATABASE_URL)('several instances on one PostgreSQL database', () => {
    let other: TestApp;

    beforeAll(async () => {
      other = await startTestApp(await openPostgres(t.database.url!, 2), { clock: t.clock });
    });
    afterAll(() => other.close());

    const meOn = async (app: TestApp['app'], cookie: string) =>
      (await call(app, 'GET', '/api/auth/me', { cookie })).json<{ user: { id: string } | null }>().user;

    it("a logout on one instance ends the session in the other's cache", async () => {
      const user = await makeUser(t);
      expect((await meOn(other.app, user.cookie))?.id).toBe(user.id);
      expect(other.app.sessionCache.cache.size).toBeGreaterThan(0);
      expect((await send(t.app, 'POST', '/api/auth/logout', undefined, { cookie: user.cookie })).statusCode).toBe(200);
      await other.app.sessionCache.sync.settled();
      expect(await meOn(other.app, user.cookie)).toBeNull();
    });

    it('an instance whose listener lost its connection empties its cache and uses it again once listening', async () => {
      const user = await makeUser(t);
      expect((await meOn(other.app, user.cookie))?.id).toBe(user.id);
      // Revoked without an announcement: only emptying the cache on the loss can end it now.
      await silently((tx) => tx.update(sessions).set({ revokedAt: t.clock.now() }).where(eq(sessions.userId, user.id)));
      const before = other.app.sessionCache.cache.counts().invalidations;
      await t.database.raw(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = 'LISTEN br_session_changes'`,
      );
      const deadline = Date.now() + 10_000;
      while (
        other.app.sessionCache.cache.counts().invalidations < before + 2 ||
        !other.app.sessionCache.cache.enabled
      ) {
        if (Date.now() > deadline) throw new Error('the listener did not come back');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await meOn(other.app, user.cookie)).toBeNull();
      // Listening again: the cache serves and is kept honest as before.
      const next = await makeUser(t);
      expect((await meOn(other.app, next.cookie))?.id).toBe(next.id);
      expect(other.app.sessionCache.cache.size).toBeGreaterThan(0);
      await t.database.db.update(users).set({ disabledAt: t.clock.now() }).where(eq(users.id, next.id));
      await other.app.sessionCache.sync.settled();
      expect(await meOn(other.app, next.cookie)).toBeNull();
    });
  });
});
