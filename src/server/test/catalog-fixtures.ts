/**
 * Test data for products and the catalog (guide 4): approved suppliers and brands written
 * directly (fast), product bodies in four languages, and the supplier and catalog calls.
 * The app runs on a statement-recording database (query-counter.ts).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { Locale } from '../../shared/locales.js';
import type {
  CatalogItem,
  ProductPage,
  productInputSchema,
  supplierProductSchema,
} from '../../shared/schemas/products.js';
import { brands } from '../modules/brands/brands.tables.js';
import { categories } from '../modules/catalog/catalog.tables.js';
import { files } from '../modules/files/files.tables.js';
import type { FakeClock } from './fake-clock.js';
import { futureClock, unique, type AccountsTestApp } from './accounts-fixtures.js';
import { fastSupplier, type TestSupplier } from './brand-fixtures.js';
import { createCountingTestDatabase, type CountingDatabase } from './query-counter.js';
import { call, type TestUser } from './supplier-fixtures.js';
import { startTestApp } from './test-app.js';

export const PRODUCTS = '/api/supplier/products';
export const CATALOG = '/api/catalog/products';

export type ProductBody = z.input<typeof productInputSchema>;
export type SupplierProduct = z.infer<typeof supplierProductSchema>;
export type TextBody = ProductBody['translations']['en'];

export interface CatalogTestApp extends AccountsTestApp {
  database: CountingDatabase;
}

/** The real app on a private, statement-recording database, with a fake clock. */
export async function createCatalogTestApp(clock: FakeClock = futureClock()): Promise<CatalogTestApp> {
  const database = await createCountingTestDatabase();
  return { ...(await startTestApp(database, { clock })), database, clock };
}

export async function categoryId(t: CatalogTestApp, slug: string): Promise<string> {
  const [row] = await t.database.db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
  if (!row) throw new Error(`no category ${slug}`);
  return row.id;
}

export interface BrandOptions {
  status?: 'approved' | 'pending' | 'rejected' | 'expired';
  /** The brand's last valid day (yyyy-mm-dd), null for none. */
  validUntil?: string | null;
  nameEn?: string;
  nameZh?: string | null;
}

/** A brand row of `supplier` (approved by default) with a certificate file, written directly. */
export async function insertBrand(t: CatalogTestApp, supplier: TestSupplier, options: BrandOptions = {}) {
  const now = t.clock.now();
  const [certificate] = await t.database.db
    .insert(files)
    .values({
      ownerId: supplier.id,
      purpose: 'brand_certificate',
      storageKey: `test/${randomUUID()}`,
      originalName: 'certificate.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
    })
    .returning({ id: files.id });
  const validUntil = options.validUntil === undefined ? '2099-12-31' : options.validUntil;
  const [brand] = await t.database.db
    .insert(brands)
    .values({
      supplierId: supplier.supplierId,
      kind: 'private',
      status: options.status ?? 'approved',
      nameEn: options.nameEn ?? `Brand ${unique()}`,
      nameZh: options.nameZh ?? null,
      trademarkNumber: `TM${unique()}`,
      trademarkCountry: 'CN',
      niceClasses: [6],
      certificateKind: 'registration',
      certificateFileId: certificate!.id,
      trademarkValidUntil: validUntil,
      validUntil,
      submittedAt: now,
      decidedAt: now,
    })
    .returning({ id: brands.id, nameEn: brands.nameEn });
  return { id: brand!.id, nameEn: brand!.nameEn! };
}

export interface Seller extends TestSupplier {
  brandId: string;
}

/** An approved supplier with one approved brand. */
export async function seller(t: CatalogTestApp, brand: BrandOptions = {}, locale?: Locale): Promise<Seller> {
  const supplier = await fastSupplier(t, locale ? { locale } : {});
  return { ...supplier, brandId: (await insertBrand(t, supplier, brand)).id };
}

export const text = (name: string, extra: Partial<TextBody> = {}): TextBody => ({ name, ...extra });

/** A complete, valid "New Product" body. */
export function productBody(
  who: { brandId: string },
  category: string,
  overrides: Partial<ProductBody> = {},
): ProductBody {
  return {
    translations: { 'zh-CN': text('不锈钢六角螺栓'), en: text('Stainless steel hex bolt') },
    categoryId: category,
    brandId: who.brandId,
    modelNumber: 'HB-01',
    unit: 'piece',
    moq: 100,
    currency: 'USD',
    priceTiers: [
      { minQuantity: 100, unitPrice: '0.12' },
      { minQuantity: 1000, unitPrice: '0.095' },
    ],
    leadTimeDays: 15,
    origin: 'CN',
    hsCode: '731815',
    ...overrides,
  };
}

export const createProductRequest = (t: CatalogTestApp, user: TestUser, body: object) =>
  call(t.app, 'POST', PRODUCTS, { cookie: user.cookie, payload: body });

export const updateProductRequest = (t: CatalogTestApp, user: TestUser, id: string, version: number, body: object) =>
  call(t.app, 'PUT', `${PRODUCTS}/${id}`, { cookie: user.cookie, payload: { version, product: body } });

export const shelfRequest = (t: CatalogTestApp, user: TestUser, ids: string[], onShelf: boolean) =>
  call(t.app, 'POST', `${PRODUCTS}/shelf`, { cookie: user.cookie, payload: { ids, onShelf } });

export function productOf(res: LightMyRequestResponse, status = 200): SupplierProduct {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ product: SupplierProduct }>().product;
}

/** "Submit" on "New Product"; expects 201 draft. */
export async function createProduct(t: CatalogTestApp, user: TestUser, body: ProductBody): Promise<SupplierProduct> {
  const product = productOf(await createProductRequest(t, user, body), 201);
  expect(product.status).toBe('draft');
  return product;
}

export async function setShelf(t: CatalogTestApp, user: TestUser, ids: string[], onShelf: boolean) {
  const res = await shelfRequest(t, user, ids, onShelf);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ products: { id: string; status: string; version: number }[] }>().products;
}

/** A product created and put on the shelf; returns its id. */
export async function publish(t: CatalogTestApp, user: Seller, category: string, overrides: Partial<ProductBody> = {}) {
  const product = await createProduct(t, user, productBody(user, category, overrides));
  await setShelf(t, user, [product.id], true);
  return product.id;
}

/** GET in a language (the language cookie, as the switcher sets it). */
export const getIn = (t: CatalogTestApp, url: string, locale: Locale = 'en', cookie?: string) =>
  call(t.app, 'GET', url, { headers: { cookie: [`br_lang=${locale}`, cookie].filter(Boolean).join('; ') } });

export interface CatalogPage {
  items: CatalogItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/catalog/products with a query; expects 200. */
export async function browse(
  t: CatalogTestApp,
  query: Record<string, string | number> = {},
  locale: Locale = 'en',
): Promise<CatalogPage> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await getIn(t, `${CATALOG}${qs ? `?${qs}` : ''}`, locale);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CatalogPage>();
}

export async function productPage(t: CatalogTestApp, id: string, locale: Locale = 'en'): Promise<ProductPage> {
  const res = await getIn(t, `${CATALOG}/${id}`, locale);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ product: ProductPage }>().product;
}
