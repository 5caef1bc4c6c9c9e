import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { approvedSupplier, staffPage } from './brand-helpers.js';
import { logIn, newUser, register, type NewUser } from './helpers.js';
import { approvedBrand } from './product-helpers.js';
import { apiCall } from './supplier-helpers.js';

/**
 * The order pages' journeys (issue 12) start from orders that exist: a supplier of its own with
 * one product on the shelf, a buyer from Germany (export trade) with "Buyer information" and a
 * delivery address, orders submitted through the API — the order form is another journey's.
 */

async function origin(request: APIRequestContext): Promise<string> {
  return new URL((await request.get('/readyz')).url()).origin;
}

/** The first category without children (products go into leaves). */
async function leafCategoryId(request: APIRequestContext): Promise<string> {
  type Node = { id: string; children?: Node[] };
  const { categories } = (await (await request.get('/api/catalog/categories')).json()) as { categories: Node[] };
  let node = categories[0];
  while (node?.children?.length) node = node.children[0];
  if (!node) throw new Error('no categories');
  return node.id;
}

export interface OrderWorld {
  supplier: NewUser & { page: Page };
  rival: NewUser & { page: Page };
  buyer: NewUser & { page: Page; companyNameEn: string };
  staff: Page;
  productName: string;
  productId: string;
}

/** A product on the shelf: MOQ 10 pieces at US$1.20, from 100 pieces US$1.10. */
export async function productOnShelf(supplier: Page, brandName: string, name: string): Promise<string> {
  const { brands } = (await (await supplier.request.get('/api/supplier/brands')).json()) as {
    brands: { id: string; nameEn: string | null }[];
  };
  const brand = brands.find((b) => b.nameEn === brandName);
  if (!brand) throw new Error(`no brand ${brandName}`);
  const { product } = (await apiCall(supplier.request, 'POST', '/api/supplier/products', {
    translations: { 'zh-CN': { name: `园林剪 ${name}` }, en: { name } },
    categoryId: await leafCategoryId(supplier.request),
    brandId: brand.id,
    modelNumber: 'GS-200',
    unit: 'piece',
    moq: 10,
    currency: 'USD',
    priceTiers: [
      { minQuantity: 10, unitPrice: '1.20' },
      { minQuantity: 100, unitPrice: '1.10' },
    ],
    origin: 'CN',
    hsCode: '820140',
  })) as { product: { id: string } };
  await apiCall(supplier.request, 'POST', '/api/supplier/products/shelf', { ids: [product.id], onShelf: true });
  return product.id;
}

/** A buyer in Germany with "Buyer information" and a default delivery address. */
async function germanBuyer(browser: Browser): Promise<OrderWorld['buyer']> {
  const page = await (await browser.newContext()).newPage();
  const user = newUser('orderbuyer');
  await register(page, 'en', user);
  await logIn(page, 'en', user.accountName, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  const companyNameEn = `Hanse Einkauf ${user.accountName} GmbH`;
  await apiCall(page.request, 'PUT', '/api/buyer/profile', {
    buyer: {
      companyNameEn,
      country: 'DE',
      registeredAddress: 'Am Sandtorkai 1, 20457 Hamburg',
      contactPerson: 'Jana Vogel',
      phone: '+49 40 123456',
      email: user.email,
    },
  });
  await apiCall(page.request, 'POST', '/api/buyer/addresses', {
    recipient: 'Jana Vogel',
    phone: '+49 40 123456',
    country: 'DE',
    city: 'Hamburg',
    addressLine: 'Am Sandtorkai 1',
    postalCode: '20457',
    isDefault: true,
  });
  return { ...user, page, companyNameEn };
}

export async function orderWorld(browser: Browser): Promise<OrderWorld> {
  const staff = await staffPage(browser);
  const supplierPage = await (await browser.newContext()).newPage();
  const supplier = await approvedSupplier(supplierPage, staff, 'seller');
  const brandName = `Banyan ${supplier.accountName}`;
  await approvedBrand(supplierPage, staff, brandName);
  const productName = `Garden shears ${supplier.accountName}`;
  const productId = await productOnShelf(supplierPage, brandName, productName);
  const rivalPage = await (await browser.newContext()).newPage();
  const rival = await approvedSupplier(rivalPage, staff, 'rival');
  const buyer = await germanBuyer(browser);
  return {
    supplier: { ...supplier, page: supplierPage },
    rival: { ...rival, page: rivalPage },
    buyer,
    staff,
    productName,
    productId,
  };
}

export interface PlacedOrder {
  id: string;
  number: string;
  version: number;
}

/** The buyer submits an export order (FOB Hamburg) for `quantity` pieces. */
export async function placeOrder(buyer: Page, productId: string, quantity: number): Promise<PlacedOrder> {
  const response = await buyer.request.post('/api/orders', {
    headers: { origin: await origin(buyer.request), 'idempotency-key': crypto.randomUUID() },
    data: {
      lines: [{ productId, quantity }],
      tradeType: 'export',
      addressId: await defaultAddressId(buyer.request),
      destinationCountry: 'DE',
      destinationPort: 'Hamburg',
      preferredIncoterm: 'FOB',
      buyerNote: 'Please pack in export cartons.',
    },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  const { order } = (await response.json()) as { order: PlacedOrder };
  return order;
}

async function defaultAddressId(request: APIRequestContext): Promise<string> {
  const { addresses } = (await (await request.get('/api/buyer/addresses')).json()) as { addresses: { id: string }[] };
  if (!addresses[0]) throw new Error('the buyer has no address');
  return addresses[0].id;
}

/**
 * The supplier completes the order information with a final unit price of its own and CIF terms,
 * and confirms ("Both the buyer and seller can proceed … only after the supplier confirms").
 */
export async function completeAndConfirm(supplier: Page, order: PlacedOrder, unitPrice: string): Promise<void> {
  const at = `/api/supplier/orders/${order.id}`;
  const { order: current } = (await (await supplier.request.get(at)).json()) as { order: { version: number } };
  const offerValidUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const saved = (await apiCall(supplier.request, 'PUT', `${at}/terms`, {
    version: current.version,
    currency: 'USD',
    lines: [{ position: 1, unitPrice }],
    shippingCost: '25.00',
    leadTimeDays: 20,
    incoterm: 'CIF',
    namedPlace: 'Hamburg',
    portOfLoading: 'Ningbo',
    portOfDestination: 'Hamburg',
    paymentMethod: 'tt',
    depositPercent: 30,
    paymentTerms: '30 % T/T deposit, 70 % before shipment',
    packaging: 'Export cartons',
    offerValidUntil,
  })) as { order: { version: number } };
  await apiCall(supplier.request, 'POST', `${at}/events`, { event: 'confirm', version: saved.order.version });
}
