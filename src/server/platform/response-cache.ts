import type { Clock } from './clock.js';

interface Entry {
  body: Buffer;
  expiresAt: number;
}

export interface ResponseCacheOptions {
  clock: Clock;
  /** How long an answer may be served without a change being announced; 0 turns the cache off. */
  maxAgeMs: number;
  maxEntries: number;
  maxBytes: number;
}

export interface CachedBody {
  body: Buffer;
  /** 'hit' from memory, 'shared' from a computation another request had started, 'miss' computed now. */
  source: 'hit' | 'shared' | 'miss';
}

/**
 * Serialized answers kept in memory per key, least recently used first out, bounded by count and
 * bytes. `invalidate()` drops everything at once: the data behind the answers changed. Concurrent
 * misses of one key share one computation, but never across an invalidation — a request that
 * arrives after a change must not be handed an answer computed before it, and an answer whose
 * computation straddled a change is returned to its callers but not kept.
 */
export class ResponseCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Promise<Buffer>>();
  private bytes = 0;
  /** Answers given since start, by where they came from (for operators and the benchmark). */
  readonly counts = { hit: 0, shared: 0, miss: 0 };

  constructor(private readonly options: ResponseCacheOptions) {}

  get enabled(): boolean {
    return this.options.maxAgeMs > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.flights.clear();
    this.bytes = 0;
  }

  async get(key: string, compute: () => Promise<Buffer>): Promise<CachedBody> {
    const answer = await this.answer(key, compute);
    this.counts[answer.source] += 1;
    return answer;
  }

  private async answer(key: string, compute: () => Promise<Buffer>): Promise<CachedBody> {
    if (!this.enabled) return { body: await compute(), source: 'miss' };
    const now = this.options.clock.now().getTime();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) {
      // Re-insert to mark it most recently used (a Map iterates in insertion order).
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { body: entry.body, source: 'hit' };
    }
    if (entry) this.remove(key, entry);

    const flight = this.flights.get(key);
    if (flight) return { body: await flight, source: 'shared' };

    const generation = this.generation;
    const started = compute();
    this.flights.set(key, started);
    try {
      const body = await started;
      if (this.generation === generation) this.store(key, body, now + this.options.maxAgeMs);
      return { body, source: 'miss' };
    } finally {
      if (this.flights.get(key) === started) this.flights.delete(key);
    }
  }

  private store(key: string, body: Buffer, expiresAt: number): void {
    if (body.length > this.options.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { body, expiresAt });
    this.bytes += body.length;
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(oldKey, old);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}
