import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKOFF_MAX_MS,
  backoffDelay,
  MessageStream,
  type EventSourceLike,
  type StreamMessage,
} from './messageStream.js';

/** A stand-in for EventSource: the test fires its events by hand. */
class FakeSource implements EventSourceLike {
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) {
      listener({ data: JSON.stringify(data) } as MessageEvent<string>);
    }
  }
  fail() {
    this.onerror?.(new Event('error'));
  }
}

const msg = (id: number): StreamMessage => ({ id, conversationId: 'c1', body: `m${id}` });

function setUp(cursor = 5, random = 0) {
  const sources: FakeSource[] = [];
  const received: number[] = [];
  const handlers = {
    message: (m: StreamMessage) => received.push(m.id),
    reset: vi.fn(),
    ready: vi.fn(),
    read: vi.fn(),
    disconnected: vi.fn(),
  };
  const stream = new MessageStream({
    cursor,
    url: (after) => `/api/messages/stream?after=${after}`,
    open: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    handlers,
    random: () => random,
  });
  const last = () => {
    const source = sources.at(-1);
    if (!source) throw new Error('no connection');
    return source;
  };
  return { stream, sources, received, handlers, last };
}

describe('backoffDelay', () => {
  it('doubles from 1 s up to 30 s, and jitter only shortens it by up to a quarter', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((a) => backoffDelay(a, 0))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(backoffDelay(0, 0.999)).toBeGreaterThanOrEqual(750);
    expect(backoffDelay(0, 0.999)).toBeLessThan(1000);
    expect(backoffDelay(10, 0.5)).toBe(BACKOFF_MAX_MS * 0.875);
  });
});

describe('MessageStream', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('connects from the initial cursor and passes messages on once', () => {
    const { stream, received, last } = setUp(5);
    stream.start();
    expect(last().url).toBe('/api/messages/stream?after=5');
    last().emit('message', msg(6));
    last().emit('message', msg(6));
    last().emit('message', msg(7));
    expect(received).toEqual([6, 7]);
    expect(stream.lastId).toBe(7);
  });

  it('on an error closes the connection and reconnects after 1 s, 2 s, 4 s … from the highest id seen', () => {
    const { stream, sources, last, handlers } = setUp(5);
    stream.start();
    last().emit('message', msg(9));
    const first = last();
    first.fail();
    expect(first.closed).toBe(true);
    expect(handlers.disconnected).toHaveBeenLastCalledWith(1000);
    vi.advanceTimersByTime(999);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
    expect(last().url).toBe('/api/messages/stream?after=9');

    last().fail();
    vi.advanceTimersByTime(1999);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);

    last().fail();
    expect(handlers.disconnected).toHaveBeenLastCalledWith(4000);
  });

  it('never waits more than 30 s, and `ready` starts the back-off over', () => {
    const { stream, last, handlers } = setUp(0);
    stream.start();
    for (let i = 0; i < 8; i++) {
      last().fail();
      vi.runOnlyPendingTimers();
    }
    expect(handlers.disconnected).toHaveBeenLastCalledWith(30_000);
    last().emit('ready', {});
    expect(handlers.ready).toHaveBeenCalledOnce();
    last().fail();
    expect(handlers.disconnected).toHaveBeenLastCalledWith(1000);
  });

  it('shows nothing twice when the catch-up overlaps what the dropped connection had sent', () => {
    const { stream, received, last } = setUp(0);
    stream.start();
    last().emit('message', msg(1));
    last().emit('message', msg(2));
    last().fail();
    vi.runOnlyPendingTimers();
    // A server catching up from an older point repeats 2; 3 is new.
    last().emit('message', msg(2));
    last().emit('message', msg(3));
    expect(received).toEqual([1, 2, 3]);
  });

  it('ignores events of a connection it has already replaced', () => {
    const { stream, received, sources, last } = setUp(0);
    stream.start();
    const old = last();
    old.fail();
    vi.runOnlyPendingTimers();
    old.emit('message', msg(4));
    old.fail();
    expect(received).toEqual([]);
    expect(sources).toHaveLength(2);
  });

  it('resync reconnects at once from the cursor; reset asks the page to reload and may move the cursor', () => {
    const { stream, sources, last, handlers } = setUp(3);
    stream.start();
    last().emit('message', msg(8));
    const before = last();
    before.emit('resync', {});
    expect(before.closed).toBe(true);
    expect(sources).toHaveLength(2);
    expect(last().url).toBe('/api/messages/stream?after=8');

    last().emit('reset', { lastMessageId: 20 });
    expect(handlers.reset).toHaveBeenCalledOnce();
    expect(stream.lastId).toBe(20);
  });

  it('does not pass on malformed events, and markSeen keeps a sent message from coming back', () => {
    const { stream, received, last } = setUp(0);
    stream.start();
    last().emit('message', { nope: true });
    stream.markSeen(11);
    last().emit('message', msg(11));
    expect(received).toEqual([]);
    expect(stream.lastId).toBe(11);
  });

  it('stop closes the connection and cancels a pending reconnect', () => {
    const { stream, sources, last } = setUp(0);
    stream.start();
    last().fail();
    stream.stop();
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);
    stream.start();
    expect(sources).toHaveLength(2);
    stream.stop();
    expect(last().closed).toBe(true);
  });
});
