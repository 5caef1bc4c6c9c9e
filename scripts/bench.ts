/**
 * Load benchmark of the catalog against the configured database (DATABASE_URL, else PGlite in
 * DATA_DIR), seeded with `npm run seed:bench`. Not a timed test: it prints figures to record in
 * docs/performance.md.
 *
 *   npm run bench [-- --duration=10 --connections=50 --only=list,search --cache=both --rounds=1 --json=bench.json]
 *
 * `--cache=off` runs every scenario with the catalog cache turned off (CATALOG_CACHE_SECONDS=0:
 * every request computed), `--cache=on` with it on as configured, `--cache=both` (the default)
 * does both, off first. The long-tail scenario draws thousands of different searches by a Zipf
 * law, which is what a cache meets in real traffic; the share of answers the cache gave is shown.
 *
 * The real app runs in a worker thread (scripts/bench/server.ts) on 127.0.0.1:<ephemeral>;
 * autocannon drives it from the main thread, scenario after scenario (a 2 s warm-up each, then
 * `duration` seconds measured). Each figure is also shown as a ratio to the route doing one
 * primary-key query, measured for duration/2 seconds right before the scenario (the machine may be
 * shared); targets: list ≥ 60 %, search ≥ 40 % of its req/s, p99 ≤ 50 ms.
 *
 * "Order Management" (issue 12): the supplier with the seeded orders (`npm run seed:bench`, 10,000
 * by default) signed in — first page, a status tab, an order's detail; ≥ 40 % computed (orders are
 * never cached), p99 ≤ 50 ms. `--only=orders` runs just those (and the one-PK route).
 *
 * Messages (issue 14; BENCH_MESSAGES seeds 2,000 buyers, 20 suppliers, a 60-message thread):
 * `--only=messages-realtime` holds 2,000 Server-Sent Events streams on one instance (memory per
 * stream), then posts 200 messages/s for `--duration` seconds through the send route and measures
 * delivery latency (scripts/bench/messages-realtime.ts): p99 ≤ 100 ms. `--only=messages-pages`:
 * the conversation list and a 50-message thread page vs the signed-in one-PK route, ≥ 40 %.
 *
 * Generated documents (issue 13): `--only=pdf` renders a 2-page contract `--pdf-renders=50` times
 * with no cache (scripts/bench/pdf.ts; no server, no database): p95 ≤ 300 ms, ≤ 200 KB.
 * `--only=pdf-download` (needs the seeded orders): the benchmark supplier downloads a generated,
 * cached contract, commercial invoice and proforma of an export order through their access-checked
 * routes, ≥ 50 % of the one-PK route. The load generator
 * does not decode those binary answers into strings (`binary`, scripts/bench/measure.ts); a
 * diagnostic row shows the same downloads with decoding, i.e. the load generator's own ceiling.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { measure, pooled, type Measurement, type Scenario } from './bench/measure.js';
import type { ServerReady } from './bench/server.js';
import { distinctQuestions, zipfDraws } from './bench/long-tail.js';
import { benchPdf } from './bench/pdf.js';
import { benchMessagesRealtime, reportRealtime, type RealtimeResult } from './bench/messages-realtime.js';

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}
const DURATION = Math.min(Number(flag('duration') ?? 10), 60);
const CONNECTIONS = Math.min(Number(flag('connections') ?? 50), 200);
const ONLY = flag('only')?.split(',');
const JSON_OUT = flag('json');
const PDF_RENDERS = Math.max(5, Math.min(Number(flag('pdf-renders') ?? 50), 1000));
/** Yardstick + scenario pairs per scenario; > 1 on a busy machine (medians, pooled latencies). */
const ROUNDS = Math.max(1, Math.min(Number(flag('rounds') ?? 1), 10));
const CACHE_MODES = ({ on: ['on'], off: ['off'], both: ['off', 'on'] } as Record<string, ('on' | 'off')[] | undefined>)[
  flag('cache') ?? 'both'
];
if (!CACHE_MODES) throw new Error('--cache must be on, off or both');

const TARGETS = { list: 0.6, search: 0.4, orders: 0.4, pdfDownload: 0.5, messages: 0.4, p99: 50 };
const MESSAGES_REALTIME = ONLY?.includes('messages-realtime') ?? false;
const MESSAGES_PAGES = ONLY?.includes('messages-pages') ?? false;
/** Only the real-time part: no autocannon scenarios (nor the yardstick) to run. */
const REALTIME_ONLY = ONLY?.every((o) => o === 'messages-realtime') ?? false;

