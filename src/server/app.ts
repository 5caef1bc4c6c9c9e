import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerHealthModule } from './modules/health/index.js';
import { registerSiteModule } from './modules/site/index.js';
import { installAccessControl } from './platform/access.js';
import { httpServerOptions } from './platform/http-server-options.js';
import { installApiRateLimit } from './platform/api-rate-limit.js';
import { setRateLimitScale } from './platform/rate-limiter.js';
import { frameworkError, installErrorHandler, jsonNotFound } from './platform/error-handler.js';
import { installLocale } from './platform/locale.js';
import { loggerOptions } from './platform/logging.js';
import { installPrivateAnswerCaching, installSecurityHeaders } from './platform/security-headers.js';
import { firstPreview, staticPreviews } from './platform/shell-preview.js';
import { installWebApp } from './platform/web-app.js';
import { installCompression } from './platform/compression.js';
import { registerAccountsModule } from './modules/accounts/index.js';
import { createFileStore, registerFilesModule, type FileStore } from './modules/files/index.js';
import { registerSuppliersModule, suppliers, supplierStatusOf } from './modules/suppliers/index.js';
import { registerBrandsModule } from './modules/brands/index.js';
import { registerOrdersModule } from './modules/orders/index.js';
import { registerBuyersModule } from './modules/buyers/index.js';
import { contractOnOrderTransition, registerContractsModule } from './modules/contracts/index.js';
import { exportInvoiceOnOrderTransition, registerInvoicesModule } from './modules/invoices/index.js';
import {
  refreshBuyerConversationSearch,
  registerMessagesModule,
  type MessageDigestWorker,
} from './modules/messages/index.js';
import { registerMessageStream } from './modules/messages/message-stream.js';
import { createPdfService } from './platform/pdf/index.js';
import { registerCatalogModule, takeBrandProductsOffShelf, type CatalogCache } from './modules/catalog/index.js';
import { rateLimitPruneJob } from './platform/housekeeping.js';
import { JobScheduler } from './platform/jobs.js';
import type { ModuleContext } from './platform/module-context.js';
import { systemClock, type Clock } from './platform/clock.js';
import { installCsrfGuard } from './platform/csrf.js';
import { installMetrics } from './platform/metrics/metrics.js';
import { devMailboxRoutes } from './platform/mail/dev-mailbox.routes.js';
import { createMailer } from './platform/mail/outbox.js';
import { createDevMailboxTransport, createSmtpTransport, type MailTransport } from './platform/mail/transport.js';
import { MailWorker } from './platform/mail/worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The outbox worker; main.ts starts it, tests call runOnce(). */
    mailWorker: MailWorker;
    /** Daily jobs (brand expiry…); main.ts starts it, tests call tick() or run a job directly. */
    scheduler: JobScheduler;
    /** Cached anonymous catalog answers; main.ts starts its sync with other instances. */
    catalogCache: CatalogCache;
    /** The messages' 10-minute email digest; main.ts starts it, tests call runOnce(now). */
    messageDigest: MessageDigestWorker;
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Where uploads are kept; local disk under DATA_DIR/files by default. */
  fileStore?: FileStore;
  /** Where the mail worker delivers; SMTP when SMTP_URL is set, else the dev mailbox. */
  mailTransport?: MailTransport;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Sees every route as it is registered (tests enumerate the route table with it). */
  onRoute?: (route: RouteOptions) => void;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the whole platform as one Fastify instance; main.ts listens, tests use inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.LOG_LEVEL),
    // One hop: the reverse proxy in front. request.ip is then the address that proxy saw (the last
    // X-Forwarded-For entry), not whatever a client wrote into the header before it.
    trustProxy: config.TRUST_PROXY ? (_address: string, hop: number) => hop < 1 : false,
    // Accept a caller's request id (from a proxy) only when it looks like one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkError,
    ...httpServerOptions(config),
  }).withTypeProvider<ZodTypeProvider>();

  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  installErrorHandler(app);
  installAccessControl(app);
  await app.register(fastifyCookie);
  installLocale(app);
  installCsrfGuard(app, config.publicUrl);
  installApiRateLimit(app, { perMinute: config.API_RATE_LIMIT_PER_MINUTE });
  setRateLimitScale(config.RATE_LIMIT_SCALE);
  installSecurityHeaders(app, { production: config.isProduction });
  installPrivateAnswerCaching(app);
  // After the hooks that only set headers, before any route: every text answer above 1 KB.
  installCompression(app);
  // First, so its timing hook sees every route; the sources are read at each scrape.
  installMetrics(
    app,
    {
      database,
      catalogCache: () => app.catalogCache.responses.counts,
      realtimeConnections: () => app.messageStream.counts().connections,
    },
    config.METRICS_TOKEN,
  );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Buttress Roots API', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerHealthModule(app, { database });
  await registerSiteModule(app, { config });

  const transport =
    deps.mailTransport ??
    (config.SMTP_URL ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM) : createDevMailboxTransport());
  const mailWorker = new MailWorker({
    db: database.db,
    transport,
    clock,
    log: app.log,
    maxAttempts: config.MAIL_MAX_ATTEMPTS,
    pollIntervalMs: config.MAIL_POLL_INTERVAL_MS,
  });
  app.decorate('mailWorker', mailWorker);
  app.addHook('onClose', async () => mailWorker.stop());
  const mailer = createMailer({ supportPhone: config.SUPPORT_PHONE, clock, onEnqueued: () => mailWorker.wake() });

  // What every module is built with, declared once; each module's deps name the part it uses.
  const context: ModuleContext = {
    db: database.db,
    clock,
    mailer,
    publicUrl: config.publicUrl,
    holidays: config.holidays,
    extraWorkdays: config.extraWorkdays,
  };
  const accounts = await registerAccountsModule(app, {
    ...context,
    database,
    sessionCache: { maxAgeMs: config.SESSION_CACHE_MS, maxEntries: config.SESSION_CACHE_ENTRIES },
    secureCookies: config.secureCookies,
    supplierStatus: supplierStatusOf,
    supplierTable: suppliers,
    staffSetupReachableRemotely: config.PUBLIC_URL !== undefined,
  });
  const files = await registerFilesModule(app, {
    db: database.db,
    store: deps.fileStore ?? (await createFileStore(config.FILE_STORE, config.dataDir)),
    maxBytes: config.MAX_UPLOAD_BYTES,
  });
  const suppliersModule = await registerSuppliersModule(app, { ...context, files, sessions: accounts.sessions });
  const brandJobs = await registerBrandsModule(app, {
    ...context,
    files,
    takeProductsOffShelf: takeBrandProductsOffShelf,
  });
  // A saved "Buyer information" renames the buyer in its conversations' search (messages module).
  await registerBuyersModule(app, { ...context, buyerNamesSaved: refreshBuyerConversationSearch });
  const { catalogCache, preview: catalogPreview } = await registerCatalogModule(app, {
    ...context,
    files,
    cache: { maxAgeMs: config.CATALOG_CACHE_SECONDS * 1000, syncIntervalMs: config.CATALOG_CACHE_SYNC_MS },
  });
  // Other modules' parts of an order's transitions, run inside them (at `accept`: the contract and
  // an export order's draft commercial invoice).
  const orderListeners = [contractOnOrderTransition({ clock }), exportInvoiceOnOrderTransition({ clock })];
  const orderJobs = await registerOrdersModule(app, { ...context, files, onTransition: orderListeners });
  // Contracts and invoices (guide 5.2, 5.3): PDFs rendered off the request thread, cached by content.
  const pdf = createPdfService({ db: database.db });
  app.addHook('onClose', async () => pdf.close());
  await registerContractsModule(app, { ...context, files, pdf, orderListeners });
  await registerInvoicesModule(app, { ...context, files, pdf });
  // The communication window (issue 14): conversations, messages, reports and the email digest.
  const messageDigest = await registerMessagesModule(app, {
    ...context,
    files,
    digestIntervalMs: config.MESSAGE_DIGEST_INTERVAL_MS,
  });
  app.decorate('messageDigest', messageDigest);
  // Messages in real time (issue 14): one LISTEN per instance, Server-Sent Events to the parties.
  registerMessageStream(app, { db: database.db, database });
  // The one scheduler: each job runs once per run key across all instances (jobs.ts claims the run).
  const scheduler = new JobScheduler({
    db: database.db,
    clock,
    log: app.log,
    jobs: [...accounts.jobs, ...brandJobs, ...orderJobs, rateLimitPruneJob({ db: database.db })],
    // Only the brand jobs change what buyers see (an expired brand's products leave the shelf).
    onFinished: (job) => (brandJobs.some((j) => j.name === job) ? catalogCache.announce() : undefined),
  });
  app.decorate('scheduler', scheduler);
  app.addHook('onClose', async () => scheduler.stop());

  if (!config.isProduction) await app.register(devMailboxRoutes(database.db));

  if (deps.serveWeb === false) app.setNotFoundHandler(jsonNotFound);
  else
    await installWebApp(app, config.webDistDir, {
      supportPhone: config.SUPPORT_PHONE,
      preview: firstPreview([staticPreviews, catalogPreview, suppliersModule.preview]),
    });
  return app;
}
