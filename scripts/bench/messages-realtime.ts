/**
 * "Messages in real time" (issue 14): one instance holds 2,000 Server-Sent Events streams of
 * 2,000 signed-in buyers; what one stream costs in memory; then a sender posts 200 messages/s
 * for ~10 s spread over the conversations through POST /api/conversations/:id/messages, and each
 * message's delivery latency (posted → received on its buyer's stream) is measured; p99 ≤ 100 ms.
 * Without the send route (PostgreSQL only), messages are written directly as it writes them.
 *
 * The clients are plain node:http requests parsing frames by hand (2,000 sockets in one process:
 * no EventSource, no fetch pool).
 */
import http from 'node:http';
import type { Worker } from 'node:worker_threads';
import { openPostgres } from '../../src/server/db/client.js';
import { writeMessage } from '../../src/server/test/message-stream-fixtures.js';
import type { MessagesBench } from './seed-messages.js';
import type { ServerMemory } from './server.js';

export const REALTIME_TARGET_P99_MS = 100;

export interface RealtimeResult {
  connections: number;
  /** Per stream, from the server isolate's heap and the process's RSS (clients and server share the process). */
  heapPerConnection: number;
  rssPerConnection: number;
  connectMs: number;
  sent: number;
  delivered: number;
  rate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /**
   * How messages were sent: through the send route, or — while that route is not on the branch —
   * written directly to PostgreSQL exactly as it writes them (transaction, ordering locks, NOTIFY),
   * which measures the fan-out alone (no POST handling).
   */
  mode?: 'http' | 'direct';
  /** Why the send phase did not run, if it did not. */
  skipped?: string;
  /** The worst latency (ms) of the messages sent in each second: a queue shows as a rise, a pause as a spike. */
  worstBySecond?: number[];
  /** The send request's own answer time (posted → answered), p50 and p99. */
  sendAnswer?: { p50: number; p99: number };
}

function askMemory(worker: Worker): Promise<ServerMemory> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string; memory?: ServerMemory }) => {
      if (message.type !== 'memory') return;
      worker.off('message', onMessage);
      resolve(message.memory!);
    };
    worker.on('message', onMessage);
    worker.postMessage({ type: 'memory' });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Opens one stream; `onMessage` gets each message frame's data text. Resolves at `ready`. */
