/**
 * The benchmark's server, run in a worker thread of `npm run bench` so that the load generator
 * (autocannon, main thread) and the app do not share one event loop. Builds the real app from the
 * environment's config, adds one tiny route doing a single primary-key select (the yardstick),
 * listens on 127.0.0.1 on an ephemeral port and reports the port and sample ids to the parent.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { notFound } from '../../src/server/platform/errors.js';
import { brands } from '../../src/server/modules/brands/brands.tables.js';
import { categories, products } from '../../src/server/modules/catalog/catalog.tables.js';
import { suppliers } from '../../src/server/modules/suppliers/suppliers.tables.js';
import { seedCategories } from '../../src/server/modules/catalog/index.js';
import {
  createSession,
  revokeSessionByToken,
  sessionCookieName,
} from '../../src/server/modules/accounts/session.repo.js';
import { orders } from '../../src/server/modules/orders/orders.tables.js';
import { describeDatabase, openConfiguredDatabase } from './database.js';
import { seedMessagesBench, type MessagesBench } from './seed-messages.js';

export interface ServerReady {
  port: number;
  database: string;
  serverVersion: string;
  products: number;
  visibleIds: string[];
  categoryId: string;
  /** "Order Management": the benchmark supplier's session cookie and up to 1,000 of its order ids. */
  orders?: { cookie: string; supplier: string; count: number; ids: string[] };
  /** A generated contract of the benchmark supplier (its buyer accepted a seeded offer), rendered once. */
  contractPdf?: { path: string; bytes: number };
  /** The same export order's commercial invoice (version 1, the supplier's draft), rendered once. */
  invoicePdf?: { path: string; bytes: number };
  /** The same order's proforma invoice, rendered once. */
  proformaPdf?: { path: string; bytes: number };
  /** The messages benchmark's accounts (only when asked for: BENCH_MESSAGES=1). */
  messages?: MessagesBench;
}

/** What the parent asks the worker for between phases: this isolate's memory and the streams held. */
export interface ServerMemory {
  rss: number;
  heapUsed: number;
  external: number;
  streams: number;
}

/**
 * Signs the supplier with the most orders in, as the login route does (a remembered session
 * row; only the token's hash is stored), so that autocannon can send its cookie.
 */
async function ordersSupplierSession(): Promise<ServerReady['orders']> {
  const { db } = database;
  const [top] = await db
    .select({ supplierId: orders.supplierId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(orders)
    .groupBy(orders.supplierId)
    .orderBy(sql`count(*) desc`)
    .limit(1);
  if (!top) return undefined;
  const [owner] = await db
    .select({ userId: suppliers.userId, name: suppliers.nameEn })
    .from(suppliers)
    .where(eq(suppliers.id, top.supplierId));
  const session = await createSession(db, {
    userId: owner!.userId,
    remember: true,
    origin: { ip: '127.0.0.1', userAgent: 'npm run bench' },
    now: new Date(),
    roles: [],
  });
  const sample = await db
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.supplierId, top.supplierId))
    .orderBy(sql`md5(${orders.id}::text)`)
    .limit(1000);
  return {
    cookie: `${sessionCookieName(config.secureCookies)}=${session.token}`,
    supplier: owner!.name ?? top.supplierId,
    count: top.n,
    ids: sample.map((r) => r.id),
  };
}

/** Sessions the benchmark opened, revoked when it ends. */
const benchTokens: string[] = [];

/**
 * "Invoice & Contract": the buyer of one of the benchmark supplier's open export offers accepts it
 * through the real route (the contract and the draft commercial invoice are generated in that
 * transaction), and its PDFs (with the proforma) are downloaded once (rendered and cached), so the scenarios measure
 * cached downloads.
 */
