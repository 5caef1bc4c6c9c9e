import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { loginFailures } from './rate-limit.tables.js';
import { rateLimited } from './rate-limiter.js';

export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** The delay doubles per failure past the free ones, up to this many seconds. */
  maxDelaySeconds: number;
}

/** Per account: a few free tries, then 1 s, 2 s, 4 s … capped at 60 s. */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, maxDelaySeconds: 60 };
/** Per IP: generous (offices share an address) but still bounded. */
export const IP_POLICY: ThrottlePolicy = { freeFailures: 30, maxDelaySeconds: 60 };

/** Failures are forgotten when the last one is this old (a success forgets them at once). */
const FORGET_AFTER_MS = 3_600_000;

export function delaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(2 ** (failures - policy.freeFailures), policy.maxDelaySeconds);
}

const int = (value: number) => sql.raw(String(Math.trunc(value)));

/**
 * Reserves one attempt for `key` before the password is checked, in ONE statement
 * (INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING): the row lock serialises concurrent
 * requests, so 200 simultaneous tries get exactly `freeFailures` reservations, not 200.
 * The reservation counts as a failure until releaseLoginAttempt()/clearLoginFailures() says
 * otherwise. Refused → 429 with the seconds left, never more than `maxDelaySeconds`: a growing
 * delay rather than a lock-out, so an attacker cannot keep the owner out for long.
 */
export async function reserveLoginAttempt(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<void> {
  const nowAt = sql`${now.toISOString()}::timestamptz`;
  const stale = sql`${loginFailures.lastFailureAt} < ${new Date(now.getTime() - FORGET_AFTER_MS).toISOString()}::timestamptz`;
  const delay = sql`least(power(2, ${loginFailures.failures} - ${int(policy.freeFailures)}), ${int(policy.maxDelaySeconds)})`;
  const reserved = await db
    .insert(loginFailures)
    .values({ key, failures: 1, firstFailureAt: now, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginFailures.key,
      set: {
        failures: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginFailures.failures} + 1 END`,
        firstFailureAt: sql`CASE WHEN ${stale} THEN ${nowAt} ELSE ${loginFailures.firstFailureAt} END`,
        lastFailureAt: now,
      },
      setWhere: sql`${stale} OR ${loginFailures.failures} < ${int(policy.freeFailures)} OR ${loginFailures.lastFailureAt} + ${delay} * interval '1 second' <= ${nowAt}`,
    })
    .returning({ failures: loginFailures.failures });
  if (reserved.length) return;
  const [row] = await db.select().from(loginFailures).where(eq(loginFailures.key, key));
  const waitMs = row ? row.lastFailureAt.getTime() + delaySeconds(row.failures, policy) * 1000 - now.getTime() : 0;
  throw rateLimited(Math.min(Math.max(1, Math.ceil(waitMs / 1000)), policy.maxDelaySeconds));
}

/** Gives a reservation back (the attempt succeeded, or was refused before any password check). */
export async function releaseLoginAttempt(db: Db, key: string): Promise<void> {
  await db
    .update(loginFailures)
    .set({ failures: sql`greatest(${loginFailures.failures} - 1, 0)` })
    .where(eq(loginFailures.key, key));
}

/** A success forgets the account's failures (the reset of the window). */
export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}

/**
 * The account key: by the resolved account, so the account name and the email share one budget;
 * an unknown login by its normalised text, so unknown and known names are throttled alike.
 */
export function loginThrottleKey(userId: string | undefined, typed: string): string {
  return userId ? `login:user:${userId}` : `login:name:${typed.trim().toLowerCase()}`;
}
