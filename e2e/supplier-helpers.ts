import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import type { CompanyDraft } from '../src/shared/schemas/suppliers.js';
import { creditCodeCheckChar } from '../src/shared/validation/credit-code.js';
import { formButton, label, logIn, newUser, register } from './helpers.js';
import { text } from './i18n.js';

/** Supplier authentication journeys: generated files, a valid company, API shortcuts. */

/** A new user, registered through "Register" and logged in: ends on the personal center. */
export async function signUpAndIn(page: Page, prefix: string) {
  const user = newUser(prefix);
  await register(page, 'en', user);
  await logIn(page, 'en', user.accountName, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  return user;
}

export type WizardStep = 'company' | 'materials' | 'confirm';
/** The wizard's step heading as `locale` shows it ("Step 2: Materials"). */
export const stepHeading = (locale: Locale, step: WizardStep) =>
  text(locale, 'supplierAuth.stepHeading')
    .replace('{{number}}', String(['company', 'materials', 'confirm'].indexOf(step) + 1))
    .replace('{{name}}', text(locale, `supplierAuth.steps.${step}`));
export const stepHeadingOf = (page: Page) => page.getByTestId('step-heading');
export const nextStep = (page: Page, locale: Locale) => formButton(page, locale, 'terms.nextStep');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG (solid colour, 8-bit RGB) that image libraries decode. */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal one-page PDF with a line of text (no scripts, no embedded files). */
export function makePdf(line: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Writes the test's files into a fresh temp dir; returns their paths. */
export function writeFiles(files: Record<string, Buffer | string>): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'br-e2e-'));
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => {
      const file = path.join(dir, name);
      writeFileSync(file, data);
      return [name, file];
    }),
  );
}

/** A valid unified social credit code, different on every call. */
export function creditCode(): string {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(-8).padStart(8, '0');
  const first17 = `91110108${digits}X`.slice(0, 17);
  return `${first17}${creditCodeCheckChar(first17)}`;
}

/** Everything step 1 needs for a mainland Chinese company. */
export function chineseCompany(nameEn: string): Required<Omit<CompanyDraft, 'registrationNumber'>> {
  return {
    companyNameZh: '北京根深贸易有限公司',
    companyNameEn: nameEn,
    companyType: 'limited_liability',
    country: 'CN',
    creditCode: creditCode(),
    legalRepresentative: '张伟',
    registeredAddress: '北京市海淀区中关村大街1号',
    businessAddress: '北京市朝阳区建国路88号',
    dateEstablished: '2015-06-01',
    registeredCapitalAmount: '5000000',
    registeredCapitalCurrency: 'CNY',
    businessScope: 'Wholesale and export of garden tools and hardware.',
    mainProducts: 'Garden tools, hand tools, hardware',
    contactPerson: 'Zhang Wei',
    contactPhone: '+86 131 2345 6789',
    contactEmail: 'export@example.com',
    website: 'https://example.com',
  };
}

/** Fills step 1 through the form, as a user does. */
export async function fillCompany(page: Page, locale: Locale, company: ReturnType<typeof chineseCompany>) {
  const field = (name: string) => label(page, locale, `supplier.fields.${name}`);
  await field('country').selectOption(company.country);
  await field('companyType').selectOption(company.companyType);
  await field('registeredCapitalCurrency').selectOption(company.registeredCapitalCurrency);
  for (const [name, value] of Object.entries(company)) {
    if (['country', 'companyType', 'registeredCapitalCurrency'].includes(name)) continue;
    await field(name).fill(value);
  }
}

/** State-changing API calls must come from our origin (the CSRF guard checks it). */
export async function apiCall(request: APIRequestContext, method: 'PUT' | 'POST', url: string, data: unknown) {
  const origin = new URL(await baseUrl(request)).origin;
  const response = await request.fetch(url, { method, data, headers: { origin } });
  expect(response.ok(), `${method} ${url} → ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function baseUrl(request: APIRequestContext): Promise<string> {
  const response = await request.get('/readyz');
  return response.url();
}

/** Saves a complete draft with a business licence through the API (for the screenshot run). */
export async function prepareApplication(request: APIRequestContext, company: CompanyDraft, licence: Buffer) {
  const { application } = (await apiCall(request, 'PUT', '/api/supplier-application', { company })) as {
    application: { version: number };
  };
  const origin = new URL(await baseUrl(request)).origin;
  const upload = await request.post('/api/files?purpose=supplier_material', {
    headers: { origin },
    multipart: { file: { name: 'licence.png', mimeType: 'image/png', buffer: licence } },
  });
  expect(upload.status()).toBe(201);
  const { file } = (await upload.json()) as { file: { id: string } };
  await apiCall(request, 'POST', '/api/supplier-application/materials', {
    version: application.version,
    type: 'business_licence',
    fileId: file.id,
  });
}
