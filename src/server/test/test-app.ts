import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Clock } from '../platform/clock.js';
import type { MailTransport } from '../platform/mail/transport.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** The real app on a private database, for app.inject() tests. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { serveWeb?: boolean } = {},
): Promise<TestApp> {
  return startTestApp(await createTestDatabase(), { env, serveWeb: options.serveWeb });
}

/**
 * The real app in the test configuration on `database` (closed with it); every test-app factory
 * builds through here so they differ only in the database, clock and mail transport they give.
 */
export async function startTestApp(
  database: Database,
  options: {
    env?: Record<string, string>;
    clock?: Clock;
    mailTransport?: MailTransport;
    serveWeb?: boolean;
    onRoute?: (route: RouteOptions) => void;
  } = {},
): Promise<TestApp> {
  // The anonymous flood limit is off in tests (many run from one address); its own test turns it on.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: '.tmp/test-data',
    API_RATE_LIMIT_PER_MINUTE: '0',
    ...options.env,
  });
  const app = await buildApp({
    config,
    database,
    clock: options.clock,
    mailTransport: options.mailTransport,
    serveWeb: options.serveWeb ?? false,
    onRoute: options.onRoute,
  });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
