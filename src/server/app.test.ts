import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installAccessControl, requiresDeclaredAccess, type RequestUser } from './platform/access.js';
import { installErrorHandler } from './platform/error-handler.js';
import { AppError, type ErrorBody } from './platform/errors.js';
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
function platformApp(): FastifyInstance {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installAccessControl(app);
  return app;
}

describe('access control', () => {
  it('knows which URLs must declare access', () => {
    expect(requiresDeclaredAccess('/api/site')).toBe(true);
    expect(requiresDeclaredAccess('/api/orders/:id')).toBe(true);
    expect(requiresDeclaredAccess('/api/docs')).toBe(false);
    expect(requiresDeclaredAccess('/api/docs/static/*')).toBe(false);
    expect(requiresDeclaredAccess('/api/openapi.json')).toBe(false);
    expect(requiresDeclaredAccess('/healthz')).toBe(false);
    expect(requiresDeclaredAccess('/')).toBe(false);
  });

  it('refuses an /api route registered without config.access', async () => {
    const app = platformApp();
    await expect(
      (async () => {
        app.get('/api/unprotected', async () => ({ ok: true }));
        await app.ready();
      })(),
    ).rejects.toThrow(/GET \/api\/unprotected does not declare config\.access/);
    await app.close().catch(() => undefined);
  });

  it('also refuses one registered inside a plugin with an /api prefix', async () => {
    const app = platformApp();
    await expect(
      (async () => {
        await app.register(
          async (scope) => {
            scope.post('/things', async () => ({ ok: true }));
          },
          { prefix: '/api' },
        );
        await app.ready();
      })(),
    ).rejects.toThrow(/POST \/api\/things does not declare config\.access/);
    await app.close().catch(() => undefined);
  });

  it('does not require access on non-API routes', async () => {
    const app = platformApp();
    app.get('/plain', async () => ({ ok: true }));
    await app.ready();
    expect((await app.inject({ url: '/plain' })).statusCode).toBe(200);
    await app.close();
  });

  describe('guards', () => {
    let app: FastifyInstance;

    beforeAll(async () => {
      app = platformApp();
      // Stands in for the session plugin: a test header says who is signed in.
      app.addHook('onRequest', async (request) => {
        const who = request.headers['x-test-user'];
        const users: Record<string, RequestUser> = {
          buyer: { id: 'u1', sessionId: 's1', roles: [], supplierApproved: false },
          supplier: { id: 'u2', sessionId: 's2', roles: [], supplierApproved: true },
          staff: { id: 'u3', sessionId: 's3', roles: ['staff'], supplierApproved: false },
        };
        if (typeof who === 'string' && users[who]) request.user = users[who];
      });
      app.get('/api/public', { config: { access: 'public' } }, async () => ({ ok: true }));
      app.get('/api/me', { config: { access: 'user' } }, async (request) => ({ id: request.user?.id }));
      app.get('/api/supply', { config: { access: 'supplier' } }, async () => ({ ok: true }));
      app.get('/api/staff', { config: { access: 'staff' } }, async () => ({ ok: true }));
      let preHandlerRan = false;
      app.get(
        '/api/with-prehandler',
        {
          config: { access: 'user' },
          preHandler: async () => {
            preHandlerRan = true;
            throw new Error('the route preHandler must not run before the guard');
          },
        },
        async () => ({ ok: true }),
      );
      app.get('/api/prehandler-ran', { config: { access: 'public' } }, async () => ({ preHandlerRan }));
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
    });

    async function call(url: string, who?: string) {
      const res = await app.inject({ method: 'GET', url, headers: who ? { 'x-test-user': who } : {} });
      return { status: res.statusCode, body: res.json<ErrorBody & Record<string, unknown>>() };
    }

    it('lets anyone call a public route', async () => {
      expect(await call('/api/public')).toEqual({ status: 200, body: { ok: true } });
    });

    it('answers 401 UNAUTHENTICATED to an anonymous caller of a user route', async () => {
      const { status, body } = await call('/api/me');
      expect(status).toBe(401);
      expect(body.code).toBe('UNAUTHENTICATED');
      expect(typeof body.requestId).toBe('string');
      expect(await call('/api/me', 'buyer')).toEqual({ status: 200, body: { id: 'u1' } });
    });

    it('answers 403 SUPPLIER_NOT_APPROVED to a user who is not an approved supplier', async () => {
      expect((await call('/api/supply')).status).toBe(401);
      const { status, body } = await call('/api/supply', 'buyer');
      expect(status).toBe(403);
      expect(body.code).toBe('SUPPLIER_NOT_APPROVED');
      expect((await call('/api/supply', 'supplier')).status).toBe(200);
    });

    it('answers 403 FORBIDDEN to a non-staff user on a staff route', async () => {
      const { status, body } = await call('/api/staff', 'supplier');
      expect(status).toBe(403);
      expect(body.code).toBe('FORBIDDEN');
      expect((await call('/api/staff', 'staff')).status).toBe(200);
      expect((await call('/api/staff')).status).toBe(401);
    });

    it('runs the guard before the route own preHandlers', async () => {
      expect((await call('/api/with-prehandler')).status).toBe(401);
      expect((await call('/api/prehandler-ran')).body).toEqual({ preHandlerRan: false });
    });
  });
});

