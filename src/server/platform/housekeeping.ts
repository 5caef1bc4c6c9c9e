import { platformDay } from '../../shared/working-days.js';
import type { Db } from '../db/client.js';
import type { ScheduledJob } from './jobs.js';
import { pruneRateLimits } from './rate-limiter.js';

const DAY_MS = 86_400_000;
/** Longer than any rate-limit rule's window (the longest is a day), so no live window is deleted. */
export const RATE_LIMIT_RETENTION_DAYS = 7;

/** Daily: deletes rate-limit windows that ended long ago (the table would otherwise grow forever). */
export function rateLimitPruneJob(deps: { db: Db }): ScheduledJob {
  return {
    name: 'prune-rate-limits',
    runKey: (now) => platformDay(now),
    async run(now) {
      const before = new Date(now.getTime() - RATE_LIMIT_RETENTION_DAYS * DAY_MS);
      await pruneRateLimits(deps.db, before);
      return { before: before.toISOString() };
    },
  };
}
