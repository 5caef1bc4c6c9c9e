import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { ERROR_STATUS, type ErrorBody } from './errors.js';

/** Errors the router raises before any route runs (found by the schema fuzz suite). */
describe('router errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it.each([
    ['a path parameter over the router’s length limit', `/api/catalog/products/${'A'.repeat(300)}`, 414],
    ['a malformed escape in the path', '/api/catalog/products/%E0%A4%A', 400],
  ])('%s: answered in the error vocabulary, without echoing the path', async (_, url, status) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    const body = res.json<ErrorBody>();
    expect(Object.keys(ERROR_STATUS)).toContain(body.code);
    expect(body.requestId).toEqual(res.headers['x-request-id']);
    expect(res.body).not.toContain('AAAAAAAAAA');
    expect(res.body).not.toContain('%E0');
  });
});
