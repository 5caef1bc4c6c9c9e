import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailCodes, errorOf } from '../../test/accounts-fixtures.js';
import {
  browse,
  CATALOG,
  categoryId,
  createCatalogTestApp,
  createProduct,
  createProductRequest,
  getIn,
  insertBrand,
  PRODUCTS,
  productBody,
  productOf,
  productPage,
  seller,
  setShelf,
  shelfRequest,
  text,
  updateProductRequest,
  type CatalogTestApp,
  type Seller,
} from '../../test/catalog-fixtures.js';
import { call, makeUser, upload } from '../../test/supplier-fixtures.js';
import { png } from '../../test/upload-corpus.js';
import { brands } from '../brands/brands.tables.js';
import { products } from './catalog.tables.js';

let t: CatalogTestApp;
let bolts: string;
beforeAll(async () => {
  t = await createCatalogTestApp();
  bolts = await categoryId(t, 'hardware-fasteners');
});
afterAll(async () => t?.close());

/** The `path: code` pairs of a 400 answer. */
function problems(res: Awaited<ReturnType<typeof createProductRequest>>): string[] {
  expect(res.statusCode, res.body).toBe(400);
  expect(errorOf(res).code).toBe('VALIDATION_FAILED');
  return (errorOf(res).details ?? []).map((d) => `${d.path}: ${d.code}`);
}

type SupplierRow = { id: string; status: string; name: string; locales: string[] };
async function myProducts(who: Seller, query = '', locale: 'en' | 'zh-CN' = 'en') {
  const res = await getIn(t, `${PRODUCTS}${query}`, locale, who.cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: SupplierRow[]; total: number }>();
}

describe('New Product: languages and validation', () => {
  it('requires the Chinese and English names, and takes Russian and Spanish as optional', async () => {
    const who = await seller(t);
    const missing = await createProductRequest(t, who, {
      ...productBody(who, bolts),
      translations: { 'zh-CN': text(' '), en: text('') },
    });
    expect(problems(missing)).toEqual(
      expect.arrayContaining(['body.translations.zh-CN.name: required', 'body.translations.en.name: required']),
    );
    const noChinese = await createProductRequest(t, who, {
      ...productBody(who, bolts),
      translations: { en: text('Hex bolt'), ru: text('Болт') },
    });
    expect(problems(noChinese).some((p) => p.startsWith('body.translations.zh-CN'))).toBe(true);

    const minimal = await createProduct(t, who, productBody(who, bolts));
    expect(Object.keys(minimal.product.translations).sort()).toEqual(['en', 'zh-CN']);
    const full = await createProduct(
      t,
      who,
      productBody(who, bolts, {
        translations: {
          'zh-CN': text('六角螺栓'),
          en: text('Hex bolt'),
          ru: text('Болт шестигранный'),
          es: text('Tornillo hexagonal'),
        },
      }),
    );
    expect(full.product.translations.ru?.name).toBe('Болт шестигранный');
    const rows = (await myProducts(who)).items;
    expect(rows.find((r) => r.id === minimal.id)?.locales).toEqual(['zh-CN', 'en']);
    expect(rows.find((r) => r.id === full.id)?.locales).toEqual(['zh-CN', 'en', 'ru', 'es']);
  });

  it('explains each invalid field: tiers, MOQ, HS code, prices, pictures', async () => {
    const who = await seller(t);
    const body = productBody(who, bolts);
    const tiers = await createProductRequest(t, who, {
      ...body,
      moq: 50,
      priceTiers: [
        { minQuantity: 100, unitPrice: '1.00' },
        { minQuantity: 100, unitPrice: '0.90' },
      ],
    });
    expect(problems(tiers)).toEqual(
      expect.arrayContaining([
        'body.priceTiers.1.minQuantity: tiers_not_ascending',
        'body.priceTiers.0.minQuantity: first_tier_above_moq',
      ]),
    );
    expect(problems(await createProductRequest(t, who, { ...body, hsCode: '73AB' }))).toEqual([
      'body.hsCode: hs_code_invalid',
    ]);
    expect(
      problems(await createProductRequest(t, who, { ...body, priceTiers: [{ minQuantity: 1, unitPrice: '1.23456' }] })),
    ).toEqual(['body.priceTiers.0.unitPrice: amount_invalid']);
    const eleven = Array.from({ length: 11 }, () => randomUUID());
    expect(problems(await createProductRequest(t, who, { ...body, imageFileIds: eleven }))).toEqual([
      'body.imageFileIds: too_many',
    ]);
    const picture = await upload(t.app, who.cookie, 'product_image', 'bolt.png', await png());
    const twice = await createProductRequest(t, who, { ...body, imageFileIds: [picture.id, picture.id] });
    expect(problems(twice)).toEqual(['imageFileIds: duplicate_image']);
    const ok = await createProduct(t, who, { ...body, imageFileIds: [picture.id] });
    expect(ok.images.map((i) => i.id)).toEqual([picture.id]);
  });

  it('keeps structure only in descriptions: no scripts, event handlers or links', async () => {
    const who = await seller(t);
    const html =
      '<p onclick="steal()">Strong <strong>bolt</strong><script>alert(1)</script></p>' +
      '<img src="x" onerror="alert(2)"><a href="https://evil.example">see here</a><ul><li>M8</li></ul>';
    const created = await createProduct(
      t,
      who,
      productBody(who, bolts, { translations: { 'zh-CN': text('螺栓'), en: text('Bolt', { descriptionHtml: html }) } }),
    );
    const stored = created.product.translations.en.descriptionHtml!;
    expect(stored).toBe('<p>Strong <strong>bolt</strong></p>see here<ul><li>M8</li></ul>');
    for (const bad of ['script', 'alert', 'onclick', 'onerror', '<img', '<a', 'href'])
      expect(stored).not.toContain(bad);
    await setShelf(t, who, [created.id], true);
    expect((await productPage(t, created.id)).descriptionHtml).toBe(stored);
  });
});

