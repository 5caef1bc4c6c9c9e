import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, uniqueIp } from '../test/accounts-fixtures.js';
import { privateBrand } from '../test/brand-fixtures.js';
import {
  categoryId,
  createCatalogTestApp,
  productBody,
  seller,
  text,
  type CatalogTestApp,
  type Seller,
} from '../test/catalog-fixtures.js';
import { call, mainlandCompany, makeUser, type TestUser } from '../test/supplier-fixtures.js';

type Who = 'visitor' | 'user' | 'supplier' | 'staff';

interface Input {
  who: Who;
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  payload?: object;
  /** The field the 400 must name (VALIDATION_FAILED details path). */
  path: string;
  code?: string;
  /** The client address; a fresh one per input by default. */
  ip?: string;
}

/**
 * Issue 11 finding 3: a NUL byte answered 500 on a dozen inputs (PostgreSQL cannot store
 * U+0000), two of them anonymous. Every text field refuses control characters at the schema
 * with a 400 naming the field; names also refuse bidi overrides and zero-width characters.
 */
describe('text fields refuse control and invisible characters', () => {
  let t: CatalogTestApp;
  let user: TestUser;
  let supplier: Seller;
  let staff: TestUser;
  let category: string;

  beforeAll(async () => {
    t = await createCatalogTestApp();
    user = await makeUser(t);
    supplier = await seller(t);
    staff = await makeUser(t, { staff: true });
    category = await categoryId(t, 'hardware-fasteners');
  });
  afterAll(async () => {
    await t?.close();
  });

  const cookieOf = (who: Who) =>
    ({ visitor: undefined, user: user.cookie, supplier: supplier.cookie, staff: staff.cookie })[who];

  const NUL = '\u0000';
  const inputs = (): Input[] => [
    // The two anonymous 500s of the probe.
    {
      who: 'visitor',
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: `demo${NUL}x`, password: 'x' },
      path: 'body.login',
    },
    { who: 'visitor', method: 'GET', url: '/api/catalog/products?q=drill%00x', path: 'querystring.q' },
    { who: 'visitor', method: 'GET', url: '/api/catalog/products?q=drill%07x', path: 'querystring.q' },
    {
      who: 'visitor',
      method: 'POST',
      url: '/api/auth/password/forgot',
      payload: { email: `a${NUL}b@example.test` },
      path: 'body.email',
    },
    {
      who: 'visitor',
      method: 'POST',
      url: '/api/auth/register/code',
      payload: { email: 'nul-honeypot@example.test', website: `x${NUL}` },
      path: 'body.website',
    },
    {
      who: 'visitor',
      method: 'GET',
      url: `/api/auth/password/reset?token=${'a'.repeat(20)}%00`,
      path: 'querystring.token',
    },
    {
      who: 'user',
      method: 'PUT',
      url: '/api/supplier-application',
      payload: { company: mainlandCompany({ companyNameEn: `Acme${NUL} Ltd.` }) },
      path: 'body.company.companyNameEn',
    },
    {
      who: 'user',
      method: 'PUT',
      url: '/api/supplier-application',
      payload: { company: mainlandCompany({ businessScope: `Bolts${NUL}` }) },
      path: 'body.company.businessScope',
    },
    {
      who: 'user',
      method: 'POST',
      url: '/api/account/email/code',
      payload: { newEmail: `new${NUL}@example.test`, currentPassword: 'x' },
      path: 'body.newEmail',
    },
    {
      who: 'supplier',
      method: 'POST',
      url: '/api/supplier/products',
      payload: productBody(supplier, category, {
        translations: { 'zh-CN': text('螺栓'), en: text(`Bolt${NUL}`) },
      }),
      path: 'body.translations.en.name',
    },
    {
      who: 'supplier',
      method: 'POST',
      url: '/api/supplier/products',
      payload: productBody(supplier, category, {
        translations: { 'zh-CN': text('螺栓'), en: text('Bolt', { descriptionHtml: `<p>a${NUL}</p>` }) },
      }),
      path: 'body.translations.en.descriptionHtml',
    },
    {
      who: 'supplier',
      method: 'POST',
      url: '/api/supplier/products',
      payload: productBody(supplier, category, { modelNumber: `HB${NUL}` }),
      path: 'body.modelNumber',
    },
    {
      who: 'supplier',
      method: 'POST',
      url: '/api/supplier/brands',
      payload: privateBrand(randomUUID(), { nameEn: `Brand${NUL}` }),
      path: 'body.nameEn',
    },
    { who: 'staff', method: 'GET', url: '/api/admin/brands?q=a%00', path: 'querystring.q' },
    { who: 'staff', method: 'GET', url: '/api/admin/supplier-applications?q=a%00', path: 'querystring.q' },
    {
      who: 'staff',
      method: 'POST',
      url: `/api/admin/supplier-applications/${randomUUID()}/reject`,
      payload: { version: 1, reasons: [{ target: 'general', code: 'other', note: `x${NUL}` }] },
      path: 'body.reasons.0.note',
    },
    {
      who: 'staff',
      method: 'POST',
      url: `/api/admin/brands/${randomUUID()}/reject`,
      payload: { version: 1, reasons: [{ target: 'general', code: 'other' }], note: `x${NUL}` },
      path: 'body.note',
    },
    // The mailbox answers this machine only.
    {
      who: 'visitor',
      method: 'GET',
      url: '/dev/mailbox/messages.json?to=a%00',
      path: 'querystring.to',
      ip: '127.0.0.1',
    },
  ];

  it('answers 400 naming the field, never 500, for a control character in any text input', async () => {
    const all = inputs();
    const wrong: string[] = [];
    for (const input of all) {
      const res = await call(t.app, input.method, input.url, {
        cookie: cookieOf(input.who),
        payload: input.payload,
        ip: input.ip ?? uniqueIp(),
      });
      const details = res.statusCode === 400 ? (errorOf(res).details ?? []) : [];
      const named = details.some((d) => d.path === input.path && d.code === (input.code ?? 'control_character'));
      if (!named) wrong.push(`${input.method} ${input.url} (${input.path}) → ${res.statusCode} ${res.body}`);
    }
    // Every input listed at once, so one run shows all that are still open.
    expect(wrong).toEqual([]);
    console.info(`control characters refused on ${all.length} inputs`);
  });

  it('keeps line breaks and tabs in multi-line text', async () => {
    const res = await call(t.app, 'POST', '/api/supplier/products', {
      cookie: supplier.cookie,
      payload: productBody(supplier, category, {
        translations: { 'zh-CN': text('螺栓'), en: text('Bolt', { sellingPoints: 'Strong\nRust-free\r\n\tCheap' }) },
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses bidi overrides and zero-width characters in names', async () => {
    const disguised = [
      'Acme\u202Egnp.exe',
      'Pay\u200Bpal',
      'Acme\u2066x\u2069',
      '\uFEFFAcme',
      'Ac\u2060me',
      'A\u200Dcme',
    ];
    for (const name of disguised) {
      const res = await call(t.app, 'POST', '/api/supplier/products', {
        cookie: supplier.cookie,
        payload: productBody(supplier, category, { translations: { 'zh-CN': text('螺栓'), en: text(name) } }),
      });
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(errorOf(res).details).toContainEqual(
        expect.objectContaining({ path: 'body.translations.en.name', code: 'invisible_character' }),
      );
      const company = await call(t.app, 'PUT', '/api/supplier-application', {
        cookie: user.cookie,
        payload: { company: mainlandCompany({ companyNameEn: name }) },
      });
      expect(company.statusCode, JSON.stringify(name)).toBe(400);
      expect(errorOf(company).details).toContainEqual(
        expect.objectContaining({ path: 'body.company.companyNameEn', code: 'invisible_character' }),
      );
    }
  });
});
