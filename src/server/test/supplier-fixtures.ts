/**
 * Test data for supplier authentication: users made directly (fast, no mail round trip),
 * valid company details, uploads and the application steps through the real endpoints.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Locale } from '../../shared/locales.js';
import type { Application, CompanyDraft, FileInfo, MaterialType } from '../../shared/schemas/suppliers.js';
import { creditCodeCheckChar } from '../../shared/validation/credit-code.js';
import { users } from '../modules/accounts/accounts.tables.js';
import { createStaffAccount } from '../modules/accounts/staff.js';
import type { FilePurpose } from '../modules/files/file-policy.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { login, SAME_ORIGIN, unique, uniqueIp } from './accounts-fixtures.js';
import type { TestApp } from './test-app.js';
import { enrolKnownSecret, loginStaff } from './two-factor-fixtures.js';
import { multipart, pdf } from './upload-corpus.js';

export interface TestUser {
  id: string;
  accountName: string;
  email: string;
  password: string;
  /**
   * "br_session=…" of a remembered session (survives clock jumps of days). Staff sessions are never
   * remembered and end after 8 h idle: after longer jumps, sign staff in again (relogin).
   */
  cookie: string;
  /** Staff: the base32 secret of their authenticator (enrolled directly), for computing codes. */
  totpSecret?: string;
}

/** A signed-in account: platform staff (with an authenticator, both login steps), or a plain registered user. */
export async function makeUser(
  t: Pick<TestApp, 'app' | 'database'> & { clock?: Clock },
  /** staff: a reviewer; admin: an administrator (staff too). */
  options: { staff?: boolean; admin?: boolean; locale?: Locale } = {},
): Promise<TestUser> {
  const staff = Boolean(options.staff || options.admin);
  const accountName = `${options.admin ? 'admin' : staff ? 'staff' : 'user'}_${unique()}`;
  const email = `${accountName}@example.test`;
  const { id, generatedPassword } = await createStaffAccount(t.database.db, { accountName, email });
  const password = generatedPassword!;
  await t.database.db
    .update(users)
    .set({
      roles: options.admin ? ['admin'] : staff ? ['reviewer'] : [],
      ...(options.locale ? { locale: options.locale } : {}),
    })
    .where(eq(users.id, id));
  if (staff) {
    const totpSecret = await enrolKnownSecret(t.database.db, id, (t.clock ?? systemClock).now());
    const cookie = await loginStaff(t, { id, accountName, password, totpSecret });
    return { id, accountName, email, password, cookie, totpSecret };
  }
  const cookie = await login(t.app, accountName, password, { remember: true, ip: uniqueIp() });
  return { id, accountName, email, password, cookie };
}