describe('error handler', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    const base = platformApp();
    const zapp = base.withTypeProvider<ZodTypeProvider>();
    zapp.post(
      '/api/things',
      {
        config: { access: 'public' },
        schema: {
          body: z.object({ name: z.string().min(2), quantity: z.number().int().positive() }),
          response: { 200: z.object({ name: z.string() }) },
        },
      },
      async (request) => ({ name: request.body.name }),
    );
    zapp.get(
      '/api/list',
      {
        config: { access: 'public' },
        schema: { querystring: z.object({ limit: z.coerce.number().int().max(100) }) },
      },
      async (request) => ({ limit: request.query.limit }),
    );
    zapp.get('/api/conflict', { config: { access: 'public' } }, async () => {
      throw new AppError('VERSION_CONFLICT', 'The product was changed by someone else');
    });
    zapp.get('/api/limited', { config: { access: 'public' } }, async () => {
      throw new AppError('RATE_LIMITED', 'Slow down', undefined, { 'retry-after': '17' });
    });
    zapp.get('/api/with-details', { config: { access: 'public' } }, async () => {
      throw new AppError('VALIDATION_FAILED', 'Bad code', [{ path: 'company.code', code: 'checksum' }]);
    });
    zapp.get('/api/boom', { config: { access: 'public' } }, async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    });
    zapp.get(
      '/api/bad-response',
      { config: { access: 'public' }, schema: { response: { 200: z.object({ id: z.uuid() }) } } },
      async () => ({ id: 'not-a-uuid, secret internal value' }),
    );
    app = base;
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 400 VALIDATION_FAILED with a detail per problem', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/things', payload: { name: 'a', quantity: 1.5 } });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(typeof body.message).toBe('string');
    expect(typeof body.requestId).toBe('string');
    const details = body.details ?? [];
    expect(details.map((d) => d.path).sort()).toEqual(['body.name', 'body.quantity']);
    const name = details.find((d) => d.path === 'body.name');
    expect(name?.code).toBe('too_small');
    expect(name?.params).toMatchObject({ minimum: 2 });
    const quantity = details.find((d) => d.path === 'body.quantity');
    expect(quantity?.code).toMatch(/^[a-z][a-z0-9_.]*$/);
  });

  it('names a missing field and the query string in the path', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/things', payload: { name: 'ok' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().details).toEqual([
      expect.objectContaining({ path: 'body.quantity', code: 'invalid_type' }),
    ]);

    const query = await app.inject({ method: 'GET', url: '/api/list?limit=1000' });
    expect(query.statusCode).toBe(400);
    expect(query.json<ErrorBody>().details).toEqual([
      expect.objectContaining({ path: 'querystring.limit', code: 'too_big' }),
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/list?limit=10' })).json()).toEqual({ limit: 10 });
  });

  it('passes a valid request through', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/things', payload: { name: 'bolts', quantity: 3 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: 'bolts' });
  });

  it('answers 400 BAD_REQUEST to malformed JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().code).toBe('BAD_REQUEST');
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE to an unknown content type', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json<ErrorBody>().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an AppError with its status, code, message and details', async () => {
    const conflict = await app.inject({ method: 'GET', url: '/api/conflict' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toEqual({
      code: 'VERSION_CONFLICT',
      message: 'The product was changed by someone else',
      requestId: expect.any(String),
    });

    const details = await app.inject({ method: 'GET', url: '/api/with-details' });
    expect(details.statusCode).toBe(400);
    expect(details.json<ErrorBody>().details).toEqual([{ path: 'company.code', code: 'checksum' }]);
  });

  it('sends the headers an AppError carries', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/limited' });
    expect(res.statusCode).toBe(429);
    expect(res.json<ErrorBody>().code).toBe('RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('17');
  });

  it('answers an unexpected Error with 500 INTERNAL and hides its message', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json<ErrorBody>();
    expect(body).toEqual({ code: 'INTERNAL', message: 'Internal server error', requestId: expect.any(String) });
    expect(res.body).not.toContain('ECONNREFUSED');
    expect(res.body).not.toContain('hunter2');
  });

  it('answers a response that breaks its schema with 500 INTERNAL, without the data', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/bad-response' });
    expect(res.statusCode).toBe(500);
    expect(res.json<ErrorBody>().code).toBe('INTERNAL');
    expect(res.body).not.toContain('secret internal value');
  });
});
