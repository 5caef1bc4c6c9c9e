/**
 * Test data for licensed brands (guide 3): approved suppliers made directly in the database
 * (fast), uploads through the real endpoint, "New Brand" / "New Agency Brand" bodies, and the
 * staff review calls.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Locale } from '../../shared/locales.js';
import type { Brand, BrandInput } from '../../shared/schemas/brands.js';
import { brands } from '../modules/brands/brands.tables.js';
import { supplierApplications, suppliers } from '../modules/suppliers/suppliers.tables.js';
import { auditLog } from '../platform/audit.tables.js';
import { loginStaff } from './two-factor-fixtures.js';
import { login, mailTo, unique, uniqueIp, type AccountsTestApp, type MailboxMessage } from './accounts-fixtures.js';
import { call, makeUser, upload, type TestUser } from './supplier-fixtures.js';
import { png } from './upload-corpus.js';

export const BRANDS = '/api/supplier/brands';
export const ADMIN_BRANDS = '/api/admin/brands';
export const DAY_MS = 86_400_000;

export interface TestSupplier extends TestUser {
  supplierId: string;
  supplierName: string;
}

/** A user whose supplier authentication is approved: application and supplier rows written directly. */
export async function fastSupplier(t: AccountsTestApp, options: { locale?: Locale } = {}): Promise<TestSupplier> {
  const user = await makeUser(t, options);
  const now = t.clock.now();
  const supplierName = `Brand Test Supplier ${unique()} Ltd.`;
  const [application] = await t.database.db
    .insert(supplierApplications)
    .values({
      userId: user.id,
      status: 'approved',
      companyNameEn: supplierName,
      country: 'CN',
      submittedAt: now,
      decidedAt: now,
    })
    .returning({ id: supplierApplications.id });
  const [supplier] = await t.database.db
    .insert(suppliers)
    .values({ userId: user.id, applicationId: application!.id, nameEn: supplierName, country: 'CN', approvedAt: now })
    .returning({ id: suppliers.id });
  return { ...user, supplierId: supplier!.id, supplierName };
}

/** A fresh remembered session for a user (after a clock jump past the idle limit); staff through both steps. */
export async function relogin<U extends TestUser>(t: AccountsTestApp, user: U): Promise<U> {
  if (user.totpSecret) return { ...user, cookie: await loginStaff(t, { ...user, totpSecret: user.totpSecret }) };
  const cookie = await login(t.app, user.accountName, user.password, { remember: true, ip: uniqueIp() });
  return { ...user, cookie };
}

/** A trademark certificate (PDF) uploaded by `user`; returns its file id. */
export const certificate = async (app: FastifyInstance, user: TestUser, name = '商标注册证.pdf') =>
  (await upload(app, user.cookie, 'brand_certificate', name)).id;

export const logo = async (app: FastifyInstance, user: TestUser) =>
  (await upload(app, user.cookie, 'brand_logo', 'logo.png', await png())).id;

/** A unique English brand name. */
export const brandName = (prefix = 'Banyan') => `${prefix} ${unique()}`;

/** "New Brand": a registered trademark, valid until `trademarkValidUntil`. */
export function privateBrand(certificateFileId: string, overrides: Partial<BrandInput> = {}): BrandInput {
  return {
    kind: 'private',
    nameEn: brandName(),
    trademarkNumber: `TM${unique()}`,
    trademarkCountry: 'CN',
    niceClasses: [6, 20],
    certificateKind: 'registration',
    certificateFileId,
    trademarkValidUntil: '2034-12-31',
    ...overrides,
  };
}

/** "New Agency Brand": a direct authorization for mainland China. */
export function agencyBrand(
  certificateFileId: string,
  authorizationFileId: string,
  overrides: Partial<BrandInput> = {},
): BrandInput {
  return {
    kind: 'agency',
    nameEn: brandName('Agency'),
    trademarkNumber: `TM${unique()}`,
    trademarkCountry: 'DE',
    niceClasses: [7],
    certificateKind: 'registration',
    certificateFileId,
    trademarkValidUntil: '2034-12-31',
    brandOwner: 'Roots Export GmbH',
    authorizationFileId,
    authorizationLevel: 'direct',
    territory: 'Mainland China',
    authorizationStart: '2030-01-01',
    authorizationEnd: '2033-12-31',
    ...overrides,
  };
}

export const createRequest = (app: FastifyInstance, user: TestUser, input: object) =>
  call(app, 'POST', BRANDS, { cookie: user.cookie, payload: input });

export const updateRequest = (app: FastifyInstance, user: TestUser, id: string, version: number, input: object) =>
  call(app, 'PUT', `${BRANDS}/${id}`, { cookie: user.cookie, payload: { version, brand: input } });

/** The brand from a 200/201 answer (fails the test with the body otherwise). */
export function brandOf(res: LightMyRequestResponse, status = 200): Brand {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ brand: Brand }>().brand;
}

/** Submits a brand and expects 201 pending. */
export async function createBrand(app: FastifyInstance, user: TestUser, input: BrandInput): Promise<Brand> {
  const brand = brandOf(await createRequest(app, user, input), 201);
  expect(brand.status).toBe('pending');
  return brand;
}

/** Uploads a certificate and submits a private brand. */
export async function newPrivateBrand(
  app: FastifyInstance,
  user: TestUser,
  overrides: Partial<BrandInput> = {},
): Promise<Brand> {
  return createBrand(app, user, privateBrand(await certificate(app, user), overrides));
}

export async function listBrands(app: FastifyInstance, user: TestUser, kind?: 'private' | 'agency'): Promise<Brand[]> {
  const res = await call(app, 'GET', `${BRANDS}${kind ? `?kind=${kind}` : ''}`, { cookie: user.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ brands: Brand[] }>().brands;
}

export const approveBrandRequest = (app: FastifyInstance, staff: TestUser, id: string, version: number) =>
  call(app, 'POST', `${ADMIN_BRANDS}/${id}/approve`, { cookie: staff.cookie, payload: { version } });

export const rejectBrandRequest = (
  app: FastifyInstance,
  staff: TestUser,
  id: string,
  body: { version: number; reasons: { target: string; code: string; note?: string }[]; note?: string },
) => call(app, 'POST', `${ADMIN_BRANDS}/${id}/reject`, { cookie: staff.cookie, payload: body });

export const approveBrand = async (app: FastifyInstance, staff: TestUser, brand: Pick<Brand, 'id' | 'version'>) =>
  brandOf(await approveBrandRequest(app, staff, brand.id, brand.version));

export const rejectBrand = async (app: FastifyInstance, staff: TestUser, brand: Pick<Brand, 'id' | 'version'>) =>
  brandOf(
    await rejectBrandRequest(app, staff, brand.id, {
      version: brand.version,
      reasons: [{ target: 'brand.certificateFileId', code: 'unclear_copy' }],
    }),
  );

/** The stored row (state the API does not show, e.g. remindersSent). */
export async function brandRow(t: AccountsTestApp, id: string) {
  const [row] = await t.database.db.select().from(brands).where(eq(brands.id, id));
  return row!;
}

export const brandAudit = (t: AccountsTestApp, id: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));

/** Mail to `to` with one template, oldest first. */
export async function mailsOf(app: FastifyInstance, to: string, template: string): Promise<MailboxMessage[]> {
  return (await mailTo(app, to)).filter((m) => m.template === template).reverse();
}

/** yyyy-mm-dd `days` after the platform day of `from` (UTC+8). */
export function dayAfter(from: Date, days: number): string {
  return new Date(from.getTime() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
}
