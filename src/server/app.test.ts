import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from './platform/errors.js';
import { createTestApp, type TestApp } from './test/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the app (real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /healthz answers 200 ok', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ status: string; uptimeSeconds: number }>();
    expect(body.status).toBe('ok');
    expect(typeof body.uptimeSeconds).toBe('number');
  });

  it('GET /readyz pings the database and names its kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('GET /api/site gives the default support phone and the four locales', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      name: 'Buttress Roots',
      supportPhone: '+86 15010706836',
      locales: ['zh-CN', 'en', 'ru', 'es'],
      locale: 'en',
    });
  });

  it('GET /api/site negotiates the locale from Accept-Language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/site',
      headers: { 'accept-language': 'ru,en;q=0.5' },
    });
    expect(res.json<{ locale: string }>().locale).toBe('ru');
    const zh = await t.app.inject({
      method: 'GET',
      url: '/api/site',
      headers: { 'accept-language': 'zh-TW,en;q=0.8' },
    });
    expect(zh.json<{ locale: string }>().locale).toBe('zh-CN');
  });

  it('GET /api/site lets the br_lang cookie win over Accept-Language, and ignores a bad cookie', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/site',
      headers: { 'accept-language': 'ru,en;q=0.5', cookie: 'br_lang=es' },
    });
    expect(res.json<{ locale: string }>().locale).toBe('es');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/site',
      headers: { 'accept-language': 'ru,en;q=0.5', cookie: 'br_lang=xx' },
    });
    expect(bad.json<{ locale: string }>().locale).toBe('ru');
  });

  it('GET /api/openapi.json is OpenAPI 3.1 and lists /api/site but not the hidden probes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBe('Buttress Roots API');
    expect(doc.paths['/api/site']?.get).toBeDefined();
    expect(doc.paths['/healthz']).toBeUndefined();
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('GET /api/docs serves the Swagger UI page', async () => {
    let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops++) {
      const location = res.headers.location;
      if (typeof location !== 'string') break;
      res = await t.app.inject({ method: 'GET', url: new URL(location, 'http://localhost/api/docs').pathname });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Swagger UI');
  });

  it('answers an unknown API route with a JSON 404 carrying the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/x' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('NOT_FOUND');
    expect(typeof body.message).toBe('string');
    expect(body.message.length).toBeGreaterThan(0);
    expect(body.requestId).toMatch(UUID);
    expect(res.headers['x-request-id']).toBe(body.requestId);
  });

  it('gives every request its own id', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/healthz' });
    const b = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('keeps a well-formed incoming x-request-id and replaces a malformed one', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/api/nope', headers: { 'x-request-id': 'proxy-req.0001' } });
    expect(kept.headers['x-request-id']).toBe('proxy-req.0001');
    expect(kept.json<ErrorBody>().requestId).toBe('proxy-req.0001');

    const replaced = await t.app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'x-request-id': 'bad id\r\n<script>' },
    });
    expect(replaced.headers['x-request-id']).toMatch(UUID);
    const short = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc' } });
    expect(short.headers['x-request-id']).toMatch(UUID);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Not production: no HSTS (it would pin plain-http localhost).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('app configuration', () => {
  it('SUPPORT_PHONE overrides the phone in /api/site', async () => {
    const t = await createTestApp({ SUPPORT_PHONE: '+1 555 0100' });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/site' });
      expect(res.json<{ supportPhone: string }>().supportPhone).toBe('+1 555 0100');
    } finally {
      await t.close();
    }
  });

  it('sends HSTS in production', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/site' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await t.close();
    }
  });
});

/** A bare Fastify with the platform's zod compilers, error handler and access control. */
