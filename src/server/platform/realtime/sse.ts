import { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import type { FastifyRequest } from 'fastify';

/** How often an idle stream gets a comment line: below the 60 s idle cut of common proxies. */
export const SSE_PING_INTERVAL_MS = 25_000;
/**
 * What a stream may have waiting in its socket's buffer before the client counts as too slow and
 * is dropped. A reader that stopped reading would otherwise grow the process's memory without
 * bound; dropped, it reconnects with its cursor and catches up from the database instead.
 */
export const SSE_MAX_BUFFERED_BYTES = 256 * 1024;

export interface SseFrame {
  id?: number | string;
  event?: string;
  data: unknown;
}

/** One frame in the text/event-stream format; `data` is JSON (one line: JSON has no raw newline). */
export function formatSseFrame(frame: SseFrame): string {
  const id = frame.id === undefined ? '' : `id: ${frame.id}\n`;
  const event = frame.event ? `event: ${frame.event}\n` : '';
  return `${id}${event}data: ${JSON.stringify(frame.data)}\n\n`;
}

/**
 * Whether the request came over a real socket. `app.inject()` (light-my-request) gives a mock
 * socket that can never be read from while the handler runs, so a stream there must end after
 * what it has to say at once (the authorization matrix and the schema fuzz call every route so).
 */
export function isLiveSocket(request: FastifyRequest): boolean {
  return request.raw.socket instanceof Socket;
}

/** What a stream writes to: the raw answer of a hijacked reply (an http.ServerResponse). */
export type SseTarget = Writable & { writeHead(status: number, headers: Record<string, string>): unknown };

/**
 * A Server-Sent Events answer on a hijacked reply (`reply.hijack()`, then `reply.raw`): written
 * straight to the socket, so nothing buffers it on the way (no compression; `x-accel-buffering:
 * no` for nginx) and its backlog can be watched.
 */
export class SseStream {
  private closed = false;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    private readonly res: SseTarget,
    options: { requestId: string; maxBufferedBytes?: number },
  ) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? SSE_MAX_BUFFERED_BYTES;
    // The headers helmet already set on the raw answer (onRequest) stay; these are the stream's.
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-request-id': options.requestId,
      // A stream ends only when it is done with (app close, resync, a dropped client): its socket
      // goes with it rather than idling as keep-alive, which would hold a closing server open.
      connection: 'close',
    });
    // The client (or the network) went away: release everything at once.
    res.on('close', () => this.finish());
    res.on('error', () => this.finish());
    // A retry hint for EventSource, and the first bytes so proxies pass the headers on now.
    this.writeRaw('retry: 2000\n\n');
  }

  private readonly maxBufferedBytes: number;

  get isClosed(): boolean {
    return this.closed;
  }

  /** Bytes waiting to be sent to this client (the backpressure measure). */
  get bufferedBytes(): number {
    return this.res.writableLength;
  }

  send(frame: SseFrame): boolean {
    return this.writeRaw(formatSseFrame(frame));
  }

  /** Writes a frame already formatted (one serialisation shared by every stream it goes to). */
  sendFormatted(text: string): boolean {
    return this.writeRaw(text);
  }

  /** A comment line: keeps proxies and the socket timeout from cutting an idle stream. */
  ping(): boolean {
    return this.writeRaw(': ping\n\n');
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /** Ends the answer cleanly (the client sees the end of the stream and reconnects if it wants). */
  end(): void {
    if (this.closed) return;
    this.res.end();
    this.finish();
  }

  private writeRaw(text: string): boolean {
    if (this.closed) return false;
    const res = this.res;
    if (res.writableLength + Buffer.byteLength(text) > this.maxBufferedBytes) {
      // Too slow: drop it rather than keep its backlog in memory (it catches up on reconnect).
      res.destroy();
      this.finish();
      return false;
    }
    res.write(text);
    return true;
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
