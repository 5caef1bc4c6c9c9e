import http from 'node:http';

/**
 * A small Server-Sent Events client over a streamed HTTP answer, for tests against a listening
 * app (app.listen on 127.0.0.1:0): frames are parsed as they arrive and can be awaited.
 */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

export interface SseClient {
  status: number;
  headers: Headers;
  /** Every event so far, in arrival order (comments such as `: ping` are not events). */
  events: SseEvent[];
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  /** Waits until `predicate` holds for the events so far (rejects after `timeoutMs`). */
  until(predicate: (events: SseEvent[]) => boolean, timeoutMs?: number): Promise<SseEvent[]>;
  /** The parsed data of every `message` event. */
  messages<T = { id: number }>(): T[];
  close(): void;
}

function parseFrame(frame: string): SseEvent | undefined {
  const event: SseEvent = { event: 'message', data: '' };
  const data: string[] = [];
  let any = false;
  for (const line of frame.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') data.push(value);
    else if (field === 'event') event.event = value;
    else if (field === 'id') event.id = value;
    else continue;
    any = true;
  }
  if (!any || data.length === 0) return undefined;
  event.data = data.join('\n');
  return event;
}

/**
 * Opens a stream with node:http on a socket of its own (`agent: false`): a pooled client (fetch)
 * keeps spare sockets open that no request ever used, and a closing server waits for those.
 */
export async function openSse(
  url: string,
  options: { cookie?: string; lastEventId?: string | number } = {},
): Promise<SseClient> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.lastEventId !== undefined) headers['last-event-id'] = String(options.lastEventId);
  const request = http.get(url, { headers, agent: false });
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };
  let done = false;
  const ended = new Promise<void>((resolve) => {
    const decoder = new TextDecoder();
    let buffer = '';
    res.on('data', (chunk: Buffer) => {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const event = parseFrame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) events.push(event);
      }
      notify();
    });
    // The server ended the stream, dropped the connection, or close() aborted it.
    res.once('close', () => {
      done = true;
      notify();
      resolve();
    });
  });
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (typeof value === 'string') responseHeaders.set(name, value);
  }
  return {
    status: res.statusCode ?? 0,
    headers: responseHeaders,
    events,
    ended,
    until(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(events)) {
            cleanup();
            resolve(events);
          } else if (done) {
            cleanup();
            reject(
              new Error(`stream ended; events: ${JSON.stringify(events.map((e) => e.event + ':' + (e.id ?? '')))}`),
            );
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out; events: ${JSON.stringify(events.map((e) => e.event + ':' + (e.id ?? '')))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    messages<T>() {
      return events.filter((e) => e.event === 'message').map((e) => JSON.parse(e.data) as T);
    },
    close: () => request.destroy(),
  };
}
