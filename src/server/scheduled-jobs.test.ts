import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformDay } from '../shared/working-days.js';
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
});
