/** Test data for the buyers module: valid buyer information, addresses and invoice profiles. */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Address, InvoiceProfile } from '../../shared/schemas/buyers.js';
import { call, creditCode } from './supplier-fixtures.js';

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
