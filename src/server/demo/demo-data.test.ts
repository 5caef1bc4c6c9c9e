import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { DEMO_ACCOUNTS, seedDemoData } from './demo-data.js';
import { DEMO_PRODUCTS } from './demo-catalog.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = (url: string, locale = 'en', cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: { 'x-locale': locale, ...(cookie ? { cookie } : {}) } });
const post = (url: string, payload: object, cookie: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: { origin: 'http://localhost', cookie } });
async function signIn(account: { accountName: string; password: string }) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: 'http://localhost' },
    payload: { login: account.accountName, password: account.password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const session = res.cookies.find((c) => c.name === 'br_session');
  return `br_session=${session!.value}`;
}

describe('demo data', () => {
  it('fills an empty platform through the API: a catalog in four languages, a supplier, an applicant, staff', async () => {
    expect(await seedDemoData(t.app, t.database.db)).toEqual(DEMO_ACCOUNTS);

    const en = (await get('/api/catalog/products')).json<{
      items: { id: string; name: string; supplier: { id: string } }[];
      total: number;
    }>();
    expect(en.total).toBe(DEMO_PRODUCTS.length);
    expect(en.items.map((i) => i.name)).toContain('Stainless steel hex bolt M8');
    expect((await get(`/api/catalog/products/${en.items[0]!.id}`, 'es')).statusCode).toBe(200);
    expect((await get(`/api/suppliers/${en.items[0]!.supplier.id}`)).statusCode).toBe(200);
    const zh = (await get(`/api/catalog/products?q=${encodeURIComponent('螺栓')}`, 'zh-CN')).json<{
      items: { name: string; contentLocale: string }[];
    }>();
    expect(zh.items).toEqual([expect.objectContaining({ name: '不锈钢六角螺栓 M8', contentLocale: 'zh-CN' })]);
    const ru = (await get(`/api/catalog/products?q=${encodeURIComponent('болт')}`, 'ru')).json<{
      items: { contentLocale: string }[];
    }>();
    expect(ru.items[0]?.contentLocale).toBe('ru');

    const supplier = await signIn(DEMO_ACCOUNTS.supplier);
    const mine = (await get('/api/supplier/products', 'en', supplier)).json<{ items: { status: string }[] }>();
    expect(mine.items.map((p) => p.status)).toEqual(DEMO_PRODUCTS.map(() => 'on_shelf'));
    const brands = (await get('/api/supplier/brands', 'en', supplier)).json<{
      brands: { kind: string; status: string }[];
    }>();
    expect(brands.brands.map((b) => [b.kind, b.status]).sort()).toEqual([
      ['agency', 'approved'],
      ['private', 'approved'],
    ]);

    // The seed's own authenticator is gone: the demo staff enrols theirs at first login, as real staff do.
    const staff = await signIn(DEMO_ACCOUNTS.staff);
    const blocked = await get('/api/admin/supplier-applications', 'en', staff);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<{ code: string }>().code).toBe('MFA_ENROLMENT_REQUIRED');
    const { secret } = (await post('/api/account/two-factor/enrolment', {}, staff)).json<{ secret: string }>();
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    expect((await post('/api/account/two-factor/enrolment/confirm', { code }, staff)).statusCode).toBe(200);
    const queue = (await get('/api/admin/supplier-applications', 'en', staff)).json<{ items: { status: string }[] }>();
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]?.status).toBe('submitted');
    await signIn(DEMO_ACCOUNTS.applicant);
  });

  it('does nothing on a platform that already has accounts', async () => {
    expect(await seedDemoData(t.app, t.database.db)).toBeUndefined();
    const en = (await get('/api/catalog/products')).json<{ total: number }>();
    expect(en.total).toBe(DEMO_PRODUCTS.length);
  });
});
