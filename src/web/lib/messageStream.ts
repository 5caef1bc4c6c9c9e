/**
 * The messages stream (issue 14, "Real time"): one Server-Sent Events connection per tab to
 * GET /api/messages/stream?after=<cursor>. Pure (no React, no globals unless defaulted), so the
 * reconnect, back-off and de-duplication rules are unit-tested with fake timers.
 *
 * - The cursor is the highest message id seen; every (re)connection asks for what came after it,
 *   so nothing is missed across a drop.
 * - A message id already delivered is never passed on twice (the catch-up may overlap what a
 *   half-dead connection had already sent).
 * - On an error the browser's own retry is cut short (close) and the next attempt waits
 *   1 s, 2 s, 4 s … up to 30 s, each shortened by a random part (jitter), so the tabs of a whole
 *   office do not all reconnect in the same instant after a restart. `ready` (the server caught
 *   up and holds the connection) starts the back-off over.
 * - `resync` (the server asks for a fresh connection, e.g. it is shutting down) reconnects at
 *   once; `reset` (the server cannot catch up from the cursor) tells the page to reload its lists.
 */

export const STREAM_EVENTS = ['message', 'read', 'delivered', 'block', 'ready', 'reset', 'resync'] as const;
export type StreamEventName = (typeof STREAM_EVENTS)[number];

export const BACKOFF_FIRST_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;
/** How many delivered ids are remembered for de-duplication (a window far wider than a catch-up overlap). */
export const SEEN_WINDOW = 2000;

/** What this module needs of an EventSource (the real one, or a fake in tests). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface StreamMessage {
  id: number;
  conversationId: string;
  [key: string]: unknown;
}

export interface StreamHandlers<M extends StreamMessage = StreamMessage> {
  /** A message not seen before, in arrival order. */
  message?: (message: M) => void;
  read?: (event: unknown) => void;
  delivered?: (event: unknown) => void;
  block?: (event: unknown) => void;
  ready?: () => void;
  reset?: () => void;
  /** The connection dropped; the next attempt is in `delayMs`. */
  disconnected?: (delayMs: number) => void;
}

export interface StreamOptions<M extends StreamMessage> {
  /** The highest message id the page already knows (from GET /api/messages/unread). */
  cursor: number;
  url: (after: number) => string;
  open: (url: string) => EventSourceLike;
  handlers: StreamHandlers<M>;
  random?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * The wait before reconnect attempt `attempt` (0 for the first): 1 s doubling, at most 30 s,
 * minus up to a quarter at random (`random` in [0, 1)).
 */
export function backoffDelay(attempt: number, random: number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(attempt, 16));
  return Math.round(base * (1 - 0.25 * random));
}

function parse(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

const isMessage = (value: unknown): value is StreamMessage =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StreamMessage).id === 'number' &&
  typeof (value as StreamMessage).conversationId === 'string';

export class MessageStream<M extends StreamMessage = StreamMessage> {
  private source: EventSourceLike | null = null;
  private timer: unknown = null;
  private attempt = 0;
  private stopped = false;
  private cursor: number;
  private readonly seen = new Set<number>();
  private readonly random: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: StreamOptions<M>) {
    this.cursor = Math.max(0, options.cursor);
    this.random = options.random ?? Math.random;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The highest message id seen: where the next connection catches up from. */
  get lastId(): number {
    return this.cursor;
  }

  get connected(): boolean {
    return this.source !== null;
  }

  start(): void {
    this.stopped = false;
    if (!this.source && this.timer === null) this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
    this.closeSource();
  }

  /** Records a message id the page got another way (e.g. its own send), so the stream does not repeat it. */
  markSeen(id: number): void {
    this.remember(id);
  }

  private connect(): void {
    if (this.stopped) return;
    const source = this.options.open(this.options.url(this.cursor));
    this.source = source;
    const { handlers } = this.options;
    const on = (name: StreamEventName, listener: (data: unknown) => void) =>
      source.addEventListener(name, (event) => {
        // Events of a connection already replaced are stale.
        if (this.source === source) listener(parse(event.data));
      });

    on('message', (data) => {
      if (!isMessage(data) || this.seen.has(data.id)) return;
      this.remember(data.id);
      handlers.message?.(data as M);
    });
    on('read', (data) => handlers.read?.(data));
    on('delivered', (data) => handlers.delivered?.(data));
    on('block', (data) => handlers.block?.(data));
    on('ready', () => {
      this.attempt = 0;
      handlers.ready?.();
    });
    on('reset', (data) => {
      // The server may say where to continue from; else the cursor stays.
      const next = (data as { lastMessageId?: unknown } | undefined)?.lastMessageId;
      if (typeof next === 'number' && next >= 0) this.cursor = next;
      handlers.reset?.();
    });
    on('resync', () => {
      this.closeSource();
      this.connect();
    });
    source.onerror = () => {
      if (this.source !== source) return;
      this.closeSource();
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer !== null) return;
    const delay = backoffDelay(this.attempt, this.random());
    this.attempt += 1;
    this.options.handlers.disconnected?.(delay);
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.connect();
    }, delay);
  }

  private remember(id: number): void {
    if (id > this.cursor) this.cursor = id;
    this.seen.add(id);
    if (this.seen.size > SEEN_WINDOW) {
      // Sets iterate in insertion order: drop the oldest.
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  private closeSource(): void {
    const source = this.source;
    this.source = null;
    if (source) {
      source.onerror = null;
      source.close();
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }
}
