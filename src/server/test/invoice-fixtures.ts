/**
 * Invoices for tests (issue 13, guide 5.3): domestic orders that asked for an invoice, driven to
 * contract signing through the real routes; invoice bodies that add up; the section as a party
 * sees it.
 */
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { DomesticInvoiceRecord } from '../../shared/schemas/documents.js';
import type { OrderDetail } from '../../shared/schemas/orders.js';
import { platformDay } from '../../shared/working-days.js';
import { invoiceSectionFor } from '../modules/invoices/index.js';
import { orders } from '../modules/orders/orders.tables.js';
import type { OrderViewer } from '../modules/orders/index.js';
import { makeBuyer, type TestBuyer } from './buyer-fixtures.js';
import { fire, placeOrder, saveTerms, type OrdersWorld } from './order-fixtures.js';
import { call, upload, type TestUser } from './supplier-fixtures.js';
import { pdf } from './upload-corpus.js';

export const invoicesUrl = (orderId: string) => `/api/orders/${orderId}/invoices`;
export const exportInvoiceUrl = (orderId: string) => `/api/orders/${orderId}/export-invoice`;

/** A Chinese buyer (domestic trade with the Chinese supplier, mails in Chinese) whose invoice profile is special VAT. */
export const chineseBuyer = (w: OrdersWorld): Promise<TestBuyer> => makeBuyer(w.t, { country: 'CN', locale: 'zh-CN' });

/**
 * A domestic order that asked for an invoice: 500 × 0.12 + 25.00 shipping = 85.00, driven to
 * `state` (waiting_for_perfection, awaiting_acceptance or contract_signing).
 */
export async function domesticOrder(
  w: OrdersWorld,
  buyer: TestBuyer,
  state: 'waiting_for_perfection' | 'awaiting_acceptance' | 'contract_signing' = 'contract_signing',
): Promise<OrderDetail> {
  let order = await placeOrder(
    w,
    500,
    { tradeType: 'domestic', invoiceRequired: true, invoiceProfileId: buyer.invoiceProfileId },
    buyer,
  );
  if (state === 'waiting_for_perfection') return order;
  order = await saveTerms(w, order, { incoterm: undefined, namedPlace: undefined, portOfLoading: undefined });
  order = await fire(w, 'supplier', order, 'confirm');
  if (state === 'awaiting_acceptance') return order;
  return fire(w, 'buyer', order, 'accept', {}, buyer);
}

/** An invoice body that adds up: 13 % VAT on `amountExclTax`, total = amount + tax. */
export function invoiceBody(
  fileId: string,
  amounts: { amountExclTax: string; taxAmount: string; totalAmount: string },
  overrides: Partial<DomesticInvoiceRecord> = {},
): DomesticInvoiceRecord {
  return {
    invoiceNumber: `2631200000${Math.floor(Math.random() * 1e10)
      .toString()
      .padStart(10, '0')}`,
    issuedOn: '2026-01-02',
    invoiceType: 'special_vat',
    taxRate: '13',
    kind: 'full',
    fileId,
    ...amounts,
    ...overrides,
  };
}

/** 85.00 in full: 75.22 + 13 % (9.7786 → 9.78). */
export const FULL_85 = { amountExclTax: '75.22', taxAmount: '9.78', totalAmount: '85.00' };

export const invoiceFile = async (w: OrdersWorld, user: TestUser = w.supplier) =>
  (await upload(w.t.app, user.cookie, 'domestic_invoice', 'invoice.pdf', pdf())).id;

export function recordRequest(w: OrdersWorld, user: TestUser, orderId: string, body: object) {
  w.t.clock.advance(1000);
  return call(w.t.app, 'POST', invoicesUrl(orderId), { cookie: user.cookie, payload: body });
}

export function expectStatus(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  return res;
}

export const today = (w: OrdersWorld) => platformDay(w.t.clock.now());

/** The invoices' part of "Invoice & Contract" as `viewer` sees it (the contracts module serves it). */
export async function sectionAs(w: OrdersWorld, orderId: string, viewer: OrderViewer) {
  const [order] = await w.t.database.db.select().from(orders).where(eq(orders.id, orderId));
  return invoiceSectionFor(w.t.database.db, order!, viewer);
}

export async function orderRow(w: OrdersWorld, orderId: string) {
  const [order] = await w.t.database.db.select().from(orders).where(eq(orders.id, orderId));
  return order!;
}