/** Any request with the same-origin header (the CSRF guard) and an optional session cookie. */
export function call(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: { cookie?: string; payload?: object; ip?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const request: InjectOptions = {
    method,
    url,
    headers: { ...SAME_ORIGIN, ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(options.payload ? { payload: options.payload } : {}),
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  };
  return app.inject(request);
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid, random unified social credit code (GB 32100), e.g. 91350100XXXXXXXXXC. */
export function creditCode(prefix = '91350100'): string {
  let body = prefix;
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return body + creditCodeCheckChar(body)!;
}

/** Complete details of a mainland-China company, ready to submit. */
export function mainlandCompany(overrides: Partial<CompanyDraft> = {}): CompanyDraft {
  return {
    companyNameZh: '福州榕根贸易有限公司',
    companyNameEn: `Fuzhou Banyan Trading ${unique()} Co., Ltd.`,
    companyType: 'limited_liability',
    country: 'CN',
    creditCode: creditCode(),
    legalRepresentative: '张伟',
    registeredAddress: '福建省福州市鼓楼区五四路 100 号',
    businessAddress: '福建省福州市台江区江滨中大道 8 号',
    dateEstablished: '2015-06-01',
    registeredCapitalAmount: '5000000.00',
    registeredCapitalCurrency: 'CNY',
    businessScope: 'Import and export of building materials and hardware.',
    mainProducts: 'Steel fasteners, hinges',
    contactPerson: '李娜',
    contactPhone: '13800138000',
    contactEmail: 'contact@banyan.example',
    website: 'https://banyan.example',
    ...overrides,
  };
}

/** Complete details of a company outside mainland China (registration number, no credit code). */
export function foreignCompany(overrides: Partial<CompanyDraft> = {}): CompanyDraft {
  return {
    companyNameEn: `Roots Export ${unique()} GmbH`,
    companyType: 'limited_liability',
    country: 'DE',
    registrationNumber: 'HRB 123456',
    legalRepresentative: 'Anna Schmidt',
    registeredAddress: 'Hauptstraße 1, 10115 Berlin',
    businessAddress: 'Hauptstraße 1, 10115 Berlin',
    dateEstablished: '2010-01-15',
    businessScope: 'Wholesale of industrial machinery.',
    mainProducts: 'Pumps, valves',
    contactPerson: 'Anna Schmidt',
    contactPhone: '+49 30 901820',
    contactEmail: 'info@roots-export.example',
    ...overrides,
  };
}

export function uploadRequest(
  app: FastifyInstance,
  cookie: string | undefined,
  purpose: FilePurpose,
  fileName: string,
  data: Buffer,
): Promise<LightMyRequestResponse> {
  const body = multipart(fileName, data);
  return app.inject({
    method: 'POST',
    url: `/api/files?purpose=${purpose}`,
    headers: { ...SAME_ORIGIN, 'content-type': body.contentType, ...(cookie ? { cookie } : {}) },
    payload: body.payload,
  });
}

/** Uploads a file and expects 201. */
export async function upload(
  app: FastifyInstance,
  cookie: string,
  purpose: FilePurpose,
  fileName = 'licence.pdf',
  data: Buffer = pdf(),
): Promise<FileInfo> {
  const res = await uploadRequest(app, cookie, purpose, fileName, data);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ file: FileInfo }>().file;
}

type AppResponse = { application: Application };

export const getApplication = async (app: FastifyInstance, cookie: string): Promise<Application | null> => {
  const res = await call(app, 'GET', '/api/supplier-application', { cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ application: Application | null }>().application;
};

export const saveRequest = (app: FastifyInstance, cookie: string, company: CompanyDraft, version?: number) =>
  call(app, 'PUT', '/api/supplier-application', { cookie, payload: { company, ...(version ? { version } : {}) } });

export const materialRequest = (
  app: FastifyInstance,
  cookie: string,
  version: number,
  fileId: string,
  type: MaterialType = 'business_licence',
) => call(app, 'POST', '/api/supplier-application/materials', { cookie, payload: { version, type, fileId } });

export const submitRequest = (app: FastifyInstance, cookie: string, version: number) =>
  call(app, 'POST', '/api/supplier-application/submit', { cookie, payload: { version } });

/** The application from a 200 answer (fails the test with the body otherwise). */
export function applicationOf(res: LightMyRequestResponse): Application {
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AppResponse>().application;
}

/** Saves the details (creating or updating the draft) and expects 200. */
export async function saveDraft(
  app: FastifyInstance,
  cookie: string,
  company: CompanyDraft,
  version?: number,
): Promise<Application> {
  return applicationOf(await saveRequest(app, cookie, company, version));
}

/** Saves, uploads and attaches a business licence, and submits: the whole of guide 2.1. */
export async function submittedApplication(
  app: FastifyInstance,
  user: TestUser,
  company: CompanyDraft = mainlandCompany(),
): Promise<Application> {
  const current = await getApplication(app, user.cookie);
  const saved = await saveDraft(app, user.cookie, company, current?.version);
  let version = saved.version;
  if (!saved.materials.some((m) => m.type === 'business_licence')) {
    const file = await upload(app, user.cookie, 'supplier_material', '营业执照.pdf');
    version = applicationOf(await materialRequest(app, user.cookie, saved.version, file.id)).version;
  }
  return applicationOf(await submitRequest(app, user.cookie, version));
}

export const approveRequest = (app: FastifyInstance, staff: TestUser, id: string, version: number, ip?: string) =>
  call(app, 'POST', `/api/admin/supplier-applications/${id}/approve`, {
    cookie: staff.cookie,
    payload: { version },
    ip,
  });

/** A user whose supplier authentication has been approved by `staff`. */
export async function approvedSupplier(
  t: Pick<TestApp, 'app' | 'database'>,
  staff: TestUser,
  company: CompanyDraft = mainlandCompany(),
): Promise<TestUser & { applicationId: string }> {
  const user = await makeUser(t);
  const submitted = await submittedApplication(t.app, user, company);
  applicationOf(await approveRequest(t.app, staff, submitted.id, submitted.version));
  return { ...user, applicationId: submitted.id };
}

/** The personal center's "Supplier Authentication" status of the signed-in user. */
export async function supplierStatus(app: FastifyInstance, cookie: string): Promise<string | undefined> {
  const res = await call(app, 'GET', '/api/auth/me', { cookie });
  return res.json<{ user: { supplierStatus: string } | null }>().user?.supplierStatus;
}
