import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { markReusableBody } from '../../platform/compression.js';
import { ResponseCache } from '../../platform/response-cache.js';
import { announceCatalogChange, latestCatalogChange } from './catalog-changes.repo.js';

/**
 * The anonymous catalog's answers (lists, searches, product pages, the category tree) are the same
 * for every visitor of one language, so each instance keeps them serialized in memory
 * (docs/decisions/0007-catalog-cache.md). They are dropped:
 *  - at once on this instance after any committed change that buyers could see (`announce()`:
 *    the app calls it after every successful state change under /api/supplier/ and /api/admin/,
 *    and after every scheduled job that did something);
 *  - within `syncIntervalMs` on every other instance, which polls the `catalog_changes` sequence
 *    that `announce()` advances after the commit;
 *  - after `maxAgeMs` in any case, a bound for a change no instance announced (an instance that
 *    died between its commit and its announcement, or an operator's manual SQL).
 * Keys carry the platform day, since brands stop being visible by day.
 */
export class CatalogCache {
  readonly responses: ResponseCache;
  private lastSeenChange: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      log: FastifyBaseLogger;
      maxAgeMs: number;
      syncIntervalMs: number;
      maxEntries?: number;
      maxBytes?: number;
    },
  ) {
    this.responses = new ResponseCache({
      clock: deps.clock,
      maxAgeMs: deps.maxAgeMs,
      maxEntries: deps.maxEntries ?? 5000,
      maxBytes: deps.maxBytes ?? 64 * 1024 * 1024,
    });
  }

  private readonly announcing = new Set<Promise<void>>();

  /** A committed change: forget here now, and tell the other instances. */
  async announce(): Promise<void> {
    this.responses.invalidate();
    const told = announceCatalogChange(this.deps.db).catch((error: unknown) => {
      // The local cache is already clear; other instances fall back on maxAgeMs.
      this.deps.log.error({ err: error }, 'catalog cache: could not announce a change');
    });
    this.announcing.add(told);
    try {
      await told;
    } finally {
      this.announcing.delete(told);
    }
  }

  /**
   * Resolves once the announcements started so far have reached the database. They run after the
   * answer was sent, so a caller (a test standing in for another instance) may be ahead of them.
   */
  async announced(): Promise<void> {
    await Promise.all([...this.announcing]);
  }

  /** One poll of the sequence; a value different from the last one seen drops this instance's answers. */
  async sync(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const value = await latestCatalogChange(this.deps.db);
      if (this.lastSeenChange !== undefined && value !== this.lastSeenChange) this.responses.invalidate();
      this.lastSeenChange = value;
    } catch (error) {
      this.deps.log.warn({ err: error }, 'catalog cache: could not read catalog_changes');
    } finally {
      this.polling = false;
    }
  }

  start(): void {
    if (!this.responses.enabled || this.timer) return;
    void this.sync();
    this.timer = setInterval(() => void this.sync(), this.deps.syncIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Answers from the cache, or computes, serializes (through the route's response schema) and
   * keeps the answer. The key is the route, the visitor's language, the validated parameters and
   * query (defaults applied, unknown keys dropped) and the platform day. `query` replaces the
   * request's query in the key when the route knows of a more canonical form of the same question.
   */
  async send<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<T>,
    options: { query?: unknown } = {},
  ): Promise<FastifyReply> {
    const key = JSON.stringify([
      request.routeOptions.url,
      request.locale,
      request.params ?? null,
      options.query ?? request.query ?? null,
      platformDay(this.deps.clock.now()),
    ]);
    const { body, source } = await this.responses.get(key, async () => {
      const serialized = reply.serialize(await compute());
      return typeof serialized === 'string' ? Buffer.from(serialized) : Buffer.from(serialized as ArrayBuffer);
    });
    // A kept answer keeps its brotli and gzip forms too (compression.ts): a hit compresses nothing.
    if (this.responses.enabled) markReusableBody(body);
    return reply.header('content-type', 'application/json; charset=utf-8').header('x-cache', source).send(body);
  }
}
