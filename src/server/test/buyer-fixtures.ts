/**
 * Buyers for order tests, written directly into the buyers module's tables (its routes are built
 * elsewhere): "Buyer information", a delivery address and an invoice profile.
 */
import type { Locale } from '../../shared/locales.js';
import { buyerAddresses, buyerProfiles, invoiceProfiles } from '../modules/buyers/buyers.tables.js';
import type { TestApp } from './test-app.js';
import { unique } from './accounts-fixtures.js';
import { creditCode, makeUser, type TestUser } from './supplier-fixtures.js';
import type { Clock } from '../platform/clock.js';

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
