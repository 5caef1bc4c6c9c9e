import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../test/test-database.js';
import { installErrorHandler } from './error-handler.js';
import type { ErrorBody } from './errors.js';

/**
 * Defence in depth behind the schemas (issue 11 finding 3): text that PostgreSQL cannot store
 * (U+0000) and that reached the database some other way — a multipart file name, a header, a
 * route whose schema forgot safeText — is the client's fault: 400, never a 500.
 */
describe('database refusals of unstorable text', () => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = Fastify({ logger: false });
    installErrorHandler(app);
    app.post('/echo', async (request) => {
      const { value } = request.body as { value: string };
      await database.db.execute(sql`select ${value}::text as value`);
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 400 BAD_REQUEST when the database refuses a NUL byte', async () => {
    const res = await app.inject({ method: 'POST', url: '/echo', payload: { value: 'demo\u0000x' } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ErrorBody>().code).toBe('BAD_REQUEST');
    expect(res.body).not.toMatch(/0x00|UTF8|select/i);
  });

  it('still answers 500 for a genuine database failure', async () => {
    const fine = await app.inject({ method: 'POST', url: '/echo', payload: { value: 'demo x' } });
    expect(fine.statusCode, fine.body).toBe(200);
    const failing = Fastify({ logger: false });
    installErrorHandler(failing);
    failing.get('/fail', async () => database.db.execute(sql`select * from no_such_table`));
    expect((await failing.inject({ url: '/fail' })).statusCode).toBe(500);
    await failing.close();
  });
});
