import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.js';
import type { Clock } from './clock.js';
import { jobRuns } from './jobs.tables.js';

export interface ScheduledJob {
  name: string;
  /** Runs with the same key run once across all instances (e.g. the platform day for a daily job). */
  runKey(now: Date): string;
  run(now: Date): Promise<Record<string, unknown>>;
}

/**
 * Claims a run (INSERT … ON CONFLICT DO NOTHING on (job, run key)) and runs it; returns its
 * result, or undefined when another instance (or an earlier tick) already claimed it.
 */
export async function runJobOnce(db: Db, job: ScheduledJob, now: Date): Promise<Record<string, unknown> | undefined> {
  const runKey = job.runKey(now);
  const claimed = await db
    .insert(jobRuns)
    .values({ job: job.name, runKey, startedAt: now })
    .onConflictDoNothing()
    .returning();
  if (!claimed.length) return undefined;
  try {
    const result = await job.run(now);
    await db
      .update(jobRuns)
      .set({ finishedAt: new Date(), result })
      .where(and(eq(jobRuns.job, job.name), eq(jobRuns.runKey, runKey)));
    return result;
  } catch (error) {
    // Release the claim so the next tick retries.
    await db.delete(jobRuns).where(and(eq(jobRuns.job, job.name), eq(jobRuns.runKey, runKey)));
    throw error;
  }
}

/** Ticks every `intervalMs` (hourly by default) and runs each job whose run key is new. */
export class JobScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      log: FastifyBaseLogger;
      jobs: ScheduledJob[];
      intervalMs?: number;
      /** Told after each job this instance ran (e.g. to drop cached catalog answers). */
      onFinished?: (job: string, result: Record<string, unknown>) => Promise<void> | void;
    },
  ) {}

  start(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.deps.intervalMs ?? 3_600_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const job of this.deps.jobs) {
        try {
          const result = await runJobOnce(this.deps.db, job, this.deps.clock.now());
          if (!result) continue;
          this.deps.log.info({ job: job.name, result }, 'scheduled job finished');
          await this.deps.onFinished?.(job.name, result);
        } catch (error) {
          this.deps.log.error({ err: error, job: job.name }, 'scheduled job failed');
        }
      }
    } finally {
      this.running = false;
    }
  }
}