describe('who may publish what', () => {
  it('refuses anonymous callers and plain users', async () => {
    const who = await seller(t);
    const anonymous = await call(t.app, 'POST', PRODUCTS, { payload: productBody(who, bolts) });
    expect(anonymous.statusCode).toBe(401);
    const user = await makeUser(t);
    for (const res of [
      await createProductRequest(t, user, productBody(who, bolts)),
      await call(t.app, 'GET', PRODUCTS, { cookie: user.cookie }),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(errorOf(res).code).toBe('SUPPLIER_NOT_APPROVED');
    }
  });

  it('accepts only the supplier’s own approved brand, on create and when putting on the shelf', async () => {
    const who = await seller(t);
    for (const status of ['pending', 'rejected', 'expired'] as const) {
      const brand = await insertBrand(t, who, { status });
      const res = await createProductRequest(t, who, productBody({ brandId: brand.id }, bolts));
      expect(res.statusCode, status).toBe(400);
      expect(errorOf(res).details).toEqual([
        expect.objectContaining({ path: 'brandId', code: 'brand_not_approved', params: { status } }),
      ]);
    }
    const other = await seller(t);
    const foreign = await createProductRequest(t, who, productBody(other, bolts));
    expect(problems(foreign)).toEqual(['brandId: brand_unknown']);

    for (const status of ['pending', 'rejected', 'expired'] as const) {
      const brand = await insertBrand(t, who);
      const draft = await createProduct(t, who, productBody({ brandId: brand.id }, bolts));
      await t.database.db.update(brands).set({ status }).where(eq(brands.id, brand.id));
      const res = await shelfRequest(t, who, [draft.id], true);
      expect(res.statusCode, status).toBe(400);
      expect(detailCodes(res)).toEqual(['brand_not_approved']);
      const [row] = await t.database.db.select().from(products).where(eq(products.id, draft.id));
      expect(row?.status).toBe('draft');
    }
  });

  it('refuses the shelf once the brand’s valid-until day has passed, even before the expiry job', async () => {
    const who = await seller(t);
    const draft = await createProduct(t, who, productBody(who, bolts));
    const yesterday = new Date(t.clock.now().getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    await t.database.db.update(brands).set({ validUntil: yesterday }).where(eq(brands.id, who.brandId));
    const res = await shelfRequest(t, who, [draft.id], true);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      expect.objectContaining({ code: 'brand_not_approved', params: { status: 'expired' } }),
    ]);
    const [row] = await t.database.db.select().from(products).where(eq(products.id, draft.id));
    expect(row?.status).toBe('draft');
  });

  it('hides another supplier’s products: 404 on read, edit, shelf and remove', async () => {
    const owner = await seller(t);
    const intruder = await seller(t);
    const product = await createProduct(t, owner, productBody(owner, bolts));
    const url = `${PRODUCTS}/${product.id}`;
    const answers = [
      await call(t.app, 'GET', url, { cookie: intruder.cookie }),
      await updateProductRequest(t, intruder, product.id, product.version, productBody(intruder, bolts)),
      await shelfRequest(t, intruder, [product.id], true),
      await call(t.app, 'DELETE', url, { cookie: intruder.cookie }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    expect((await myProducts(intruder)).total).toBe(0);
    expect(productOf(await call(t.app, 'GET', url, { cookie: owner.cookie })).status).toBe('draft');
  });
});

describe('editing with versions', () => {
  it('lets the first of two saves of the same version win; the second gets 409 and overwrites nothing', async () => {
    const who = await seller(t);
    const created = await createProduct(t, who, productBody(who, bolts));
    const first = productBody(who, bolts, { translations: { 'zh-CN': text('第一版'), en: text('First tab') } });
    const second = productBody(who, bolts, {
      translations: { 'zh-CN': text('第二版'), en: text('Second tab') },
      moq: 1000,
      priceTiers: [{ minQuantity: 1000, unitPrice: '9.99' }],
    });
    const saved = productOf(await updateProductRequest(t, who, created.id, created.version, first));
    expect(saved.version).toBe(created.version + 1);
    const late = await updateProductRequest(t, who, created.id, created.version, second);
    expect(late.statusCode, late.body).toBe(409);
    expect(errorOf(late).code).toBe('VERSION_CONFLICT');
    const now = productOf(await call(t.app, 'GET', `${PRODUCTS}/${created.id}`, { cookie: who.cookie }));
    expect(now.version).toBe(saved.version);
    expect(now.product.translations.en.name).toBe('First tab');
    expect(now.product.moq).toBe(100);
    expect(now.product.priceTiers).toEqual([
      { minQuantity: 100, unitPrice: '0.12' },
      { minQuantity: 1000, unitPrice: '0.095' },
    ]);
  });
});

describe('on and off the shelf, removal', () => {
  it('goes draft → on_shelf → off_shelf → on_shelf and refuses illegal moves with 409', async () => {
    const who = await seller(t);
    const { id } = await createProduct(t, who, productBody(who, bolts));
    const offDraft = await shelfRequest(t, who, [id], false);
    expect(offDraft.statusCode).toBe(409);
    expect(errorOf(offDraft).code).toBe('INVALID_TRANSITION');
    expect((await setShelf(t, who, [id], true))[0]?.status).toBe('on_shelf');
    expect((await shelfRequest(t, who, [id], true)).statusCode).toBe(409);
    expect((await browse(t, { supplier: who.supplierId })).items.map((i) => i.id)).toEqual([id]);
    expect((await setShelf(t, who, [id], false))[0]?.status).toBe('off_shelf');
    expect((await browse(t, { supplier: who.supplierId })).total).toBe(0);
    expect((await getIn(t, `${CATALOG}/${id}`)).statusCode).toBe(404);
    expect((await setShelf(t, who, [id], true))[0]?.status).toBe('on_shelf');
    expect((await myProducts(who, '?status=on_shelf')).items.map((r) => r.id)).toEqual([id]);
  });

  it('moves many at once, or none when one of them cannot move', async () => {
    const who = await seller(t);
    const a = await createProduct(t, who, productBody(who, bolts));
    const b = await createProduct(t, who, productBody(who, bolts));
    const c = await createProduct(t, who, productBody(who, bolts));
    const moved = await setShelf(t, who, [a.id, b.id], true);
    expect(moved.map((m) => m.status)).toEqual(['on_shelf', 'on_shelf']);
    const mixed = await shelfRequest(t, who, [a.id, c.id], false);
    expect(mixed.statusCode).toBe(409);
    const rows = await myProducts(who);
    expect(Object.fromEntries(rows.items.map((r) => [r.id, r.status]))).toEqual({
      [a.id]: 'on_shelf',
      [b.id]: 'on_shelf',
      [c.id]: 'draft',
    });
    expect((await browse(t, { supplier: who.supplierId })).total).toBe(2);
  });

  it('removes a product from the list and the catalog but keeps the row', async () => {
    const who = await seller(t);
    const { id } = await createProduct(t, who, productBody(who, bolts));
    await setShelf(t, who, [id], true);
    const removed = await call(t.app, 'DELETE', `${PRODUCTS}/${id}`, { cookie: who.cookie });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await myProducts(who)).items).toEqual([]);
    expect((await browse(t, { supplier: who.supplierId })).items).toEqual([]);
    expect((await getIn(t, `${CATALOG}/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `${PRODUCTS}/${id}`, { cookie: who.cookie })).statusCode).toBe(404);
    expect((await shelfRequest(t, who, [id], true)).statusCode).toBe(404);
    const [row] = await t.database.db.select().from(products).where(eq(products.id, id));
    expect(row?.removedAt).toBeInstanceOf(Date);
  });

  it('lists the supplier’s products in the chosen language with a text filter', async () => {
    const who = await seller(t);
    await createProduct(
      t,
      who,
      productBody(who, bolts, { translations: { 'zh-CN': text('法兰螺母'), en: text('Flange nut') } }),
    );
    await createProduct(t, who, productBody(who, bolts));
    const zh = await myProducts(who, '?q=flange', 'zh-CN');
    expect(zh.items.map((r) => r.name)).toEqual(['法兰螺母']);
    expect((await myProducts(who)).total).toBe(2);
  });
});
