import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsTestApp, login, registerUser, type AccountsTestApp } from '../test/accounts-fixtures.js';

/** ASVS 14.3: a signed-in person's API answers are never kept by a browser's or proxy's cache. */
describe('caching of private answers', () => {
  let t: AccountsTestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createAccountsTestApp();
    const user = await registerUser(t.app);
    cookie = await login(t.app, user.accountName, user.password);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a signed-in API request with Cache-Control: no-store', async () => {
    for (const url of [
      '/api/account/sessions',
      '/api/account/two-factor',
      '/api/supplier-application',
      '/api/catalog/products',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('leaves anonymous catalog answers and a route’s own policy alone', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/catalog/products' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['cache-control']).toBeUndefined();
    const sitemap = await t.app.inject({ method: 'GET', url: '/sitemap.xml', headers: { cookie } });
    expect(sitemap.headers['cache-control']).not.toBe('no-store');
  });
});
