import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installAccessControl, requiresDeclaredAccess, type RequestUser } from './access.js';
import { installErrorHandler } from './error-handler.js';
import { AppError, type ErrorBody } from './errors.js';

/** Access control and the error handler on a bare Fastify instance (no database needed). */
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
          buyer: {
            id: 'u1',
            sessionId: 's1',
            roles: [],
            supplierId: null,
            supplierApproved: false,
            mfaVerified: false,
            mfaFresh: false,
          },
          supplier: {
            id: 'u2',
            sessionId: 's2',
            roles: [],
            supplierId: '00000000-0000-4000-8000-000000000002',
            supplierApproved: true,
            mfaVerified: false,
            mfaFresh: false,
          },
          staff: {
            id: 'u3',
            sessionId: 's3',
            roles: ['reviewer'],
            supplierId: null,
            supplierApproved: false,
            mfaVerified: true,
            mfaFresh: true,
          },
          admin: {
            id: 'u4',
            sessionId: 's4',
            roles: ['admin'],
            supplierId: null,
            supplierApproved: false,
            mfaVerified: true,
            mfaFresh: true,
          },
        };
        if (typeof who === 'string' && users[who]) request.user = users[who];
      });
      app.get('/api/public', { config: { access: 'public' } }, async () => ({ ok: true }));
      app.get('/api/me', { config: { access: 'user' } }, async (request) => ({ id: request.user?.id }));
      app.get('/api/supply', { config: { access: 'supplier' } }, async () => ({ ok: true }));
      app.get('/api/staff', { config: { access: 'staff' } }, async () => ({ ok: true }));
      app.get('/api/admin-only', { config: { access: 'admin' } }, async () => ({ ok: true }));
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

    it('lets admins into staff routes, and only admins into admin routes', async () => {
      expect((await call('/api/staff', 'admin')).status).toBe(200);
      expect(await call('/api/admin-only', 'admin')).toEqual({ status: 200, body: { ok: true } });
      const { status, body } = await call('/api/admin-only', 'staff');
      expect(status).toBe(403);
      expect(body.code).toBe('FORBIDDEN');
      expect((await call('/api/admin-only', 'supplier')).status).toBe(403);
      expect((await call('/api/admin-only')).status).toBe(401);
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
