import { SSE_PING_INTERVAL_MS } from './sse.js';

/** What the hub needs of a connection: a ping, and whether it is gone. */
export interface HubConnection {
  ping(): boolean;
  readonly isClosed: boolean;
}

/**
 * The connections this instance holds, by key (`u:<userId>`, `s:<supplierId>`…): one Map lookup
 * per key finds who to tell about an event. One shared timer pings every connection, instead of
 * a timer each (2,000 streams, one interval). Knows nothing of the events themselves.
 */
export class Hub<C extends HubConnection> {
  private readonly byKey = new Map<string, Set<C>>();
  private readonly all = new Set<C>();
  private pinger: NodeJS.Timeout | undefined;

  constructor(private readonly pingIntervalMs = SSE_PING_INTERVAL_MS) {}

  /** Registers `connection` under every key; the returned function removes it (idempotent). */
  subscribe(keys: readonly string[], connection: C): () => void {
    this.all.add(connection);
    for (const key of keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(connection);
    }
    this.startPings();
    return () => this.unsubscribe(keys, connection);
  }

  /** Whether any connection listens under one of the keys (a notice nobody here needs is skipped). */
  has(keys: readonly string[]): boolean {
    return keys.some((key) => this.byKey.has(key));
  }

  /** The connections under any of the keys, each once (a connection may hold several keys). */
  connectionsFor(keys: readonly string[]): Set<C> {
    const found = new Set<C>();
    for (const key of keys) for (const connection of this.byKey.get(key) ?? []) found.add(connection);
    return found;
  }

  connections(): C[] {
    return [...this.all];
  }

  /** For metrics: open connections and distinct keys. */
  counts(): { connections: number; keys: number } {
    return { connections: this.all.size, keys: this.byKey.size };
  }

  /** Stops the pings (app close). */
  stop(): void {
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = undefined;
  }

  private unsubscribe(keys: readonly string[], connection: C): void {
    this.all.delete(connection);
    for (const key of keys) {
      const set = this.byKey.get(key);
      if (!set) continue;
      set.delete(connection);
      if (set.size === 0) this.byKey.delete(key);
    }
    if (this.all.size === 0) this.stop();
  }

  private startPings(): void {
    if (this.pinger) return;
    this.pinger = setInterval(() => {
      for (const connection of this.all) if (!connection.isClosed) connection.ping();
    }, this.pingIntervalMs);
    // The pings alone never keep the process alive.
    this.pinger.unref();
  }
}
