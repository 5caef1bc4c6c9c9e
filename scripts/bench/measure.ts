/** One bounded autocannon run against a loopback URL, with exact latency percentiles. */
import { createRequire } from 'node:module';
import autocannon from 'autocannon';

/**
 * autocannon 8 appends every chunk of every response body to a JS string
 * (`PipelinedRequestsQueue#addBody`: `req.body += data`), for body checks this benchmark never
 * asks for. For JSON that costs little (ASCII is copied as is), but a binary body is decoded as
 * UTF-8: 2–4 ms per 85 KB PDF on the load generator's one thread (loaded machine), which then
 * cannot read more than a few hundred PDFs a second however fast the app is (issue 13's download
 * figure was that ceiling).
 * A scenario with `binary: true` swaps that method for a no-op while it runs: the bytes are still
 * received and counted (autocannon counts them on the socket), only not turned into a string —
 * what a browser saving a download does.
 */
interface BodyQueue {
  prototype: { addBody(data: Buffer): void };
}
const bodyQueue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as BodyQueue;
if (typeof bodyQueue.prototype.addBody !== 'function') {
  throw new Error('autocannon changed: PipelinedRequestsQueue#addBody is gone (see scripts/bench/measure.ts)');
}
const discardBodies = () => {};

export interface Scenario {
  name: string;
  /** Paths to cycle through (one request each, in turn, per connection). */
  paths: string[];
  /** The visitor's language (the language cookie). */
  locale: string;
  /** Which target applies: list ≥ 60 %, search and orders ≥ 40 % of the one-query route. */
  kind: 'bare' | 'yardstick' | 'list' | 'search' | 'page' | 'orders' | 'pdf-download' | 'messages';
  /** A signed-in user's cookie (e.g. `br_session=…`), sent with the language cookie. */
  session?: string;
  /**
   * Instead of `paths`: requests taken in turn from this sequence by all connections together,
   * each in its own language (X-Locale), e.g. a Zipf-distributed long tail of searches.
   */
  draws?: readonly { path: string; locale: string }[];
  /** Binary answers (PDFs): the load generator receives and counts them without decoding them. */
  binary?: boolean;
}

export interface Measurement {
  name: string;
  kind: Scenario['kind'];
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function drawing(draws: NonNullable<Scenario['draws']>): autocannon.Request {
  let next = 0;
  return {
    method: 'GET',
    setupRequest: (request) => {
      const draw = draws[next++ % draws.length]!;
      return { ...request, path: draw.path, headers: { ...request.headers, 'x-locale': draw.locale } };
    },
  };
}

export async function measure(
  base: string,
  scenario: Scenario,
  options: {
    connections: number;
    duration: number;
    record: boolean;
    /** Also receives every latency (to pool several rounds). */
    sink?: number[];
  },
): Promise<Measurement> {
  const latencies: number[] = [];
  // Scenarios run one at a time, so the swap holds for exactly this run.
  const decodeBodies = bodyQueue.prototype.addBody;
  if (scenario.binary) bodyQueue.prototype.addBody = discardBodies;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        headers: {
          cookie: `br_lang=${scenario.locale}${scenario.session ? `; ${scenario.session}` : ''}`,
          accept: 'application/json',
        },
        requests: scenario.draws ? [drawing(scenario.draws)] : scenario.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    if (options.record) instance.on('response', (_client, _status, _bytes, time) => void latencies.push(time));
  }).finally(() => {
    bodyQueue.prototype.addBody = decodeBodies;
  });
  // Not push(...latencies): a fast scenario records more latencies than a call takes arguments.
  if (options.sink) for (const latency of latencies) options.sink.push(latency);
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    kind: scenario.kind,
    requests: result.requests.total,
    rps: result.requests.total / options.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Several rounds of one scenario as one figure: the median round's req/s, percentiles over every
 * latency of all rounds, and the median of the per-round ratios to the yardstick measured right
 * before each round (the load of a shared machine changes from one minute to the next).
 */
export function pooled(
  rounds: { result: Measurement; before?: Measurement }[],
  latencies: number[],
): { result: Measurement; ratio: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const first = rounds[0]!.result;
  const sum = (pick: (m: Measurement) => number) => rounds.reduce((n, r) => n + pick(r.result), 0);
  return {
    result: {
      name: first.name,
      kind: first.kind,
      requests: sum((m) => m.requests),
      rps: median(rounds.map((r) => r.result.rps)),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      non2xx: sum((m) => m.non2xx),
      errors: sum((m) => m.errors),
    },
    ratio: median(rounds.map((r) => (r.before ? r.result.rps / r.before.rps : NaN))),
  };
}
