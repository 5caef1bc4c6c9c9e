import type { Locale } from '../../shared/locales.js';
import { buyerAddresses, buyerProfiles, invoiceProfiles } from '../modules/buyers/buyers.tables.js';
import type { TestApp } from './test-app.js';
import { unique } from './accounts-fixtures.js';
import { call, creditCode, makeUser, type TestUser } from './supplier-fixtures.js';
import type { Clock } from '../platform/clock.js';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Address, InvoiceProfile } from '../../shared/schemas/buyers.js';
/**
 * Buyers for tests: rows written directly into the buyers module's tables for order tests
 * (insertBuyerProfile, makeBuyer, …), and request bodies and API calls for the buyers module's
 * own tests (chineseBuyer, addAddress, …).
 */

export interface TestBuyer extends TestUser {
  companyNameEn: string;
  country: string;
  addressId: string;
  invoiceProfileId: string;
}

type T = Pick<TestApp, 'app' | 'database'> & { clock?: Clock };

export async function insertBuyerProfile(
  t: T,
  userId: string,
  overrides: Partial<typeof buyerProfiles.$inferInsert> = {},
): Promise<{ companyNameEn: string; country: string }> {
  const country = overrides.country ?? 'DE';
  const companyNameEn = overrides.companyNameEn ?? `Buyer ${unique()} GmbH`;
  await t.database.db.insert(buyerProfiles).values({
    userId,
    companyNameZh: null,
    companyNameEn,
    country,
    registeredAddress: country === 'CN' ? '上海市浦东新区世纪大道 1 号' : 'Hafenstraße 5, 20457 Hamburg',
    contactPerson: 'Jonas Weber',
    phone: '+49 40 123456',
    email: `buyer-${unique()}@example.test`,
    creditCode: country === 'CN' ? creditCode('91310000') : null,
    ...overrides,
  });
  return { companyNameEn, country };
}

export async function insertBuyerAddress(
  t: T,
  userId: string,
  overrides: Partial<typeof buyerAddresses.$inferInsert> = {},
): Promise<string> {
  const [row] = await t.database.db
    .insert(buyerAddresses)
    .values({
      userId,
      recipient: 'Jonas Weber',
      phone: '+49 40 123456',
      country: 'DE',
      region: null,
      city: 'Hamburg',
      addressLine: 'Hafenstraße 5',
      postalCode: '20457',
      ...overrides,
    })
    .returning({ id: buyerAddresses.id });
  return row!.id;
}

export async function insertInvoiceProfile(
  t: T,
  userId: string,
  overrides: Partial<typeof invoiceProfiles.$inferInsert> = {},
): Promise<string> {
  const [row] = await t.database.db
    .insert(invoiceProfiles)
    .values({
      userId,
      invoiceType: 'special_vat',
      title: '上海采购有限公司',
      taxpayerId: creditCode('91310000'),
      registeredAddress: '上海市浦东新区世纪大道 1 号',
      registeredPhone: '021-12345678',
      bankName: '中国银行上海分行',
      bankAccount: '6222020202020202',
      ...overrides,
    })
    .returning({ id: invoiceProfiles.id });
  return row!.id;
}

/** A signed-in account with buyer information (in `country`), one address and one invoice profile. */
export async function makeBuyer(t: T, options: { country?: string; locale?: Locale } = {}): Promise<TestBuyer> {
  const user = await makeUser(t, options.locale ? { locale: options.locale } : {});
  const profile = await insertBuyerProfile(t, user.id, { country: options.country ?? 'DE' });
  const addressId = await insertBuyerAddress(t, user.id, { country: options.country ?? 'DE' });
  const invoiceProfileId = await insertInvoiceProfile(t, user.id);
  return { ...user, ...profile, addressId, invoiceProfileId };
}

// Request bodies and calls for the buyers module's own API tests.

export const BUYER_PROFILE = '/api/buyer/profile';
export const ADDRESSES = '/api/buyer/addresses';
export const INVOICE_PROFILES = '/api/buyer/invoice-profiles';

/** A mainland Chinese buyer with a valid (random) unified social credit code. */
export function chineseBuyer(overrides: Record<string, unknown> = {}) {
  return {
    companyNameZh: '杭州采购有限公司',
    companyNameEn: 'Hangzhou Purchasing Co., Ltd.',
    country: 'CN',
    registeredAddress: '浙江省杭州市西湖区文三路 100 号',
    contactPerson: '王芳',
    phone: '+86 138 0013 8000',
    email: 'buyer@example.test',
    creditCode: creditCode('91330100'),
    ...overrides,
  };
}

export function germanBuyer(overrides: Record<string, unknown> = {}) {
  return {
    companyNameEn: 'Berlin Trading GmbH',
    country: 'DE',
    registeredAddress: 'Friedrichstraße 1, 10117 Berlin',
    contactPerson: 'Anna Schmidt',
    phone: '+49 30 901820',
    email: 'anna@example.test',
    ...overrides,
  };
}

export function addressBody(overrides: Record<string, unknown> = {}) {
  return {
    recipient: '李雷',
    phone: '+86 139 0013 9000',
    country: 'CN',
    region: '浙江省',
    city: '杭州市',
    addressLine: '西湖区文三路 200 号 3 楼',
    postalCode: '310012',
    ...overrides,
  };
}

/** A special VAT invoice profile (every field filled). */
export function specialVatBody(overrides: Record<string, unknown> = {}) {
  return {
    invoiceType: 'special_vat',
    title: '杭州采购有限公司',
    taxpayerId: creditCode('91330100'),
    registeredAddress: '浙江省杭州市西湖区文三路 100 号',
    registeredPhone: '0571-88888888',
    bankName: '中国工商银行杭州西湖支行',
    bankAccount: '1202 0212 0900 0123 456',
    ...overrides,
  };
}

export function ordinaryInvoiceBody(overrides: Record<string, unknown> = {}) {
  return { invoiceType: 'ordinary', title: '杭州采购有限公司', taxpayerId: creditCode('91330100'), ...overrides };
}

export async function addAddress(app: FastifyInstance, cookie: string, body: object = addressBody()): Promise<Address> {
  const res = await call(app, 'POST', ADDRESSES, { cookie, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ address: Address }>().address;
}

export async function addInvoiceProfile(
  app: FastifyInstance,
  cookie: string,
  body: object = specialVatBody(),
): Promise<InvoiceProfile> {
  const res = await call(app, 'POST', INVOICE_PROFILES, { cookie, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ profile: InvoiceProfile }>().profile;
}
