import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/client.js';
import { jobRunCounts, outboxBacklog } from './metrics.repo.js';

/** What the app's parts report at each scrape (the catalog cache's counts, live connections…). */
export interface MetricsSources {
  database: Database;
  /** Cumulative answers of the catalog cache by source (hit / shared / miss). */
  catalogCache?: () => { hit: number; shared: number; miss: number };
  /** Open real-time (SSE) connections on this instance. */
  realtimeConnections?: () => number;
}

// Process metrics (CPU, memory, event-loop lag, GC) exist once per process, however many apps
// a test builds; each app has its own registry for the rest, merged at scrape.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

function appRegistry(sources: MetricsSources): { registry: Registry; requests: Histogram<string> } {
  const registry = new Registry();
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer, by method, matched route (never the raw URL) and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const { database } = sources;
  new Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting requests); absent with PGlite',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = database.poolStats?.();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  const backlog = new Gauge({
    name: 'mail_outbox_pending',
    help: 'Mails waiting in the transactional outbox',
    registers: [registry],
  });
  const oldest = new Gauge({
    name: 'mail_outbox_oldest_pending_seconds',
    help: 'Age of the oldest mail waiting in the outbox',
    registers: [registry],
    async collect() {
      const { pending, oldestSeconds } = await outboxBacklog(database.db);
      backlog.set(pending);
      this.set(oldestSeconds);
    },
  });
  void oldest;
  new Gauge({
    name: 'job_runs',
    help: 'Scheduled job runs claimed across all instances, by job and whether they finished',
    labelNames: ['job', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await jobRunCounts(database.db)) {
        this.set({ job: row.job, state: 'finished' }, row.finished);
        this.set({ job: row.job, state: 'unfinished' }, row.unfinished);
      }
    },
  });
  if (sources.catalogCache) {
    const read = sources.catalogCache;
    new Counter({
      name: 'catalog_cache_answers_total',
      help: 'Anonymous catalog answers by source: hit (memory), shared (joined a computation), miss (computed)',
      labelNames: ['source'],
      registers: [registry],
      collect() {
        const counts = read();
        this.reset();
        this.inc({ source: 'hit' }, counts.hit);
        this.inc({ source: 'shared' }, counts.shared);
        this.inc({ source: 'miss' }, counts.miss);
      },
    });
  }
  if (sources.realtimeConnections) {
    const read = sources.realtimeConnections;
    new Gauge({
      name: 'realtime_connections',
      help: 'Open real-time message streams on this instance',
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  }
  return { registry, requests };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may scrape: a caller with `Authorization: Bearer METRICS_TOKEN`, or a loopback caller that
 * did not come through a proxy (a reverse proxy on the same machine connects from loopback too,
 * and always adds a forwarding header). Everyone else gets the same 404 as any unknown path.
 */
export function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  const header = request.headers.authorization;
  if (token && typeof header === 'string') {
    const given = Buffer.from(header);
    const expected = Buffer.from(`Bearer ${token}`);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  }
  const proxied = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((h) => request.headers[h] !== undefined);
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && !proxied;
}

/** GET /metrics in the Prometheus text format (docs/deployment.md: what to watch). */
export function installMetrics(app: FastifyInstance, sources: MetricsSources, token: string | undefined): void {
  const { registry, requests } = appRegistry(sources);
  app.addHook('onResponse', async (request, reply) => {
    requests.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, token)) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Not found' } });
    }
    const merged = Registry.merge([processMetrics(), registry]);
    return reply
      .header('content-type', merged.contentType)
      .header('cache-control', 'no-store')
      .send(await merged.metrics());
  });
}
