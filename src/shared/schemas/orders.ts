import { z } from 'zod';
import { PRODUCT_CURRENCIES } from '../catalog-options.js';
import { COUNTRY_CODES } from '../countries.js';
import { LOCALES } from '../locales.js';
import { CONTRACT_STATES, INVOICE_STATUSES } from '../state-machines/contract.js';
import { ORDER_EVENTS, ORDER_STATES } from '../state-machines/order.js';
import {
  addressSnapshotSchema,
  invoiceProfileSnapshotSchema,
  type AddressSnapshot,
  type InvoiceProfileSnapshot,
} from './buyers.js';
import { rowVersion } from './numbers.js';
import { safeMultilineText, safeText } from './text.js';

/**
 * The orders API (issue 12; docs/decisions/0010-orders.md). Shared by the routes and the web app.
 *
 * Buyer:    POST /api/orders/preview · POST /api/orders (Idempotency-Key) · GET /api/orders ·
 *           GET /api/orders/:id · POST /api/orders/:id/events
 * Supplier: GET /api/supplier/orders · GET /api/supplier/orders/:id ·
 *           PUT /api/supplier/orders/:id/terms · POST /api/supplier/orders/:id/events ·
 *           POST /api/supplier/orders/:id/payments
 * Staff:    GET /api/admin/orders · GET /api/admin/orders/:id (read-only, audited)
 */

export const INCOTERMS_2020 = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
/** Sea and inland waterway terms: a port is the named place. */
export const SEA_INCOTERMS: readonly string[] = ['FAS', 'FOB', 'CFR', 'CIF'];
export const TRADE_TYPES = ['domestic', 'export'] as const;
export type TradeType = (typeof TRADE_TYPES)[number];
/** T/T, L/C at sight, L/C usance, D/P, D/A, open account, other (described in the terms). */
export const PAYMENT_METHODS = ['tt', 'lc_sight', 'lc_usance', 'dp', 'da', 'open_account', 'other'] as const;
export const PAYMENT_KINDS = ['deposit', 'balance', 'other'] as const;
export const ORDER_CURRENCIES = PRODUCT_CURRENCIES;
export const ORDER_PAGE_SIZE = 20;
export const MAX_ORDER_LINES = 50;

const text = (max: number) => safeText('required').trim().min(1, 'required').max(max, 'too_long');
const optionalText = (max: number) => safeText().trim().max(max, 'too_long').optional();
const optionalMultiline = (max: number) => safeMultilineText().trim().max(max, 'too_long').optional();
const country = z.enum(COUNTRY_CODES as [string, ...string[]], 'country_invalid');
const isoDate = z.iso.date('date_invalid');
/** A non-negative amount with at most 2 decimals, as a string (exact). */
export const amountText = safeText('required')
  .trim()
  .regex(/^\d{1,15}(\.\d{1,2})?$/, 'amount_invalid');
/** A unit price with at most 4 decimals, greater than zero. */
export const unitPriceText = safeText('required')
  .trim()
  .regex(/^\d{1,13}(\.\d{1,4})?$/, 'price_invalid')
  .refine((v) => /[1-9]/.test(v), 'price_invalid');
const quantity = z
  .number('required')
  .int('quantity_invalid')
  .min(1, 'quantity_invalid')
  .max(100_000_000, 'quantity_invalid');

// ---- Snapshots frozen into an order -------------------------------------------------------

/** The buyer's delivery address and invoice profile as copied into an order (src/shared/schemas/buyers.ts). */
export { addressSnapshotSchema, invoiceProfileSnapshotSchema, type AddressSnapshot, type InvoiceProfileSnapshot };

