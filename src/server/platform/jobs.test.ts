import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformDay } from '../../shared/working-days.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../test/test-database.js';
import { FakeClock } from '../test/fake-clock.js';
import { JobScheduler, runJobOnce, type ScheduledJob } from './jobs.js';
import { jobRuns } from './jobs.tables.js';

const DAY_MS = 86_400_000;
// Monday 3 June 2030, 10:00 in China (02:00 UTC).
const MONDAY = new Date('2030-06-03T02:00:00Z');

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

let sequence = 0;
/** A daily job with a unique name; `run` records every call and can be slowed down or made to fail. */
function fakeJob(options: { delayMs?: number; fail?: () => boolean } = {}) {
  sequence += 1;
  const calls: Date[] = [];
  const job: ScheduledJob = {
    name: `fake-job-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    runKey: (now) => platformDay(now),
    async run(now) {
      calls.push(now);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.fail?.()) throw new Error('job failed');
      return { run: calls.length, day: platformDay(now) };
    },
  };
  return { job, calls };
}

const claims = (job: ScheduledJob) => database.db.select().from(jobRuns).where(eq(jobRuns.job, job.name));

describe('runJobOnce', () => {
  it('runs a job once per run key and records the result', async () => {
    const { job, calls } = fakeJob();
    expect(await runJobOnce(database.db, job, MONDAY)).toEqual({ run: 1, day: '2030-06-03' });
    // Later the same platform day (up to 23:59 in China = 15:59 UTC): already claimed.
    expect(await runJobOnce(database.db, job, new Date('2030-06-03T15:59:00Z'))).toBeUndefined();
    expect(calls).toHaveLength(1);
    const [row] = await claims(job);
    expect(row).toMatchObject({ runKey: '2030-06-03', result: { run: 1, day: '2030-06-03' } });
    expect(row?.startedAt.toISOString()).toBe(MONDAY.toISOString());
    expect(row?.finishedAt).toBeInstanceOf(Date);

    // 16:00 UTC is midnight in China: a new platform day, a new run.
    expect(await runJobOnce(database.db, job, new Date('2030-06-03T16:00:00Z'))).toEqual({
      run: 2,
      day: '2030-06-04',
    });
    expect((await claims(job)).map((r) => r.runKey).sort()).toEqual(['2030-06-03', '2030-06-04']);
  });

  it('lets exactly one of two concurrent calls for the same day run the job', async () => {
    const { job, calls } = fakeJob({ delayMs: 50 });
    const results = await Promise.all([runJobOnce(database.db, job, MONDAY), runJobOnce(database.db, job, MONDAY)]);
    expect(results.filter((r) => r !== undefined)).toEqual([{ run: 1, day: '2030-06-03' }]);
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(calls).toHaveLength(1);
    expect(await claims(job)).toHaveLength(1);
  });

  it('keeps claims of different jobs apart', async () => {
    const a = fakeJob();
    const b = fakeJob();
    expect(await runJobOnce(database.db, a.job, MONDAY)).toBeDefined();
    expect(await runJobOnce(database.db, b.job, MONDAY)).toBeDefined();
    expect([a.calls.length, b.calls.length]).toEqual([1, 1]);
  });

  it('releases the claim of a failing run, so the next call the same day retries it', async () => {
    let failures = 1;
    const { job, calls } = fakeJob({ fail: () => failures-- > 0 });
    await expect(runJobOnce(database.db, job, MONDAY)).rejects.toThrow('job failed');
    expect(await claims(job)).toEqual([]);
    expect(await runJobOnce(database.db, job, MONDAY)).toEqual({ run: 2, day: '2030-06-03' });
    expect(calls).toHaveLength(2);
    expect(await runJobOnce(database.db, job, MONDAY)).toBeUndefined();
    const [row] = await database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.job, job.name), eq(jobRuns.runKey, '2030-06-03')));
    expect(row?.result).toEqual({ run: 2, day: '2030-06-03' });
  });
});

describe('JobScheduler', () => {
  const logger = () => ({ info: vi.fn(), error: vi.fn() });
  const scheduler = (clock: FakeClock, jobs: ScheduledJob[], log = logger()) =>
    new JobScheduler({ db: database.db, clock, log: log as unknown as FastifyBaseLogger, jobs });

  it('runs every job at the clock’s time once per day, and a failing job neither stops the others nor keeps its claim', async () => {
    const clock = new FakeClock(new Date(MONDAY.getTime() + 30 * DAY_MS));
    let fail = true;
    const failing = fakeJob({ fail: () => fail });
    const ok = fakeJob();
    const log = logger();
    const s = scheduler(clock, [failing.job, ok.job], log);

    await s.tick();
    expect(failing.calls).toHaveLength(1);
    expect(ok.calls.map((d) => d.toISOString())).toEqual([clock.now().toISOString()]);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error.mock.calls[0]?.[0]).toMatchObject({ job: failing.job.name });
    expect(log.info).toHaveBeenCalledTimes(1);

    fail = false;
    clock.advance(3_600_000);
    await s.tick();
    expect(failing.calls).toHaveLength(2);
    expect(ok.calls).toHaveLength(1);

    await s.tick();
    expect([failing.calls.length, ok.calls.length]).toEqual([2, 1]);
    clock.advance(DAY_MS);
    await s.tick();
    expect([failing.calls.length, ok.calls.length]).toEqual([3, 2]);
  });

  it('skips a tick while the previous one is still running', async () => {
    const clock = new FakeClock(new Date(MONDAY.getTime() + 60 * DAY_MS));
    const slow = fakeJob({ delayMs: 100 });
    const s = scheduler(clock, [slow.job]);
    const first = s.tick();
    clock.advance(DAY_MS);
    await s.tick();
    await first;
    expect(slow.calls).toHaveLength(1);
  });

  it('lets two instances on one database run a day’s job once', async () => {
    const clock = new FakeClock(new Date(MONDAY.getTime() + 90 * DAY_MS));
    const { job, calls } = fakeJob({ delayMs: 30 });
    await Promise.all([scheduler(clock, [job]).tick(), scheduler(clock, [job]).tick()]);
    expect(calls).toHaveLength(1);
  });
});
