/**
 * The SSE writer and the hub on their own: frames, pings, and the slow-client bound — a reader
 * that stops reading is dropped once its backlog passes the bound, and leaves the hub.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Hub } from './hub.js';
import { formatSseFrame, SseStream, type SseTarget } from './sse.js';

/** A raw answer whose client never reads: every write stays in its buffer. */
function stalledAnswer(): SseTarget & { headers?: Record<string, string>; status?: number } {
  const target = new Writable({
    highWaterMark: 1024,
    write: () => undefined, // never calls back: nothing ever leaves the buffer
  }) as Writable & { headers?: Record<string, string>; status?: number; writeHead: SseTarget['writeHead'] };
  target.writeHead = (status, headers) => {
    target.status = status;
    target.headers = headers;
    return target;
  };
  return target;
}

/** A raw answer that keeps what it is sent. */
function recordingAnswer(): SseTarget & { text: () => string } {
  const chunks: string[] = [];
  const target = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      chunks.push(chunk.toString());
      callback();
    },
  }) as Writable & { writeHead: SseTarget['writeHead']; text: () => string };
  target.writeHead = () => target;
  target.text = () => chunks.join('');
  return target;
}

describe('SseStream', () => {
  it('writes the stream headers and frames with id, event and one-line JSON data', async () => {
    const res = stalledAnswer();
    new SseStream(res, { requestId: 'req-1' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-request-id': 'req-1',
    });
    expect(formatSseFrame({ id: 7, event: 'message', data: { body: 'two\nlines' } })).toBe(
      'id: 7\nevent: message\ndata: {"body":"two\\nlines"}\n\n',
    );
    const recorded = recordingAnswer();
    const stream = new SseStream(recorded, { requestId: 'req-2' });
    stream.ping();
    stream.send({ event: 'ready', data: { lastId: 0 } });
    stream.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(recorded.text()).toBe('retry: 2000\n\n: ping\n\nevent: ready\ndata: {"lastId":0}\n\n');
    expect(stream.isClosed).toBe(true);
  });

  it('drops a client whose backlog passes the bound instead of buffering more, and it leaves the hub', () => {
    const res = stalledAnswer();
    const stream = new SseStream(res, { requestId: 'slow', maxBufferedBytes: 64 * 1024 });
    const hub = new Hub<SseStream>();
    stream.onClose(hub.subscribe(['u:slow'], stream));
    expect(hub.counts()).toEqual({ connections: 1, keys: 1 });

    const frame = formatSseFrame({ id: 1, event: 'message', data: { body: '消息'.repeat(1000) } });
    let written = 0;
    while (stream.sendFormatted(frame)) written += 1;
    // It accepted what fits under the bound, and not a frame more.
    expect(written).toBeGreaterThan(0);
    expect(res.writableLength).toBeLessThanOrEqual(64 * 1024);
    expect(stream.isClosed).toBe(true);
    expect(res.destroyed).toBe(true);
    expect(hub.counts()).toEqual({ connections: 0, keys: 0 });
    expect(stream.sendFormatted(frame)).toBe(false);
  });

  it('finds each connection once across its keys', () => {
    const hub = new Hub<{ ping(): boolean; isClosed: boolean }>();
    const both = { ping: () => true, isClosed: false };
    const buyerOnly = { ping: () => true, isClosed: false };
    const off = hub.subscribe(['u:1', 's:9'], both);
    hub.subscribe(['u:2'], buyerOnly);
    expect([...hub.connectionsFor(['u:1', 's:9'])]).toEqual([both]);
    expect(hub.has(['u:3', 's:8'])).toBe(false);
    off();
    off();
    expect(hub.counts()).toEqual({ connections: 1, keys: 1 });
    hub.stop();
  });
});
