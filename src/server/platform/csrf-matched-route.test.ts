import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentUser, errorOf, futureClock } from '../test/accounts-fixtures.js';
import { fastSupplier, relogin, type TestSupplier } from '../test/brand-fixtures.js';
import { createCatalogTestApp, type CatalogTestApp } from '../test/catalog-fixtures.js';
import { multipart, pdf } from '../test/upload-corpus.js';

const EVIL = 'https://evil.example';

/**
 * Issue 11 finding 1: the guard looked at the raw URL for "/api/" while the router decodes it,
 * so "/%61pi/…" reached the route unguarded. Every spelling that the router maps to a route
 * must meet the guard; the ones it does not map must not reach a handler either.
 */
describe('CSRF guard follows the matched route, not the raw URL', () => {
  let t: CatalogTestApp;
  let supplier: TestSupplier;

  beforeAll(async () => {
    t = await createCatalogTestApp(futureClock());
    supplier = await fastSupplier(t);
  });
  // A fresh session per test: one test's successful forgery must not hide another's.
  beforeEach(async () => {
    supplier = await relogin(t, supplier);
  });
  afterAll(async () => {
    await t?.close();
  });

  const expectRefused = (res: LightMyRequestResponse, spelling: string) => {
    expect(res.statusCode, `${spelling}: ${res.body}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, spelling).toBeLessThan(500);
  };

  const LOGOUT_SPELLINGS = [
    '/%61pi/auth/logout',
    '/%61%70%69/auth/logout',
    '/api/auth/%6cogout',
    '/api/%2e%2e/api/auth/logout',
    '//api/auth/logout',
    '/api//auth/logout',
    '/api/auth/logout?x=/dev/',
  ];

  it('refuses a cross-site text/plain logout under every spelling, and the session survives', async () => {
    for (const url of LOGOUT_SPELLINGS) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: supplier.cookie, origin: EVIL, 'content-type': 'text/plain' },
        payload: 'x',
      });
      expectRefused(res, url);
      expect(await currentUser(t.app, supplier.cookie), url).not.toBeNull();
    }
    const encoded = await t.app.inject({
      method: 'POST',
      url: '/%61pi/auth/logout',
      headers: { cookie: supplier.cookie, origin: EVIL, 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(encoded.statusCode).toBe(403);
    expect(errorOf(encoded).code).toBe('CSRF_REJECTED');
  });

  it('refuses a cross-site multipart upload to /%61pi/files', async () => {
    for (const url of ['/%61pi/files?purpose=supplier_material', '/api/%66iles?purpose=supplier_material']) {
      const body = multipart('licence.pdf', pdf());
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: supplier.cookie, origin: EVIL, 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(403);
      expect(errorOf(res).code).toBe('CSRF_REJECTED');
    }
  });

  it('refuses a cross-site shelf change at /%61pi/supplier/products/shelf', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/%61pi/supplier/products/shelf',
      headers: { cookie: supplier.cookie, origin: EVIL },
      payload: { ids: [randomUUID()], onShelf: true },
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(errorOf(res).code).toBe('CSRF_REJECTED');
  });

  it('still lets the same spelling through from our own origin (the guard, not the router, refused it)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/%61pi/supplier/products/shelf',
      headers: { cookie: supplier.cookie, origin: 'http://localhost:80' },
      payload: { ids: [randomUUID()], onShelf: true },
    });
    expect(res.statusCode, res.body).not.toBe(403);
  });

  it('applies the access guard to the matched route too', async () => {
    for (const url of ['/%61pi/account/sessions', '/api/%61ccount/sessions']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
  });
});