function openStream(
  port: number,
  cookie: string,
  agent: http.Agent,
  onMessage: (data: string) => void,
): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages/stream',
        headers: { cookie, accept: 'text/event-stream' },
        agent,
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`stream answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        let ready = false;
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes('event: message\n')) onMessage(frame.slice(frame.indexOf('data: ') + 6));
            else if (!ready && frame.includes('event: ready\n')) {
              ready = true;
              resolve(request);
            }
          }
        });
      },
    );
    request.on('error', reject);
  });
}

function post(
  port: number,
  agent: http.Agent,
  path: string,
  cookie: string,
  origin: string,
  body: object,
): Promise<number> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { cookie, origin, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(payload);
  });
}

export async function benchMessagesRealtime(
  worker: Worker,
  port: number,
  seeded: MessagesBench,
  options: { rate: number; seconds: number },
): Promise<RealtimeResult> {
  const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const sentAt = new Map<string, number>();
  /** How long each send's own request took (posted → its answer), to tell the route from the fan-out. */
  const answered: number[] = [];
  const latencies: number[] = [];
  /** Per second of the send phase: the worst latency of the messages sent in it. */
  const worstBySecond: number[] = [];
  const rate = options.rate;
  const onMessage = (data: string) => {
    const received = performance.now();
    const match = /"body":"rt (\d+)"/.exec(data);
    const started = match ? sentAt.get(match[1]!) : undefined;
    if (started === undefined) return;
    const latency = received - started;
    latencies.push(latency);
    const second = Math.floor(Number(match![1]) / rate);
    worstBySecond[second] = Math.max(worstBySecond[second] ?? 0, latency);
  };

  const before = await askMemory(worker);
  const connectStart = performance.now();
  const requests: http.ClientRequest[] = [];
  // In waves of 100, so the connection burst itself does not time out.
  for (let i = 0; i < seeded.buyers.length; i += 100) {
    requests.push(
      ...(await Promise.all(
        seeded.buyers.slice(i, i + 100).map((b) => openStream(port, b.cookie, streamAgent, onMessage)),
      )),
    );
  }
  const connectMs = performance.now() - connectStart;
  await pause(2000);
  const after = await askMemory(worker);
  const connections = after.streams;
  const result: RealtimeResult = {
    connections,
    heapPerConnection: (after.heapUsed - before.heapUsed) / connections,
    rssPerConnection: (after.rss - before.rss) / connections,
    connectMs,
    sent: 0,
    delivered: 0,
    rate: options.rate,
    p50: NaN,
    p95: NaN,
    p99: NaN,
    max: NaN,
  };

  const sendAgent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const probe = await post(
    port,
    sendAgent,
    `/api/conversations/${seeded.buyers[0]!.conversationId}/messages`,
    seeded.buyers[0]!.supplierCookie,
    seeded.origin,
    { body: 'probe' },
  );
  let send: ((buyer: MessagesBench['buyers'][number], body: string) => Promise<boolean>) | undefined;
  let closeDirect: (() => Promise<void>) | undefined;
  if (probe === 201 || probe === 200) {
    result.mode = 'http';
    send = async (buyer, body) => {
      const status = await post(
        port,
        sendAgent,
        `/api/conversations/${buyer.conversationId}/messages`,
        buyer.supplierCookie,
        seeded.origin,
        { body },
      );
      return status === 201 || status === 200;
    };
  } else if (process.env.DATABASE_URL) {
    result.mode = 'direct';
    result.skipped = `POST /api/conversations/:id/messages answered ${probe} (not on this branch): messages written directly`;
    const database = await openPostgres(process.env.DATABASE_URL, 10);
    closeDirect = () => database.close();
    send = async (buyer, body) => {
      const conversation = { id: buyer.conversationId, ...buyer };
      await writeMessage(database.db, conversation, 'supplier', body);
      return true;
    };
  } else {
    result.skipped = `POST /api/conversations/:id/messages answered ${probe} (not on this branch), and PGlite cannot be written from a second thread`;
  }
  if (send) {
    const total = options.rate * options.seconds;
    const start = performance.now();
    const pending: Promise<boolean>[] = [];
    for (let i = 0; i < total; i++) {
      // Paced against the clock: message i leaves at start + i / rate.
      const due = start + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 1) await pause(wait);
      const buyer = seeded.buyers[(i * 7919) % seeded.buyers.length]!;
      const leftAt = performance.now();
      sentAt.set(String(i), leftAt);
      pending.push(
        send(buyer, `rt ${i}`)
          .then((ok) => {
            answered.push(performance.now() - leftAt);
            return ok;
          })
          .catch(() => false),
      );
    }
    const outcomes = await Promise.all(pending);
    await pause(1000);
    result.sent = outcomes.filter(Boolean).length;
    await closeDirect?.();
  }
  const sorted = latencies.sort((a, b) => a - b);
  Object.assign(result, {
    delivered: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    worstBySecond: worstBySecond.map((n) => Math.round(n ?? NaN)),
  });
  const answers = answered.sort((a, b) => a - b);
  result.sendAnswer = { p50: percentile(answers, 50), p99: percentile(answers, 99) };
  for (const request of requests) request.destroy();
  streamAgent.destroy();
  sendAgent.destroy();
  return result;
}

export function reportRealtime(r: RealtimeResult): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '–');
  return [
    `messages in real time: ${r.connections} streams open (in ${(r.connectMs / 1000).toFixed(1)} s); ` +
      `per stream: ${kb(r.heapPerConnection)} server heap, ${kb(r.rssPerConnection)} process RSS (clients included)`,
    r.mode === undefined
      ? `  delivery latency: not measured — ${r.skipped}`
      : `  ${r.mode === 'direct' ? `[fan-out only: ${r.skipped}] ` : ''}${r.sent} messages sent at ${r.rate}/s, ${r.delivered} received: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ` +
        `p99 ${ms(r.p99)}, max ${ms(r.max)} — target p99 ≤ ${REALTIME_TARGET_P99_MS} ms: ` +
        `${r.p99 <= REALTIME_TARGET_P99_MS ? 'ok' : 'MISSED'}`,
    ...(r.sendAnswer ? [`  the send's own answer: p50 ${ms(r.sendAnswer.p50)}, p99 ${ms(r.sendAnswer.p99)}`] : []),
    ...(r.worstBySecond?.length ? [`  worst latency per second sent (ms): ${r.worstBySecond.join(', ')}`] : []),
  ];
}