function startServer(cache: 'on' | 'off'): Promise<{ worker: Worker; ready: ServerReady }> {
  const env = {
    ...process.env,
    ...(cache === 'off' ? { CATALOG_CACHE_SECONDS: '0' } : {}),
    // The messages benchmark's accounts, and one sender posting far beyond a person's burst limit.
    ...(MESSAGES_REALTIME || MESSAGES_PAGES ? { BENCH_MESSAGES: '1', RATE_LIMIT_SCALE: '1000' } : {}),
  };
  const worker = new Worker(new URL('./bench/server-worker.mjs', import.meta.url), { workerData: env });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { type: string; ready?: ServerReady }) => {
      if (message.type === 'ready') resolve({ worker, ready: message.ready! });
    });
  });
}

function stopServer(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 10_000);
    worker.on('message', (message: { type: string }) => {
      if (message.type !== 'closed') return;
      clearTimeout(timer);
      void worker.terminate().then(() => resolve());
    });
    worker.postMessage({ type: 'close' });
  });
}

const list = (query: Record<string, string> = {}) => {
  const qs = new URLSearchParams(query).toString();
  return `/api/catalog/products${qs ? `?${qs}` : ''}`;
};

/** "Order Management" as the supplier with the seeded orders sees it (none when not seeded). */
function orderScenarios(ready: ServerReady): Scenario[] {
  if (!ready.orders) return [];
  const { cookie: session, ids } = ready.orders;
  return [
    {
      // What signing in costs on every request (the session hook's statements), for comparison.
      name: 'one PK query, signed in (the orders supplier)',
      kind: 'page',
      locale: 'en',
      session,
      paths: ready.visibleIds.map((id) => `/bench/pk/${id}`),
    },
    { name: 'Order Management, first page', kind: 'orders', locale: 'en', session, paths: ['/api/supplier/orders'] },
    {
      name: 'Order Management, tab waiting_for_perfection',
      kind: 'orders',
      locale: 'en',
      session,
      paths: ['/api/supplier/orders?status=waiting_for_perfection'],
    },
    {
      name: 'Order Management, tab completed p. 1–20',
      kind: 'orders',
      locale: 'en',
      session,
      paths: Array.from({ length: 20 }, (_, i) => `/api/supplier/orders?status=completed&page=${i + 1}`),
    },
    {
      name: 'Order detail (1000 ids)',
      kind: 'orders',
      locale: 'en',
      session,
      paths: ids.map((id) => `/api/supplier/orders/${id}`),
    },
    ...(ready.contractPdf
      ? [
          // Issue 13: 50 concurrent downloads of generated (cached) PDFs, ≥ 50 % of the yardstick.
          ...(
            [
              ['Contract PDF', ready.contractPdf],
              ['Commercial invoice PDF', ready.invoicePdf],
              ['Proforma invoice PDF', ready.proformaPdf],
            ] as const
          ).flatMap(([label, pdf]) =>
            pdf
              ? [
                  {
                    name: `${label}, cached (${Math.round(pdf.bytes / 1024)} KB)`,
                    kind: 'pdf-download' as const,
                    locale: 'en',
                    session,
                    paths: [pdf.path],
                    binary: true,
                  },
                ]
              : [],
          ),
          {
            // The same downloads with autocannon decoding each PDF into a string, as measured before
            // 2026-12-06 evening: shows the load generator's ceiling (scripts/bench/measure.ts).
            name: 'Contract PDF, bodies decoded by the load generator (pdf-download diagnostic)',
            kind: 'page' as const,
            locale: 'en',
            session,
            paths: [ready.contractPdf.path],
          },
        ]
      : []),
  ];
}

/** The conversation list and a 50-message thread page of a supplier with 100 conversations. */
function messageScenarios(ready: ServerReady): Scenario[] {
  if (!MESSAGES_PAGES || !ready.messages) return [];
  const session = ready.messages.listCookie;
  return [
    {
      name: 'one PK query, signed in (messages-pages supplier)',
      kind: 'page',
      locale: 'en',
      session,
      paths: ready.visibleIds.map((id) => `/bench/pk/${id}`),
    },
    {
      name: 'messages-pages: conversation list',
      kind: 'messages',
      locale: 'en',
      session,
      paths: ['/api/conversations'],
    },
    {
      name: 'messages-pages: thread page (50)',
      kind: 'messages',
      locale: 'en',
      session,
      paths: [ready.messages.threadPath],
    },
  ];
}