async function acceptedOrderPdfs(
  supplierCookie: string | undefined,
): Promise<Pick<ServerReady, 'contractPdf' | 'invoicePdf' | 'proformaPdf'>> {
  if (!supplierCookie) return {};
  const { db } = database;
  const [offer] = await db
    .select({ id: orders.id, version: orders.version, buyerUserId: orders.buyerUserId })
    .from(orders)
    .where(
      and(
        eq(orders.status, 'awaiting_acceptance'),
        eq(orders.tradeType, 'export'),
        sql`${orders.offerValidUntil} >= current_date`,
      ),
    )
    .orderBy(sql`${orders.createdAt} desc`)
    .limit(1);
  if (!offer) return {};
  const buyer = await createSession(db, {
    userId: offer.buyerUserId,
    remember: true,
    origin: { ip: '127.0.0.1', userAgent: 'npm run bench' },
    now: new Date(),
    roles: [],
  });
  benchTokens.push(buyer.token);
  const accepted = await app.inject({
    method: 'POST',
    url: `/api/orders/${offer.id}/events`,
    headers: { cookie: `${sessionCookieName(config.secureCookies)}=${buyer.token}`, origin: config.publicUrl },
    payload: { event: 'accept', version: offer.version },
  });
  if (accepted.statusCode !== 200) throw new Error(`bench: accepting an offer failed: ${accepted.body}`);
  const download = async (path: string) => {
    const first = await app.inject({ method: 'GET', url: path, headers: { cookie: supplierCookie } });
    if (first.statusCode !== 200) throw new Error(`bench: ${path} failed: ${first.statusCode}`);
    return { path, bytes: first.rawPayload.length };
  };
  return {
    contractPdf: await download(`/api/orders/${offer.id}/contract/versions/1/pdf`),
    invoicePdf: await download(`/api/orders/${offer.id}/export-invoice/versions/1/commercial-invoice.pdf`),
    proformaPdf: await download(`/api/orders/${offer.id}/proforma-invoice.pdf`),
  };
}

const env = workerData as Record<string, string | undefined>;
// The anonymous flood limit would throttle the load generator (one address): off for the benchmark.
const config = loadConfig({ ...env, LOG_LEVEL: env.LOG_LEVEL || 'warn', API_RATE_LIMIT_PER_MINUTE: '0' });
const database = await openConfiguredDatabase(config);
await runMigrations(database);
await seedCategories(database.db);
const app = await buildApp({ config, database, serveWeb: false });

// The yardstick: the cheapest useful route, one select by primary key, through the same
// validation, serialization and driver as every other route.
app.get(
  '/bench/pk/:id',
  {
    config: { access: 'public' },
    schema: {
      hide: true,
      params: z.object({ id: z.uuid() }),
      response: { 200: z.object({ id: z.uuid(), status: z.string(), version: z.number().int() }) },
    },
  },
  async (request) => {
    const { id } = request.params as { id: string };
    const [row] = await database.db
      .select({ id: products.id, status: products.status, version: products.version })
      .from(products)
      .where(eq(products.id, id));
    if (!row) throw notFound('Product');
    return row;
  },
);

// How the catalog cache answered so far (hits / shared computations / misses).
app.get('/bench/cache-counts', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
  enabled: app.catalogCache.responses.enabled,
  ...app.catalogCache.responses.counts,
}));

await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const { db } = database;
const versionResult = (await db.execute(sql`select current_setting('server_version') as v`)) as unknown as {
  rows: { v: string }[];
};
const [count] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(products);
const visible = await db
  .select({ id: products.id })
  .from(products)
  .innerJoin(brands, eq(brands.id, products.brandId))
  .where(and(eq(products.status, 'on_shelf'), isNull(products.removedAt), eq(brands.status, 'approved')))
  .orderBy(sql`md5(${products.id}::text)`)
  .limit(1000);
const [hardware] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'hardware'));

const ready: ServerReady = {
  port: typeof address === 'object' && address ? address.port : 0,
  database: describeDatabase(config),
  serverVersion: versionResult.rows[0]?.v ?? '?',
  products: count?.n ?? 0,
  visibleIds: visible.map((r) => r.id),
  categoryId: hardware!.id,
  orders: await ordersSupplierSession(),
};
Object.assign(ready, await acceptedOrderPdfs(ready.orders?.cookie));
if (env.BENCH_MESSAGES === '1') {
  ready.messages = await seedMessagesBench(database.db, {
    origin: config.publicUrl,
    secureCookies: config.secureCookies,
  });
  benchTokens.push(...ready.messages.tokens);
}
parentPort!.on('message', (message: { type: string }) => {
  if (message.type !== 'memory') return;
  // A full collection first, so the before/after heap difference is what the streams hold.
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  const usage = process.memoryUsage();
  const memory: ServerMemory = {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    external: usage.external,
    streams: app.messageStream.counts().connections,
  };
  parentPort!.postMessage({ type: 'memory', memory });
});
parentPort!.postMessage({ type: 'ready', ready });
parentPort!.on('message', (message: { type: string }) => {
  if (message.type !== 'close') return;
  // Requests that autocannon abandoned at the end of a run may still be in their handlers.
  // The benchmark's sign-in ends with it.
  const token = ready.orders?.cookie.split('=')[1];
  if (token) benchTokens.push(token);
  void app
    .close()
    .then(() => Promise.all(benchTokens.map((t) => revokeSessionByToken(database.db, t, new Date()))))
    .then(() => new Promise((resolve) => setTimeout(resolve, 1000)))
    .then(() => database.close())
    .then(() => parentPort!.postMessage({ type: 'closed' }));
});
