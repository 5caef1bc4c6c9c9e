import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { logIn, newUser, register, type NewUser } from './helpers.js';
import { text } from './i18n.js';
import { apiCall, creditCode } from './supplier-helpers.js';

/**
 * Order form journeys (issue 12) run on the demo server: its demo supplier (China) has products on
 * the shelf with tiers, e.g. the hex bolt (MOQ 1,000 pieces; US$0.085, from 10,000 US$0.072) and
 * the brass padlock (MOQ 200, US$3.20) — two products of one supplier in one currency.
 */
export const BOLT = { search: 'Stainless steel hex bolt M8', moq: 1000 } as const;
export const PADLOCK = { search: 'Brass padlock 50 mm', moq: 200 } as const;

/** A demo product's id, found through the public catalog API. */
export async function demoProductId(request: APIRequestContext, search: string): Promise<string> {
  const response = await request.get(`/api/catalog/products?${new URLSearchParams({ q: search })}`);
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: string; name: string; currency: string }[] };
  const found = items.find((item) => item.currency === 'USD');
  if (!found) throw new Error(`no USD demo product for "${search}"`);
  return found.id;
}

/** "Register" and "Login" in `locale`; ends signed in on the page that was asked for. */
export async function registerBuyer(page: Page, locale: Locale, prefix = 'buyer'): Promise<NewUser> {
  const user = newUser(prefix);
  await register(page, locale, user);
  await logIn(page, locale, user.accountName, user.password);
  await expect(page).toHaveURL(new RegExp(`/${locale}/account`));
  return user;
}

export interface BuyerChoices {
  addressId: string;
  invoiceProfileId?: string;
}

/**
 * Buyer information, a default delivery address and (in China) an invoice profile, through the
 * buyers API: the Personal Center's pages for them are another journey's.
 */
export async function setUpBuyer(request: APIRequestContext, country: 'CN' | 'DE'): Promise<BuyerChoices> {
  const chinese = country === 'CN';
  await apiCall(request, 'PUT', '/api/buyer/profile', {
    buyer: chinese
      ? {
          companyNameZh: '上海根深采购有限公司',
          companyNameEn: 'Shanghai Roots Procurement Co., Ltd.',
          country,
          registeredAddress: '上海市浦东新区世纪大道100号',
          contactPerson: '李娜',
          phone: '+86 131 2345 6789',
          email: 'purchasing@example.com',
          creditCode: creditCode(),
        }
      : {
          companyNameEn: 'Hanse Einkauf GmbH',
          country,
          registeredAddress: 'Am Sandtorkai 1, 20457 Hamburg',
          contactPerson: 'Jana Vogel',
          phone: '+49 40 123456',
          email: 'einkauf@example.com',
        },
  });
  const { address } = (await apiCall(request, 'POST', '/api/buyer/addresses', {
    recipient: chinese ? '李娜' : 'Jana Vogel',
    phone: chinese ? '+86 131 2345 6789' : '+49 40 123456',
    country,
    city: chinese ? '上海' : 'Hamburg',
    addressLine: chinese ? '浦东新区世纪大道100号' : 'Am Sandtorkai 1',
    postalCode: chinese ? '200120' : '20457',
    isDefault: true,
  })) as { address: { id: string } };
  if (!chinese) return { addressId: address.id };
  const { profile } = (await apiCall(request, 'POST', '/api/buyer/invoice-profiles', {
    invoiceType: 'ordinary',
    title: '上海根深采购有限公司',
    taxpayerId: creditCode(),
    isDefault: true,
  })) as { profile: { id: string } };
  return { addressId: address.id, invoiceProfileId: profile.id };
}

/** "1,000 pieces" as the page writes it in `locale` (plural "other"; enough for these quantities). */
export const pieces = (locale: Locale, count: number) =>
  text(locale, 'products.unitCount.piece_other').replace('{{quantity}}', new Intl.NumberFormat(locale).format(count));

/** A text with its {{placeholders}} filled in. */
export function filled(locale: Locale, key: string, values: Record<string, string | number>): string {
  return Object.entries(values).reduce(
    (out, [name, value]) => out.replaceAll(`{{${name}}}`, String(value)),
    text(locale, key),
  );
}

/** The buyer's orders as the API lists them (how many there are, to see that one was made). */
export async function orderCount(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/orders');
  expect(response.ok(), `GET /api/orders → ${response.status()}`).toBe(true);
  return ((await response.json()) as { total: number }).total;
}

export async function orderDetail(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/orders/${id}`);
  expect(response.ok(), `GET /api/orders/${id} → ${response.status()}`).toBe(true);
  return (
    (await response.json()) as {
      order: {
        tradeType: string;
        lines: { productId: string; quantity: number; orderedUnitPrice: string }[];
        request: {
          destinationCountry: string | null;
          destinationPort: string | null;
          preferredIncoterm: string | null;
          invoiceRequired: boolean;
          invoiceProfile: { title: string } | null;
          requestedDeliveryDate: string | null;
          buyerNote: string | null;
          orderedTotal: string;
        };
      };
    }
  ).order;
}

/** The order id at the end of /:lang/account/orders/<id>. */
export function orderIdFrom(page: Page): string {
  const id = /\/account\/orders\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`not on an order page: ${page.url()}`);
  return id;
}