function scenarios(ready: ServerReady): Scenario[] {
  if (REALTIME_ONLY) return [];
  const ids = ready.visibleIds;
  const all: Scenario[] = [
    { name: 'bare route (/healthz)', kind: 'bare', locale: 'en', paths: ['/healthz'] },
    { name: 'one PK query', kind: 'yardstick', locale: 'en', paths: ids.map((id) => `/bench/pk/${id}`) },
    { name: 'catalog list, newest', kind: 'list', locale: 'en', paths: [list()] },
    {
      name: 'catalog list, pages 1–20',
      kind: 'list',
      locale: 'en',
      paths: Array.from({ length: 20 }, (_, i) => list({ page: String(i + 1) })),
    },
    { name: 'category (+children), zh', kind: 'list', locale: 'zh-CN', paths: [list({ category: ready.categoryId })] },
    { name: 'search zh 2-char 螺栓', kind: 'search', locale: 'zh-CN', paths: [list({ q: '螺栓' })] },
    { name: 'search zh 1-char 钢', kind: 'search', locale: 'zh-CN', paths: [list({ q: '钢' })] },
    { name: 'search en "bolt"', kind: 'search', locale: 'en', paths: [list({ q: 'bolt' })] },
    { name: 'search ru "подшипник"', kind: 'search', locale: 'ru', paths: [list({ q: 'подшипник' })] },
    { name: 'search es "válvula"', kind: 'search', locale: 'es', paths: [list({ q: 'válvula' })] },
    { name: 'search mixed "M8 螺栓"', kind: 'search', locale: 'zh-CN', paths: [list({ q: 'M8 螺栓' })] },
    {
      name: 'search long tail (Zipf, 3,568 questions)',
      kind: 'search',
      locale: 'en',
      paths: [],
      draws: zipfDraws(distinctQuestions(), 50_000),
    },
    {
      name: 'product page (ru, 1000 ids)',
      kind: 'page',
      locale: 'ru',
      paths: ids.map((id) => `/api/catalog/products/${id}`),
    },
    ...orderScenarios(ready),
    ...messageScenarios(ready),
  ];
  // The yardstick always runs: every ratio needs it.
  return all.filter((s) => s.kind === 'yardstick' || !ONLY || ONLY.some((o) => s.name.includes(o) || s.kind === o));
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '–');

interface CacheCounts {
  enabled: boolean;
  hit: number;
  shared: number;
  miss: number;
}
interface Row {
  result: Measurement;
  /** req/s of the scenario over the one-PK route's, measured right before it. */
  ratio: number;
  /** Share of catalog answers given from memory (hit or a shared computation), if any were cached. */
  cached: number;
}

async function cacheCounts(base: string): Promise<CacheCounts> {
  const res = await fetch(`${base}/bench/cache-counts`);
  return (await res.json()) as CacheCounts;
}

function report(rows: Row[]): string[] {
  const lines = [
    '| scenario | req/s | p50 | p95 | p99 | vs one-PK req/s | from cache | target | non-2xx / errors |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const { result: r, ratio, cached } of rows) {
    const goal =
      r.kind === 'list'
        ? TARGETS.list
        : r.kind === 'search'
          ? TARGETS.search
          : r.kind === 'orders'
            ? TARGETS.orders
            : r.kind === 'pdf-download'
              ? TARGETS.pdfDownload
              : r.kind === 'messages'
                ? TARGETS.messages
                : undefined;
    const p99 = `p99 ${r.p99 <= TARGETS.p99 ? 'ok' : 'MISSED'}`;
    const verdict = goal === undefined ? p99 : `≥ ${goal * 100} %: ${ratio >= goal ? 'ok' : 'MISSED'}; ${p99}`;
    lines.push(
      `| ${r.name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${
        Number.isFinite(ratio) ? `${Math.round(ratio * 100)} %` : '–'
      } | ${Number.isFinite(cached) ? `${Math.round(cached * 100)} %` : '–'} | ${verdict} | ${r.non2xx} / ${r.errors} |`,
    );
  }
  return lines;
}

const realtimeResults: RealtimeResult[] = [];

