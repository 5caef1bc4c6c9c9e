import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformDay } from '../shared/working-days.js';
import { sessions, users } from './modules/accounts/accounts.tables.js';
import { jobRuns } from './platform/jobs.tables.js';
import { rateLimitHits } from './platform/rate-limit.tables.js';
import { createAccountsTestApp, unique, type AccountsTestApp } from './test/accounts-fixtures.js';
import { startTestApp } from './test/test-app.js';

const DAY_MS = 86_400_000;

let t: AccountsTestApp;
beforeAll(async () => {
  t = await createAccountsTestApp();
});
afterAll(async () => t?.close());

describe('housekeeping on the one scheduler', () => {
  it('prunes rate-limit windows that ended long ago, keeps live ones, logs the run and runs once a day', async () => {
    const db = t.database.db;
    const prefix = `prune-test:${unique()}:`;
    const now = t.clock.now();
    await db.insert(rateLimitHits).values([
      { key: `${prefix}old`, windowStart: new Date(now.getTime() - 8 * DAY_MS), count: 3 },
      { key: `${prefix}day`, windowStart: new Date(now.getTime() - DAY_MS), count: 3 },
      { key: `${prefix}hour`, windowStart: new Date(now.getTime() - 3_600_000), count: 3 },
    ]);
    const info = vi.spyOn(t.app.log, 'info');

    await t.app.scheduler.tick();

    const left = await db
      .select({ key: rateLimitHits.key })
      .from(rateLimitHits)
      .where(like(rateLimitHits.key, `${prefix}%`));
    expect(left.map((r) => r.key).sort()).toEqual([`${prefix}day`, `${prefix}hour`]);
    expect(info).toHaveBeenCalledWith(expect.objectContaining({ job: 'prune-rate-limits' }), 'scheduled job finished');
    const runs = await db.select().from(jobRuns).where(eq(jobRuns.job, 'prune-rate-limits'));
    expect(runs.map((r) => r.runKey)).toEqual([platformDay(now)]);

    // A second instance on the same database, the same day: the run is already claimed.
    await db.insert(rateLimitHits).values({ key: `${prefix}old2`, windowStart: new Date(now.getTime() - 9 * DAY_MS) });
    const other = await startTestApp(t.database, { clock: t.clock });
    await other.app.scheduler.tick();
    await other.app.close();
    expect(
      (
        await db
          .select()
          .from(rateLimitHits)
          .where(like(rateLimitHits.key, `${prefix}%`))
      )
        .map((r) => r.key)
        .sort(),
    ).toEqual([`${prefix}day`, `${prefix}hour`, `${prefix}old2`]);
  });

  it('forgets sessions that ended more than a month ago, keeps recent and live ones', async () => {
    const db = t.database.db;
    const now = t.clock.now();
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const [user] = await db
      .insert(users)
      .values({ accountName: `prune${unique()}`, email: `prune-${unique()}@example.com`, passwordHash: 'x' })
      .returning({ id: users.id });
    const session = (tokenHash: string, absoluteExpiresAt: Date, revokedAt: Date | null) => ({
      userId: user!.id,
      tokenHash: `${tokenHash}-${unique()}`,
      lastSeenAt: ago(40),
      idleExpiresAt: absoluteExpiresAt,
      absoluteExpiresAt,
      revokedAt,
    });
    await db
      .insert(sessions)
      .values([
        session('expired-long-ago', ago(31), null),
        session('revoked-long-ago', ago(-60), ago(31)),
        session('expired-recently', ago(2), null),
        session('revoked-recently', ago(-60), ago(2)),
        session('live', ago(-1), null),
      ]);

    // The next platform day: the daily housekeeping runs again.
    t.clock.advance(DAY_MS);
    await t.app.scheduler.tick();

    const left = await db.select({ tokenHash: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, user!.id));
    expect(left.map((r) => r.tokenHash.replace(/-[^-]+$/, '')).sort()).toEqual([
      'expired-recently',
      'live',
      'revoked-recently',
    ]);
    const runs = await db.select().from(jobRuns).where(eq(jobRuns.job, 'prune-sessions'));
    expect(runs.map((r) => r.runKey)).toContain(platformDay(t.clock.now()));
  });

  it('runs the daily order offer expiry once per platform day across instances', async () => {
    const db = t.database.db;
    t.clock.advance(2 * DAY_MS);
    const info = vi.spyOn(t.app.log, 'info');
    await t.app.scheduler.tick();
    expect(info).toHaveBeenCalledWith(expect.objectContaining({ job: 'order-offer-expiry' }), 'scheduled job finished');
    const other = await startTestApp(t.database, { clock: t.clock });
    await other.app.scheduler.tick();
    await other.app.close();
    const runs = await db.select().from(jobRuns).where(eq(jobRuns.job, 'order-offer-expiry'));
    expect(runs.filter((r) => r.runKey === platformDay(t.clock.now()))).toHaveLength(1);
  });
});
