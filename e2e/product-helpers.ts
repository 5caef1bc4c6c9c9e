import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { approvedSupplier, staffPage } from './brand-helpers.js';
import type { NewUser } from './helpers.js';
import { apiCall, makePng } from './supplier-helpers.js';

/**
 * Product journeys (guide 4) start with an approved supplier that has an approved brand: the
 * supplier through brand-helpers, the brand through the API (the brand journeys test its pages),
 * approved by the seeded staff account.
 */

async function uploadPng(request: APIRequestContext, purpose: string, name: string, buffer: Buffer) {
  const origin = new URL((await request.get('/readyz')).url()).origin;
  const response = await request.post(`/api/files?${new URLSearchParams({ purpose })}`, {
    headers: { origin },
    multipart: { file: { name, mimeType: 'image/png', buffer } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { file: { id: string } }).file.id;
}

/** "New Brand" (a registered private trademark) submitted by the supplier and approved by staff. */
export async function approvedBrand(page: Page, staff: Page, name: string): Promise<void> {
  const certificateFileId = await uploadPng(
    page.request,
    'brand_certificate',
    'certificate.png',
    makePng(400, 300, [10, 60, 160]),
  );
  const { brand } = (await apiCall(page.request, 'POST', '/api/supplier/brands', {
    kind: 'private',
    nameEn: name,
    trademarkNumber: `TM${Date.now()}`,
    trademarkCountry: 'CN',
    niceClasses: [6],
    certificateKind: 'registration',
    certificateFileId,
    trademarkValidUntil: `${new Date().getFullYear() + 8}-12-31`,
  })) as { brand: { id: string; version: number } };
  await apiCall(staff.request, 'POST', `/api/admin/brands/${brand.id}/approve`, { version: brand.version });
}

export interface SupplierWithBrand extends NewUser {
  companyNameEn: string;
  brandName: string;
}

/** Registers and logs in (in English), is approved as a supplier, and has one approved brand. */
export async function approvedSupplierWithBrand(page: Page, browser: Browser): Promise<SupplierWithBrand> {
  const staff = await staffPage(browser);
  const user = await approvedSupplier(page, staff, 'maker');
  const brandName = `Banyan ${user.accountName}`;
  await approvedBrand(page, staff, brandName);
  await staff.context().close();
  const { profile } = (await (await page.request.get('/api/supplier/profile')).json()) as {
    profile: { nameEn: string };
  };
  return { ...user, companyNameEn: profile.nameEn, brandName };
}
