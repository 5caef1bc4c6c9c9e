import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import type { OrderDetail } from '../src/shared/schemas/orders.js';
import { logIn, newUser, register } from './helpers.js';
import { text } from './i18n.js';
import { approvedSupplierWithBrand } from './product-helpers.js';
import { apiCall } from './supplier-helpers.js';

/**
 * The start of the supplier's order journeys (guide 5.1, 5.4): an approved supplier with one
 * product on the shelf (USD 12.50 from 10 pieces), a registered buyer with "Buyer information"
 * and a delivery address, and an export order of 100 pieces submitted through the API.
 */

/** A catalog text with its {{placeholders}} filled, as i18next renders it. */
export function tt(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  return text(locale, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

interface CategoryNode {
  id: string;
  slug: string;
  children: CategoryNode[];
}

async function leafCategory(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/catalog/categories');
  const { categories } = (await response.json()) as { categories: CategoryNode[] };
  const all = categories.flatMap((c) => [c, ...c.children]);
  const leaf = all.find((c) => c.slug === 'hardware-fasteners') ?? all.find((c) => c.children.length === 0);
  if (!leaf) throw new Error('no leaf category');
  return leaf.id;
}

/** One product on the shelf: USD, MOQ 10, 12.50 a piece. */
export async function productOnShelf(supplier: Page, name: string): Promise<string> {
  const { brands } = (await (await supplier.request.get('/api/supplier/brands')).json()) as {
    brands: { id: string; status: string }[];
  };
  const brand = brands.find((b) => b.status === 'approved');
  if (!brand) throw new Error('no approved brand');
  const { product } = (await apiCall(supplier.request, 'POST', '/api/supplier/products', {
    translations: { 'zh-CN': { name: `竹托盘 ${name}`, specs: [] }, en: { name: `Bamboo tray ${name}`, specs: [] } },
    categoryId: await leafCategory(supplier.request),
    brandId: brand.id,
    modelNumber: 'BT-30',
    unit: 'piece',
    moq: 10,
    currency: 'USD',
    priceTiers: [{ minQuantity: 10, unitPrice: '12.50' }],
    origin: 'CN',
  })) as { product: { id: string } };
  await apiCall(supplier.request, 'POST', '/api/supplier/products/shelf', { ids: [product.id], onShelf: true });
  return product.id;
}

/** A new account that has "Buyer information" (Germany) and a default delivery address. */
async function buyerPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const user = newUser('buyer');
  await register(page, 'en', user);
  await logIn(page, 'en', user.accountName, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  await apiCall(page.request, 'PUT', '/api/buyer/profile', {
    buyer: {
      companyNameEn: `Hansa Import ${user.accountName}`,
      country: 'DE',
      registeredAddress: 'Speicherstadt 1, 20457 Hamburg',
      contactPerson: 'Jonas Weber',
      phone: '+49 40 123456',
      email: user.email,
    },
  });
  await apiCall(page.request, 'POST', '/api/buyer/addresses', {
    recipient: 'Jonas Weber',
    phone: '+49 40 123456',
    country: 'DE',
    city: 'Hamburg',
    addressLine: 'Am Sandtorkai 5',
    postalCode: '20457',
  });
  return page;
}

export interface OrderWorld {
  /** The supplier, logged in (the test's own page). */
  supplier: Page;
  /** The buyer, logged in, in a context of its own. */
  buyer: Page;
  productName: string;
  /** Submits another export order of `quantity` pieces; its id. */
  order: (quantity?: number) => Promise<string>;
}

export async function orderWorld(page: Page, browser: Browser): Promise<OrderWorld> {
  const supplier = await approvedSupplierWithBrand(page, browser);
  const productName = supplier.accountName;
  const productId = await productOnShelf(page, productName);
  const buyer = await buyerPage(browser);
  const { addresses } = (await (await buyer.request.get('/api/buyer/addresses')).json()) as {
    addresses: { id: string }[];
  };
  const addressId = addresses[0]?.id;
  if (!addressId) throw new Error('no address');
  const order = async (quantity = 100) => {
    const origin = new URL((await buyer.request.get('/readyz')).url()).origin;
    const response = await buyer.request.post('/api/orders', {
      headers: { origin, 'idempotency-key': randomUUID() },
      data: {
        lines: [{ productId, quantity }],
        tradeType: 'export',
        addressId,
        destinationCountry: 'DE',
        destinationPort: 'Hamburg',
        preferredIncoterm: 'FOB',
        buyerNote: 'Cartons of 20, please.',
      },
    });
    expect([200, 201], await response.text()).toContain(response.status());
    return ((await response.json()) as { order: OrderDetail }).order.id;
  };
  return { supplier: page, buyer, productName, order };
}

/** The buyer's side through the API: an event with the version the buyer reads now. */
export async function buyerEvent(buyer: Page, id: string, event: 'accept' | 'cancel'): Promise<OrderDetail> {
  const { order } = (await (await buyer.request.get(`/api/orders/${id}`)).json()) as { order: OrderDetail };
  const answer = (await apiCall(buyer.request, 'POST', `/api/orders/${id}/events`, {
    event,
    version: order.version,
  })) as { order: OrderDetail };
  return answer.order;
}
