import type { Clock } from '../../platform/clock.js';
import type { ResolvedSession } from './session.repo.js';

/**
 * What the session lookup found for a token: enough to decide every rule of resolveSession again
 * (idle and absolute expiry, the staff idle limit, the touch) without reading the row.
 */
export interface CachedSession extends ResolvedSession {
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** What a write path of this process calls after its transaction committed. */
export interface SessionInvalidation {
  /** Forgets every cached session of the account (revoked, roles or supplier changed, disabled…). */
  forgetUser(userId: string): void;
}

export interface SessionCacheOptions {
  /** Longest an entry is used after it was read from the database; 0 turns the cache off. */
  maxAgeMs: number;
  maxEntries: number;
  clock: Clock;
}

interface Entry {
  session: CachedSession;
  storedAt: number;
}

/**
 * Resolved sessions by token hash, per instance (docs/decisions/0014-session-cache.md): bounded
 * (least recently used out first), each entry used for `maxAgeMs` at most, and only while this
 * instance hears the database's change announcements (`live`). Only positive answers are kept: a
 * token the database refused, or an entry whose rules now say no, is always asked again.
 *
 * `epoch` moves at every invalidation: a lookup that started before one (it may have read the row
 * as it was before the change committed) does not store what it read.
 */
export class SessionCache implements SessionInvalidation {
  private readonly entries = new Map<string, Entry>();
  private readonly byUser = new Map<string, Set<string>>();
  private epoch = 0;
  private live = false;
  private readonly stats = { hits: 0, misses: 0, invalidations: 0 };

  constructor(private readonly options: SessionCacheOptions) {}

  /** Configured on and hearing the announcements. */
  get enabled(): boolean {
    return this.live && this.options.maxAgeMs > 0 && this.options.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  counts(): { hits: number; misses: number; invalidations: number; entries: number; live: boolean } {
    return { ...this.stats, entries: this.entries.size, live: this.live };
  }

  /** Taken before a lookup; hand it to put() with what the lookup found. */
  begin(): number {
    return this.epoch;
  }

  get(tokenHash: string): CachedSession | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    const age = this.options.clock.now().getTime() - entry.storedAt;
    if (age >= this.options.maxAgeMs || age < 0) {
      this.remove(tokenHash, entry.session.userId);
      this.stats.misses++;
      return undefined;
    }
    // Most recently used last: eviction takes the first.
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, entry);
    this.stats.hits++;
    return entry.session;
  }

  put(tokenHash: string, session: CachedSession, epoch: number): void {
    if (!this.enabled || epoch !== this.epoch) return;
    const previous = this.entries.get(tokenHash);
    if (previous) this.remove(tokenHash, previous.session.userId);
    this.entries.set(tokenHash, { session, storedAt: this.options.clock.now().getTime() });
    let tokens = this.byUser.get(session.userId);
    if (!tokens) {
      tokens = new Set();
      this.byUser.set(session.userId, tokens);
    }
    tokens.add(tokenHash);
    while (this.entries.size > this.options.maxEntries) {
      const [oldest, entry] = this.entries.entries().next().value as [string, Entry];
      this.remove(oldest, entry.session.userId);
    }
  }

  /** Drops one entry whose own rules said no (expired): nothing changed in the database. */
  drop(tokenHash: string): void {
    const entry = this.entries.get(tokenHash);
    if (entry) this.remove(tokenHash, entry.session.userId);
  }

  forgetUser(userId: string): void {
    this.epoch++;
    this.stats.invalidations++;
    for (const tokenHash of this.byUser.get(userId) ?? []) this.entries.delete(tokenHash);
    this.byUser.delete(userId);
  }

  clear(): void {
    this.epoch++;
    this.stats.invalidations++;
    this.entries.clear();
    this.byUser.clear();
  }

  /**
   * Whether the announcements are heard. Either way everything is forgotten: what was cached may
   * have missed an announcement while the listener was away.
   */
  setLive(live: boolean): void {
    this.live = live;
    this.clear();
  }

  private remove(tokenHash: string, userId: string): void {
    this.entries.delete(tokenHash);
    const tokens = this.byUser.get(userId);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) this.byUser.delete(userId);
  }
}
