/**
 * Orders for tests: a supplier with products on the shelf, buyers, "Submit" with an
 * Idempotency-Key, the supplier's terms and the events of both parties through the real routes.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Locale } from '../../shared/locales.js';
import type {
  LineSnapshot,
  OrderDetail,
  OrderEventRequest,
  OrderSubmit,
  OrderTerms,
} from '../../shared/schemas/orders.js';
import type { OrderState } from '../../shared/state-machines/order.js';
import { platformDay } from '../../shared/working-days.js';
import { orderLines, orders } from '../modules/orders/orders.tables.js';
import { makeBuyer, type TestBuyer } from './buyer-fixtures.js';
import {
  categoryId,
  createCatalogTestApp,
  publish,
  seller,
  type CatalogTestApp,
  type Seller,
} from './catalog-fixtures.js';
import { signContract } from './contract-fixtures.js';
import { call, type TestUser } from './supplier-fixtures.js';
import { listColumnsOf } from '../modules/orders/order-list-columns.js';
import { moveStatusCounts } from '../modules/orders/order-status-counts.repo.js';

export const ORDERS = '/api/orders';
export const SUPPLIER_ORDERS = '/api/supplier/orders';
export const ADMIN_ORDERS = '/api/admin/orders';
export const DAY_MS = 86_400_000;

export interface OrdersWorld {
  t: CatalogTestApp;
  supplier: Seller;
  category: string;
  /** USD, MOQ 100, tiers 100 → 0.12 and 1000 → 0.095. */
  productId: string;
  buyer: TestBuyer;
}

export async function createOrdersWorld(options: { supplierLocale?: Locale; buyerLocale?: Locale } = {}) {
  const t = await createCatalogTestApp();
  const supplier = await seller(t, {}, options.supplierLocale);
  const category = await categoryId(t, 'hardware-fasteners');
  const productId = await publish(t, supplier, category);
  const buyer = await makeBuyer(t, { locale: options.buyerLocale });
  return { t, supplier, category, productId, buyer } satisfies OrdersWorld;
}

/** A valid export order body for `buyer`. */
export function exportOrder(
  buyer: TestBuyer,
  lines: OrderSubmit['lines'],
  overrides: Partial<OrderSubmit> = {},
): OrderSubmit {
  return {
    lines,
    tradeType: 'export',
    addressId: buyer.addressId,
    destinationCountry: 'DE',
    destinationPort: 'Hamburg',
    preferredIncoterm: 'FOB',
    invoiceRequired: false,
    buyerNote: 'Please pack in cartons of 500.',
    ...overrides,
  };
}

/**
 * The fake clock stands still; each order action moves it a second on, so the timeline (ordered
 * by time) shows the steps in the order they were taken.
 */
const tick = (t: CatalogTestApp) => t.clock.advance(1000);

export const submitRequest = (t: CatalogTestApp, user: TestUser, body: object, key: string | null = randomUUID()) => {
  tick(t);
  return call(t.app, 'POST', ORDERS, {
    cookie: user.cookie,
    payload: body,
    headers: key ? { 'idempotency-key': key } : {},
  });
};

export function orderOf(res: LightMyRequestResponse, status = 200): OrderDetail {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ order: OrderDetail }>().order;
}

/** "Submit" → 201; the order as the buyer sees it. */
export async function placeOrder(
  w: OrdersWorld,
  quantity = 500,
  overrides: Partial<OrderSubmit> = {},
  buyer = w.buyer,
) {
  return orderOf(
    await submitRequest(w.t, buyer, exportOrder(buyer, [{ productId: w.productId, quantity }], overrides)),
    201,
  );
}

export const eventRequest = (
  t: CatalogTestApp,
  who: 'buyer' | 'supplier',
  user: TestUser,
  id: string,
  body: OrderEventRequest,
) => {
  tick(t);
  return call(t.app, 'POST', `${who === 'buyer' ? ORDERS : SUPPLIER_ORDERS}/${id}/events`, {
    cookie: user.cookie,
    payload: body,
  });
};

/** Complete terms for an order (final prices = ordered prices unless given), valid for a week. */
export function completeTerms(t: CatalogTestApp, order: OrderDetail, overrides: Partial<OrderTerms> = {}): OrderTerms {
  return {
    version: order.version,
    currency: order.currency as OrderTerms['currency'],
    lines: order.lines.map((l) => ({ position: l.position, unitPrice: l.finalUnitPrice ?? l.orderedUnitPrice })),
    shippingCost: '25.00',
    incoterm: 'FOB',
    namedPlace: 'Fuzhou',
    portOfLoading: 'Fuzhou',
    paymentMethod: 'tt',
    depositPercent: 30,
    paymentTerms: '30 % T/T deposit, 70 % before shipment',
    offerValidUntil: platformDay(new Date(t.clock.now().getTime() + 7 * DAY_MS)),
    ...overrides,
  };
}

export function termsRequest(t: CatalogTestApp, supplier: TestUser, id: string, body: object) {
  tick(t);
  return call(t.app, 'PUT', `${SUPPLIER_ORDERS}/${id}/terms`, { cookie: supplier.cookie, payload: body });
}