async function runAll(cache: 'on' | 'off'): Promise<Row[]> {
  const { worker, ready } = await startServer(cache);
  const base = `http://127.0.0.1:${ready.port}`;
  const loadBefore = os.loadavg();
  console.log(
    `\nbench (catalog cache ${cache}, session cache ${process.env.SESSION_CACHE_MS ?? '5000 (default)'} ms): ${ready.database} (server ${ready.serverVersion}), ${ready.products} products, ` +
      `${ready.orders ? `${ready.orders.count} orders of ${ready.orders.supplier}` : 'no orders'}; ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, ` +
      `load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}; ${CONNECTIONS} connections, ${DURATION} s each`,
  );
  const rows: Row[] = [];
  const plan = scenarios(ready);
  const yardstick = plan.find((s) => s.kind === 'yardstick');
  try {
    for (const scenario of plan) {
      await measure(base, scenario, { connections: CONNECTIONS, duration: 2, record: false });
      // The machine is shared: measure the one-query route right before each scenario (each
      // round of it) too, so the ratio compares runs made under the same outside load.
      const rounds: { result: Measurement; before?: Measurement }[] = [];
      const latencies: number[] = [];
      const countsBefore = await cacheCounts(base);
      for (let round = 0; round < ROUNDS; round++) {
        const before =
          yardstick && scenario !== yardstick
            ? await measure(base, yardstick, {
                connections: CONNECTIONS,
                duration: Math.max(2, DURATION / 2),
                record: false,
              })
            : undefined;
        const options = { connections: CONNECTIONS, duration: DURATION, record: true, sink: latencies };
        rounds.push({ before, result: await measure(base, scenario, options) });
      }
      const countsAfter = await cacheCounts(base);
      const { result, ratio } = pooled(rounds, latencies);
      const before = rounds[0]!.before && { rps: ratio > 0 ? result.rps / ratio : NaN };
      const answered = (c: CacheCounts) => c.hit + c.shared + c.miss;
      const total = answered(countsAfter) - answered(countsBefore);
      const cached =
        countsAfter.enabled && total > 0
          ? (countsAfter.hit + countsAfter.shared - countsBefore.hit - countsBefore.shared) / total
          : NaN;
      rows.push({
        result,
        cached,
        ratio: before ? ratio : result.kind === 'yardstick' ? 1 : NaN,
      });
      console.log(
        `  ${scenario.name.padEnd(30)} ${String(Math.round(result.rps)).padStart(6)} req/s  ` +
          `p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  p99 ${ms(result.p99)}` +
          (before ? `  (one-PK route just before: ~${Math.round(before.rps)} req/s)` : '') +
          (ROUNDS > 1 ? `  (median of ${ROUNDS} rounds)` : '') +
          (Number.isFinite(cached) ? `  (${Math.round(cached * 100)} % from cache)` : '') +
          (result.non2xx || result.errors ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ''),
      );
    }
    if (MESSAGES_REALTIME && ready.messages) {
      const result = await benchMessagesRealtime(worker, ready.port, ready.messages, { rate: 200, seconds: DURATION });
      realtimeResults.push(result);
      console.log(reportRealtime(result).join('\n'));
    }
  } finally {
    await stopServer(worker);
  }
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  return rows;
}

async function main(): Promise<void> {
  const pdf = !ONLY || ONLY.includes('pdf') ? await benchPdf(PDF_RENDERS) : [];
  if (pdf.length) console.log(`\n${pdf.join('\n')}`);
  const runs: { cache: 'on' | 'off'; rows: Row[] }[] = [];
  // --only=pdf needs no server; messages alone need one run (the catalog cache plays no part).
  const modes = ONLY?.every((o) => o.startsWith('messages-')) ? (['on'] as const) : CACHE_MODES!;
  if (!ONLY?.every((o) => o === 'pdf')) for (const cache of modes) runs.push({ cache, rows: await runAll(cache) });
  for (const run of runs) {
    console.log(
      `\n${run.cache === 'on' ? 'Catalog cache on (as configured)' : 'Catalog cache off: every request computed'}\n`,
    );
    console.log(report(run.rows).join('\n'));
  }
  if (pdf.length && runs.length) console.log(`\n${pdf.join('\n')}`);
  for (const result of realtimeResults) console.log(`\n${reportRealtime(result).join('\n')}`);
  if (JSON_OUT) {
    writeFileSync(JSON_OUT, JSON.stringify({ cpus: os.cpus().length, runs, pdf, realtime: realtimeResults }, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
