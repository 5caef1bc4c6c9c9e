import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { loginFailures } from './rate-limit.tables.js';
import { rateLimited } from './rate-limiter.js';

export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** Hard cap per rolling hour from the first failure. */
  maxPerHour: number;
  /** The delay doubles per failure past the free ones, up to this many seconds. */
  maxDelaySeconds: number;
}

/** Per account: a few free tries, then 1 s, 2 s, 4 s … capped at 60 s; never more than 100 an hour. */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, maxPerHour: 100, maxDelaySeconds: 60 };
/** Per IP: generous (offices share an address) but still bounded. */
export const IP_POLICY: ThrottlePolicy = { freeFailures: 30, maxPerHour: 500, maxDelaySeconds: 60 };

const HOUR_MS = 3_600_000;

export function delaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(2 ** (failures - policy.freeFailures), policy.maxDelaySeconds);
}

/**
 * Growing delay rather than lock-out: an attacker cannot lock a victim out for more than
 * a minute at a time, yet gets at most `maxPerHour` guesses.
 */
export async function assertLoginAllowed(db: Db, entries: [string, ThrottlePolicy][], now: Date): Promise<void> {
  for (const [key, policy] of entries) {
    const [row] = await db.select().from(loginFailures).where(eq(loginFailures.key, key));
    if (!row || now.getTime() - row.firstFailureAt.getTime() >= HOUR_MS) continue;
    if (row.failures >= policy.maxPerHour) {
      throw rateLimited(Math.ceil((row.firstFailureAt.getTime() + HOUR_MS - now.getTime()) / 1000));
    }
    const wait = row.lastFailureAt.getTime() + delaySeconds(row.failures, policy) * 1000 - now.getTime();
    if (wait > 0) throw rateLimited(Math.ceil(wait / 1000));
  }
}

export async function recordLoginFailure(db: Db, keys: string[], now: Date): Promise<void> {
  const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
  for (const key of keys) {
    await db
      .insert(loginFailures)
      .values({ key, failures: 1, firstFailureAt: now, lastFailureAt: now })
      .onConflictDoUpdate({
        target: loginFailures.key,
        set: {
          failures: sql`CASE WHEN ${loginFailures.firstFailureAt} < ${hourAgo} THEN 1 ELSE ${loginFailures.failures} + 1 END`,
          firstFailureAt: sql`CASE WHEN ${loginFailures.firstFailureAt} < ${hourAgo} THEN ${now.toISOString()}::timestamptz ELSE ${loginFailures.firstFailureAt} END`,
          lastFailureAt: now,
        },
      });
  }
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}
