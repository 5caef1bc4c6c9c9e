import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError, type ErrorDetail } from './errors.js';
import { rateLimitHits } from './rate-limit.tables.js';

export interface RateRule {
  /** e.g. "register-code:email:a@b.c" */
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit in a fixed window, atomically (INSERT … ON CONFLICT DO UPDATE), so every
 * instance behind the load balancer shares the same counters.
 */
/**
 * RATE_LIMIT_SCALE (config): the browser journeys register every account from one address. Set
 * once by buildApp; 1 everywhere else.
 */
let limitScale = 1;
export function setRateLimitScale(scale: number): void {
  limitScale = scale;
}

export async function countHit(db: Db, rule: RateRule, now: Date): Promise<RateDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key: rule.key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  const count = row?.count ?? 1;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= rule.limit * limitScale, count, retryAfterSeconds };
}

export function rateLimited(retryAfterSeconds: number, details?: ErrorDetail[]): AppError {
  return new AppError('RATE_LIMITED', 'Too many requests', details, { 'retry-after': String(retryAfterSeconds) });
}

/** Applies several rules (e.g. per email and per IP); the first one exceeded answers 429. */
export async function enforceRateLimits(db: Db, rules: RateRule[], now: Date, details?: ErrorDetail[]): Promise<void> {
  for (const rule of rules) {
    const decision = await countHit(db, rule, now);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, details);
  }
}

/** One rule's current window: where it starts, the limit (scaled) and how long until it ends. */
export interface RateWindow {
  key: string;
  windowStart: Date;
  limit: number;
  retryAfterSeconds: number;
}

export function rateWindows(rules: readonly RateRule[], now: Date): RateWindow[] {
  return rules.map((rule) => {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    return {
      key: rule.key,
      windowStart,
      limit: rule.limit * limitScale,
      retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
    };
  });
}

/**
 * For a statement that counts and acts at once (the message send): a data-modifying CTE body that
 * counts one hit in each window, all in ONE atomic INSERT … ON CONFLICT DO UPDATE, only when
 * `when` holds, and returns `(key, count, allowed)` per window. `windows` is a parameter holding
 * windowsParam(…) (a placeholder in a prepared statement).
 */
export function countHitsSql(windows: SQL, when: SQL): SQL {
  return sql`insert into rate_limit_hits as h (key, window_start, count)
    select w.key, w.window_start, 1
    from jsonb_to_recordset(${windows}::jsonb) as w(key text, window_start timestamptz, lim int)
    where ${when}
    on conflict (key, window_start) do update set count = h.count + 1
    returning h.key, h.count, h.count <= (select w.lim from jsonb_to_recordset(${windows}::jsonb)
      as w(key text, window_start timestamptz, lim int) where w.key = h.key) as allowed`;
}

/** The parameter countHitsSql reads: the windows as JSON text. */
export function windowsParam(windows: readonly RateWindow[]): string {
  return JSON.stringify(windows.map((w) => ({ key: w.key, window_start: w.windowStart.toISOString(), lim: w.limit })));
}

/** The first window a statement's counts exceeded (undefined: all within their limits). */
export function firstExceeded(
  windows: readonly RateWindow[],
  counted: readonly { key: string; allowed: boolean }[],
): RateWindow | undefined {
  const refused = new Set(counted.filter((c) => !c.allowed).map((c) => c.key));
  return windows.find((w) => refused.has(w.key));
}

/** Deletes windows that ended long ago (called by the housekeeping job). */
export async function pruneRateLimits(db: Db, before: Date): Promise<void> {
  await db.delete(rateLimitHits).where(sql`${rateLimitHits.windowStart} < ${before.toISOString()}`);
}
