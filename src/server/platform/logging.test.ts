import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../test/test-database.js';
import { loggerOptions, redactUrl } from './logging.js';

describe('redactUrl', () => {
  it('hides the values of secret query parameters and keeps the rest', () => {
    expect(redactUrl('/en/reset-password?token=abc123&lang=en')).toBe('/en/reset-password?token=[redacted]&lang=en');
    expect(redactUrl('/x?q=bolt&Code=123456&api%5Fkey=zz')).toBe('/x?q=bolt&Code=[redacted]&api%5Fkey=[redacted]');
    expect(redactUrl('/api/catalog/products?q=drill')).toBe('/api/catalog/products?q=drill');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});

describe('request logs', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '.tmp/test-data' });
    app = await buildApp({ config, database, serveWeb: false, logger: loggerOptions('info', sink) });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('never write a password-reset token, a session cookie or a body', async () => {
    const token = 'reset-token-that-must-not-be-logged';
    await app.inject({ method: 'GET', url: `/en/reset-password?token=${token}` });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: 'br_session=session-cookie-value', origin: 'http://localhost:3000' },
      payload: { login: 'someone', password: 'password-in-a-body-123' },
    });
    const log = lines.join('');
    expect(log).toContain('/en/reset-password?token=[redacted]');
    expect(log).toContain('/api/auth/login');
    expect(log).not.toContain(token);
    expect(log).not.toContain('session-cookie-value');
    expect(log).not.toContain('password-in-a-body-123');
  });
});