/** A contract party as it was when the order was submitted. */
export const partySnapshotSchema = z.object({
  companyNameZh: z.string().nullable(),
  companyNameEn: z.string().nullable(),
  country: z.string(),
  registeredAddress: z.string().nullable(),
  /** Unified social credit code (mainland China) or the registration number. */
  registrationNumber: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type PartySnapshot = z.infer<typeof partySnapshotSchema>;

export const lineSnapshotSchema = z.object({
  /** Names per locale as the product had them (a missing locale falls back to en, then zh-CN). */
  names: z.partialRecord(z.enum(LOCALES), z.string()),
  modelNumber: z.string().nullable(),
  unit: z.string(),
  pictureFileId: z.string().nullable(),
  hsCode: z.string().nullable(),
  origin: z.string().nullable(),
  brandName: z.string().nullable(),
  moq: z.number(),
  priceTiers: z.array(z.object({ minQuantity: z.number(), unitPrice: z.string() })),
  /** The catalog currency the ordered price is in (the supplier may complete the order in another). */
  currency: z.string().optional(),
});
export type LineSnapshot = z.infer<typeof lineSnapshotSchema>;

/** One changed field in a timeline event: old → new (strings as shown, null when empty). */
export const fieldChangeSchema = z.object({
  field: z.string(),
  line: z.number().optional(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

// ---- Buyer: preview and submit ------------------------------------------------------------

export const orderLineRequestSchema = z.object({ productId: z.uuid('required'), quantity });

/** The lines alone: the order form asks the server for prices and totals (never computed in the browser). */
export const orderPreviewRequestSchema = z.object({
  lines: z.array(orderLineRequestSchema).min(1, 'required').max(MAX_ORDER_LINES, 'too_many'),
});

export const orderSubmitSchema = orderPreviewRequestSchema.extend({
  tradeType: z.enum(TRADE_TYPES, 'required'),
  addressId: z.uuid('required'),
  destinationCountry: country.optional(),
  destinationPort: optionalText(100),
  preferredIncoterm: z.enum(INCOTERMS_2020, 'required').optional(),
  invoiceRequired: z.boolean().default(false),
  invoiceProfileId: z.uuid('required').optional(),
  requestedDeliveryDate: isoDate.optional(),
  buyerNote: optionalMultiline(2000),
});
export type OrderSubmit = z.infer<typeof orderSubmitSchema>;

/** Idempotency-Key header: 8–100 visible ASCII characters (a UUID from the form). */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{8,100}$/, 'idempotency_key_invalid');

export const pricedLineSchema = z.object({
  productId: z.string(),
  quantity: z.number(),
  unitPrice: z.string(),
  amount: z.string(),
  snapshot: lineSnapshotSchema,
});

export const orderPreviewSchema = z.object({
  supplierId: z.string(),
  supplierName: z.string(),
  currency: z.string(),
  lines: z.array(pricedLineSchema),
  total: z.string(),
  /** Trade types this buyer may choose with this supplier (domestic only when in one country). */
  tradeTypes: z.array(z.enum(TRADE_TYPES)),
});
export type OrderPreview = z.infer<typeof orderPreviewSchema>;

// ---- Supplier: completing the order (guide 5.1) -------------------------------------------

export const orderTermsSchema = z.object({
  version: rowVersion,
  currency: z.enum(ORDER_CURRENCIES, 'required'),
  lines: z
    .array(z.object({ position: z.number().int().min(1).max(MAX_ORDER_LINES), unitPrice: unitPriceText }))
    .min(1, 'required')
    .max(MAX_ORDER_LINES, 'too_many'),
  shippingCost: amountText.optional(),
  discount: amountText.optional(),
  deliveryDate: isoDate.optional(),
  leadTimeDays: z.number().int('quantity_invalid').min(0, 'quantity_invalid').max(3650, 'quantity_invalid').optional(),
  incoterm: z.enum(INCOTERMS_2020, 'required').optional(),
  namedPlace: optionalText(200),
  portOfLoading: optionalText(100),
  portOfDestination: optionalText(100),
  paymentMethod: z.enum(PAYMENT_METHODS, 'required'),
  depositPercent: z.number().int('percent_invalid').min(0, 'percent_invalid').max(100, 'percent_invalid').optional(),
  paymentTerms: text(500),
  packaging: optionalText(500),
  offerValidUntil: isoDate,
  supplierNote: optionalMultiline(2000),
});
export type OrderTerms = z.infer<typeof orderTermsSchema>;

// ---- Transitions, progress and payments ---------------------------------------------------

export const orderEventRequestSchema = z.object({
  event: z.enum(ORDER_EVENTS, 'required'),
  version: rowVersion,
  /** Required with decline, buyer_decline and request_changes; optional with cancel. */
  reason: optionalMultiline(1000),
  /** With ship. */
  carrier: optionalText(100),
  trackingNumber: optionalText(100),
  shippedOn: isoDate.optional(),
  /** With deliver. */
  deliveredOn: isoDate.optional(),
});
export type OrderEventRequest = z.infer<typeof orderEventRequestSchema>;

export const orderPaymentRequestSchema = z.object({
  kind: z.enum(PAYMENT_KINDS, 'required'),
  amount: amountText.refine((v) => /[1-9]/.test(v), 'amount_invalid'),
  receivedOn: isoDate,
  proofFileId: z.uuid().optional(),
});

// ---- Lists and details --------------------------------------------------------------------

export const orderListQuerySchema = z.object({
  status: z.enum(ORDER_STATES).optional(),
  /** Order number, buyer/supplier company, product name or model. */
  q: safeText().trim().max(100, 'too_long').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

export const orderSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(ORDER_STATES),
  tradeType: z.enum(TRADE_TYPES),
  currency: z.string(),
  totalAmount: z.string(),
  /** The other party's company name (zh and en as registered). */
  counterpartyNameZh: z.string().nullable(),
  counterpartyNameEn: z.string().nullable(),
  /** First line's product names and picture, and how many lines there are. */
  firstLineNames: lineSnapshotSchema.shape.names,
  firstLinePictureFileId: z.string().nullable(),
  lineCount: z.number(),
  /** The "Invoice & Contract" column (guide 5.2–5.3): null until the contract is generated. */
  contractStatus: z.enum(CONTRACT_STATES).nullable(),
  invoiceStatus: z.enum(INVOICE_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const orderListSchema = z.object({
  items: z.array(orderSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Orders per status for the tabs (whole list, ignoring q/from/to). */
  counts: z.partialRecord(z.enum(ORDER_STATES), z.number()),
});
export type OrderList = z.infer<typeof orderListSchema>;

export const orderLineSchema = z.object({
  position: z.number(),
  productId: z.string(),
  quantity: z.number(),
  orderedUnitPrice: z.string(),
  finalUnitPrice: z.string().nullable(),
  amount: z.string(),
  snapshot: lineSnapshotSchema,
});

export const orderTimelineEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fromStatus: z.enum(ORDER_STATES).nullable(),
  toStatus: z.enum(ORDER_STATES).nullable(),
  actorRole: z.enum(['buyer', 'supplier', 'system', 'staff']),
  changes: z.array(fieldChangeSchema),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type OrderTimelineEvent = z.infer<typeof orderTimelineEventSchema>;

export const orderPaymentSchema = z.object({
  id: z.string(),
  kind: z.enum(PAYMENT_KINDS),
  amount: z.string(),
  currency: z.string(),
  receivedOn: z.string(),
  proofFileId: z.string().nullable(),
  createdAt: z.string(),
});

export const orderDetailSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(ORDER_STATES),
  version: z.number(),
  /** Who is looking: decides the buttons (allowedEvents) and which party is "the other". */
  viewer: z.enum(['buyer', 'supplier', 'staff']),
  allowedEvents: z.array(z.enum(ORDER_EVENTS)),
  tradeType: z.enum(TRADE_TYPES),
  currency: z.string(),
  supplierId: z.string(),
  request: z.object({
    deliveryAddress: addressSnapshotSchema,
    destinationCountry: z.string().nullable(),
    destinationPort: z.string().nullable(),
    preferredIncoterm: z.string().nullable(),
    invoiceRequired: z.boolean(),
    invoiceProfile: invoiceProfileSnapshotSchema.nullable(),
    requestedDeliveryDate: z.string().nullable(),
    buyerNote: z.string().nullable(),
    orderedTotal: z.string(),
    /** The currency of the ordered prices and total (the catalog's); `currency` is the order's now. */
    orderedCurrency: z.string(),
  }),
  buyerParty: partySnapshotSchema,
  supplierParty: partySnapshotSchema,
  terms: z.object({
    shippingCost: z.string().nullable(),
    discount: z.string().nullable(),
    goodsTotal: z.string(),
    totalAmount: z.string(),
    deliveryDate: z.string().nullable(),
    leadTimeDays: z.number().nullable(),
    incoterm: z.string().nullable(),
    namedPlace: z.string().nullable(),
    portOfLoading: z.string().nullable(),
    portOfDestination: z.string().nullable(),
    paymentMethod: z.enum(PAYMENT_METHODS).nullable(),
    depositPercent: z.number().nullable(),
    paymentTerms: z.string().nullable(),
    packaging: z.string().nullable(),
    offerValidUntil: z.string().nullable(),
    supplierNote: z.string().nullable(),
    savedAt: z.string().nullable(),
  }),
  shipment: z.object({
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    shippedOn: z.string().nullable(),
    deliveredOn: z.string().nullable(),
  }),
  statusReason: z.string().nullable(),
  lines: z.array(orderLineSchema),
  payments: z.array(orderPaymentSchema),
  /** Latest first. */
  timeline: z.array(orderTimelineEventSchema),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderIdParamsSchema = z.object({ id: z.uuid() });