export async function saveTerms(w: OrdersWorld, order: OrderDetail, overrides: Partial<OrderTerms> = {}) {
  return orderOf(await termsRequest(w.t, w.supplier, order.id, completeTerms(w.t, order, overrides)));
}

export async function fire(
  w: OrdersWorld,
  who: 'buyer' | 'supplier',
  order: OrderDetail,
  event: OrderEventRequest['event'],
  extra: Partial<OrderEventRequest> = {},
  buyer: TestUser = w.buyer,
): Promise<OrderDetail> {
  const user = who === 'buyer' ? buyer : w.supplier;
  return orderOf(await eventRequest(w.t, who, user, order.id, { event, version: order.version, ...extra }));
}

/** Ship details the "ship" event needs. */
export const SHIPMENT = { carrier: 'COSCO', trackingNumber: 'COSU6123456780', shippedOn: '2026-12-20' } as const;

/** An order placed and driven through the API to `state` (expired: its status written directly). */
export async function orderIn(w: OrdersWorld, state: OrderState, buyer: TestBuyer = w.buyer): Promise<OrderDetail> {
  let order = await placeOrder(w, 500, {}, buyer);
  const step = async (who: 'buyer' | 'supplier', event: OrderEventRequest['event'], extra = {}) => {
    order = await fire(w, who, order, event, extra, buyer);
  };
  if (state === 'waiting_for_perfection') return order;
  if (state === 'cancelled') return (await step('buyer', 'cancel'), order);
  if (state === 'declined') return (await step('supplier', 'decline', { reason: 'Out of stock' }), order);
  order = await saveTerms(w, order);
  await step('supplier', 'confirm');
  if (state === 'awaiting_acceptance') return order;
  if (state === 'expired') {
    await setStatusDirectly(w.t.database.db, order.id, 'expired');
    return { ...order, status: 'expired' };
  }
  await step('buyer', 'accept');
  if (state === 'contract_signing') return order;
  // Production starts by itself once both signed copies of the contract are in (decision 0011).
  await signContract(w.t, { buyer, supplier: w.supplier }, order.id);
  order = orderOf(await call(w.t.app, 'GET', `${ORDERS}/${order.id}`, { cookie: buyer.cookie }));
  expect(order.status).toBe('in_production');
  if (state === 'in_production') return order;
  await step('supplier', 'ship', SHIPMENT);
  if (state === 'shipped') return order;
  await step('supplier', 'deliver', { deliveredOn: '2027-01-15' });
  if (state === 'delivered') return order;
  await step('buyer', 'confirm_receipt');
  return order;
}

/** Writes an order's status around the state machine (a test's shortcut), keeping the tabs' counters true. */
export async function setStatusDirectly(
  db: CatalogTestApp['database']['db'],
  orderId: string,
  status: OrderState,
): Promise<void> {
  const [before] = await db.select().from(orders).where(eq(orders.id, orderId));
  await db.update(orders).set({ status }).where(eq(orders.id, orderId));
  await moveStatusCounts(db, before!, before!.status, status);
}

/** An order row written directly (no shelf, no buyer information needed): for worlds that only need one to exist. */
export async function insertOrderRow(
  db: CatalogTestApp['database']['db'],
  values: { buyerUserId: string; supplierId: string; productId: string; number?: string },
): Promise<string> {
  const party = { ...EMPTY_PARTY, companyNameEn: 'Direct Row Ltd.' };
  const snapshot: LineSnapshot = {
    names: { en: 'Bolt' },
    modelNumber: null,
    unit: 'piece',
    pictureFileId: null,
    hsCode: null,
    origin: null,
    brandName: null,
    moq: 100,
    priceTiers: [],
  };
  const [row] = await db
    .insert(orders)
    .values({
      number: values.number ?? `BR-TEST-${randomUUID().slice(0, 8)}`,
      buyerUserId: values.buyerUserId,
      supplierId: values.supplierId,
      tradeType: 'export',
      currency: 'USD',
      deliveryAddress: {
        recipient: 'R',
        phone: '1',
        country: 'DE',
        region: null,
        city: 'Hamburg',
        addressLine: 'Hafenstraße 5',
        postalCode: null,
      },
      destinationCountry: 'DE',
      orderedTotal: '12.00',
      buyerParty: party,
      supplierParty: party,
      goodsTotal: '12.00',
      totalAmount: '12.00',
      ...listColumnsOf(party, party, [{ snapshot }]),
    })
    .returning({ id: orders.id });
  await db.insert(orderLines).values({
    orderId: row!.id,
    position: 1,
    productId: values.productId,
    quantity: 100,
    orderedUnitPrice: '0.12',
    amount: '12.00',
    snapshot,
  });
  await moveStatusCounts(db, values, null, 'waiting_for_perfection');
  return row!.id;
}

const EMPTY_PARTY = {
  companyNameZh: null,
  companyNameEn: null,
  country: 'DE',
  registeredAddress: null,
  registrationNumber: null,
  legalRepresentative: null,
  contactPerson: null,
  phone: null,
  email: null,
};
