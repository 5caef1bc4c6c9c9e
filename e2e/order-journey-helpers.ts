import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { approvedSupplier, staffPage } from './brand-helpers.js';
import { text } from './i18n.js';
import { registerBuyer } from './order-form-helpers.js';
import { productOnShelf } from './order-pages-helpers.js';
import { approvedBrand } from './product-helpers.js';
import type { NewUser } from './helpers.js';
import { creditCode } from './supplier-helpers.js';

/**
 * The whole order journey of issue 12 (e2e/order-journey.spec.ts): a supplier of its own in China
 * with one product on the shelf (MOQ 10 pieces at US$1.20, from 100 pieces US$1.10), whose
 * account reads `locale` (its mail comes in that language), and a new buyer registered in `locale`.
 */
export interface JourneyWorld {
  supplier: NewUser & { page: Page };
  buyer: NewUser & { page: Page };
  productId: string;
  productName: string;
}

/** PATCH /api/account (the "Language" preference of the Personal Center), from our origin. */
async function preferLocale(request: APIRequestContext, locale: Locale) {
  const origin = new URL((await request.get('/readyz')).url()).origin;
  const response = await request.fetch('/api/account', { method: 'PATCH', data: { locale }, headers: { origin } });
  expect(response.ok(), `PATCH /api/account → ${response.status()} ${await response.text()}`).toBe(true);
}

export async function journeyWorld(browser: Browser, locale: Locale): Promise<JourneyWorld> {
  const staff = await staffPage(browser);
  const supplierPage = await (await browser.newContext()).newPage();
  const supplier = await approvedSupplier(supplierPage, staff, 'journey_seller');
  const brandName = `Banyan ${supplier.accountName}`;
  await approvedBrand(supplierPage, staff, brandName);
  await staff.context().close();
  const name = `Garden shears ${supplier.accountName}`;
  const productId = await productOnShelf(supplierPage, brandName, name);
  await preferLocale(supplierPage.request, locale);
  const buyerPage = await (await browser.newContext()).newPage();
  const buyer = await registerBuyer(buyerPage, locale, 'journey_buyer');
  return {
    supplier: { ...supplier, page: supplierPage },
    buyer: { ...buyer, page: buyerPage },
    productId,
    productName: locale === 'zh-CN' ? `园林剪 ${name}` : name,
  };
}

/** The buyer's company in China, as "Buyer information" and the invoice profile take it. */
export const BUYER_COMPANY = {
  companyNameZh: '上海根深采购有限公司',
  companyNameEn: 'Shanghai Roots Procurement Co., Ltd.',
  registeredAddress: '上海市浦东新区世纪大道100号',
  contactPerson: '李娜',
  phone: '+86 131 2345 6789',
  email: 'purchasing@example.com',
} as const;

const byLabel = (scope: Page | ReturnType<Page['locator']>, locale: Locale, key: string) =>
  scope.getByLabel(text(locale, key), { exact: true });

/**
 * "Buyer information", a default delivery address and a default invoice profile, filled in the
 * Personal Center's buyer pages in `locale` (no other browser journey covers those pages).
 */
export async function fillBuyerPages(page: Page, locale: Locale): Promise<{ taxpayerId: string }> {
  const section = () => page.getByRole('navigation', { name: text(locale, 'buyers.section') });

  await page.goto(`/${locale}/account/buyer`);
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'buyers.nav.info') })).toBeVisible();
  await expect(page.getByTestId('buyer-info-missing')).toHaveText(text(locale, 'buyers.info.missing'));
  const info = page.getByTestId('buyer-info-form');
  await byLabel(info, locale, 'buyers.info.fields.country').selectOption('CN');
  for (const field of [
    'companyNameZh',
    'companyNameEn',
    'registeredAddress',
    'contactPerson',
    'phone',
    'email',
  ] as const) {
    await byLabel(info, locale, `buyers.info.fields.${field}`).fill(BUYER_COMPANY[field]);
  }
  await byLabel(info, locale, 'buyers.info.fields.creditCode').fill(creditCode());
  await info.getByRole('button', { name: text(locale, 'common.save'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: text(locale, 'buyers.info.saved') })).toBeVisible();

  await section()
    .getByRole('link', { name: text(locale, 'buyers.nav.addresses'), exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account/addresses$`));
  await page.getByRole('button', { name: text(locale, 'buyers.addresses.add'), exact: true }).click();
  const address = page.getByRole('form', { name: text(locale, 'buyers.addresses.add') });
  await byLabel(address, locale, 'buyers.addresses.fields.recipient').fill('李娜');
  await byLabel(address, locale, 'buyers.addresses.fields.phone').fill('+86 131 2345 6789');
  await byLabel(address, locale, 'buyers.addresses.fields.country').selectOption('CN');
  await byLabel(address, locale, 'buyers.addresses.fields.city').fill('上海');
  await byLabel(address, locale, 'buyers.addresses.fields.postalCode').fill('200120');
  await byLabel(address, locale, 'buyers.addresses.fields.addressLine').fill('浦东新区世纪大道100号');
  await address.getByRole('checkbox', { name: text(locale, 'buyers.addresses.makeDefault') }).check();
  await address.getByRole('button', { name: text(locale, 'common.save'), exact: true }).click();
  await expect(page.getByTestId('book-notice')).toHaveText(text(locale, 'buyers.notices.saved'));
  await expect(page.getByTestId('entry')).toHaveCount(1);
  await expect(page.getByTestId('entry')).toHaveAttribute('data-default', 'true');

  await section()
    .getByRole('link', { name: text(locale, 'buyers.nav.invoiceProfiles'), exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account/invoice-profiles$`));
  await page.getByRole('button', { name: text(locale, 'buyers.invoiceProfiles.add'), exact: true }).click();
  const invoice = page.getByRole('form', { name: text(locale, 'buyers.invoiceProfiles.add') });
  await expect(byLabel(invoice, locale, 'buyers.invoiceProfiles.fields.invoiceType')).toHaveValue('ordinary');
  const taxpayerId = creditCode();
  await byLabel(invoice, locale, 'buyers.invoiceProfiles.fields.title').fill(BUYER_COMPANY.companyNameZh);
  await byLabel(invoice, locale, 'buyers.invoiceProfiles.fields.taxpayerId').fill(taxpayerId);
  await invoice.getByRole('checkbox', { name: text(locale, 'buyers.invoiceProfiles.makeDefault') }).check();
  await invoice.getByRole('button', { name: text(locale, 'common.save'), exact: true }).click();
  await expect(page.getByTestId('book-notice')).toHaveText(text(locale, 'buyers.notices.saved'));
  await expect(page.getByTestId('entry')).toHaveCount(1);
  return { taxpayerId };
}

interface DevMessage {
  to: string;
  subject: string;
  text: string;
}

/** The newest message to `to` whose text names `needle` (the dev mailbox, see e2e/mailbox.ts). */
export async function mailNaming(request: APIRequestContext, to: string, needle: string): Promise<DevMessage> {
  let found: DevMessage | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/dev/mailbox/messages.json?${new URLSearchParams({ to })}`);
        const { messages } = (await response.json()) as { messages: DevMessage[] };
        found = messages.find((m) => m.text.includes(needle));
        return found !== undefined;
      },
      { message: `an email to ${to} naming ${needle}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}
