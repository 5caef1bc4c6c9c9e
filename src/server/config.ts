import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the platform reads, parsed once at start-up.
 * Nothing else in the code base reads process.env (see docs/ARCHITECTURE.md).
 */
const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /**
   * Interface to listen on: 127.0.0.1 by default outside production (a development server has
   * the dev mailbox and published demo passwords), 0.0.0.0 in production (containers, proxies).
   */
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public base URL used in emails and sitemaps; defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** Where PGlite data, uploaded files and the lock file live. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** When set, real PostgreSQL is used instead of the embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Customer support phone shown in the header (the guide's number by default). */
  SUPPORT_PHONE: z.string().min(3).max(40).default('+86 15010706836'),
  /** Set when behind a reverse proxy so client IPs (rate limits, audit) come from X-Forwarded-For. */
  TRUST_PROXY: booleanString.default(false),
  /** Where the built web app lives; `npm run build` writes it there. */
  WEB_DIST_DIR: z.string().min(1).default('./dist/web'),
  /** smtp(s)://user:pass@host:port — without it mail is kept and shown at /dev/mailbox (never in production). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Buttress Roots <no-reply@buttressroots.local>'),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  /**
   * Where uploads and generated files live: unset → DATA_DIR/files; `s3://bucket[/prefix]?endpoint=…&region=…`
   * → an S3-compatible store (credentials from the usual AWS_* variables). docs/deployment.md.
   */
  FILE_STORE: z
    .string()
    .regex(
      /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[^?]*)?(\?.*)?$/,
      'must look like s3://bucket?endpoint=…&region=…',
    )
    .optional(),
  /** Lets a scraper outside this machine read /metrics with `Authorization: Bearer …` (loopback needs none). */
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  /** How often the messages digest looks for messages unread for 10 minutes (issue 14). */
  MESSAGE_DIGEST_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /** Largest accepted upload, per file, in bytes (10 MB by default). */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Public holidays skipped when counting review working days: comma-separated yyyy-mm-dd. */
  PUBLIC_HOLIDAYS: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})(,\s*\d{4}-\d{2}-\d{2})*$/, 'must be a comma-separated list of yyyy-mm-dd dates')
    .optional(),
  /** Weekend days that are official working days (China's adjusted workdays), same format. */
  EXTRA_WORKDAYS: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})(,\s*\d{4}-\d{2}-\d{2})*$/, 'must be a comma-separated list of yyyy-mm-dd dates')
    .optional(),
  /** How long a catalog answer may be served from memory at most; 0 turns the catalog cache off. */
  CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** How often each instance looks for catalog changes announced by other instances. */
  CATALOG_CACHE_SYNC_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  /**
   * How long a resolved session may be used from this instance's memory at most (a safety net:
   * changes are announced at once through the database, docs/decisions/0014-session-cache.md);
   * 0 turns the session cache off.
   */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  /** How many sessions the cache keeps at most (least recently used out first). */
  SESSION_CACHE_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Fill an empty platform with demo accounts and products at start-up; on unless NODE_ENV=production. */
  DEMO_DATA: booleanString.optional(),
  /**
   * Anonymous API requests per client address and minute, per instance (a flood limit, see
   * platform/api-rate-limit.ts); 0 turns it off (the benchmark does).
   */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /**
   * Multiplies every per-key rate limit (registration codes, password resets, email changes). For
   * the browser journeys only, where every account is registered from 127.0.0.1; never in production.
   */
  RATE_LIMIT_SCALE: z.coerce.number().int().min(1).max(1000).default(1),
  /** Graceful shutdown budget in milliseconds. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /**
   * Longest a client may take to send a whole request, body included (408 after it): long enough
   * for a 10 MB upload at ~0.7 Mbit/s, short enough that a stalled body does not hold a socket.
   */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
});

const dateList = (value: string | undefined) => (value ? value.split(',').map((d) => d.trim()) : []);

/**
 * A default calendar of mainland China's 2026 public holidays and adjusted workdays, which the
 * review clock follows. Operations must check it against the State Council's notice each year
 * and extend it with PUBLIC_HOLIDAYS / EXTRA_WORKDAYS (see README).
 */
const DEFAULT_HOLIDAYS = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-03',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-02-23',
  '2026-04-04',
  '2026-04-05',
  '2026-04-06',
  '2026-05-01',
  '2026-05-02',
  '2026-05-03',
  '2026-05-04',
  '2026-05-05',
  '2026-06-19',
  '2026-06-20',
  '2026-06-21',
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
];
const DEFAULT_EXTRA_WORKDAYS = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

export type Config = z.infer<typeof envSchema> & {
  /** The interface main.ts listens on (HOST, or the default for NODE_ENV). */
  host: string;
  /** Whether main.ts fills an empty platform with the demo data (src/server/demo). */
  demoData: boolean;
  publicUrl: string;
  dataDir: string;
  webDistDir: string;
  isProduction: boolean;
  /** Session cookies get the Secure flag in production or whenever the site is served over HTTPS. */
  secureCookies: boolean;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the given environment (process.env by default); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as "not set", as in most twelve-factor tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(cleaned[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.SMTP_URL) {
    throw new ConfigError([
      'SMTP_URL: required when NODE_ENV=production (the dev mailbox is never served in production)',
    ]);
  }
  if (c.NODE_ENV === 'production' && c.RATE_LIMIT_SCALE !== 1) {
    throw new ConfigError(['RATE_LIMIT_SCALE: only for the browser journeys, never in production']);
  }
  if (c.NODE_ENV === 'production' && c.DEMO_DATA) {
    throw new ConfigError(['DEMO_DATA: never in production (the demo accounts have published passwords)']);
  }
  return {
    ...c,
    host: c.HOST ?? (c.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    demoData: c.DEMO_DATA ?? c.NODE_ENV !== 'production',
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    dataDir: path.resolve(c.DATA_DIR),
    webDistDir: path.resolve(c.WEB_DIST_DIR),
    isProduction: c.NODE_ENV === 'production',
    secureCookies: c.NODE_ENV === 'production' || (c.PUBLIC_URL ?? '').startsWith('https://'),
    holidays: new Set([...DEFAULT_HOLIDAYS, ...dateList(c.PUBLIC_HOLIDAYS)]),
    extraWorkdays: new Set([...DEFAULT_EXTRA_WORKDAYS, ...dateList(c.EXTRA_WORKDAYS)]),
  };
}
