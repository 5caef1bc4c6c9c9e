import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AddressSnapshot,
  FieldChange,
  InvoiceProfileSnapshot,
  LineSnapshot,
  PartySnapshot,
} from '../../../shared/schemas/orders.js';
import { users } from '../accounts/accounts.tables.js';
import { products } from '../catalog/catalog.tables.js';
import { files } from '../files/files.tables.js';
import { suppliers } from '../suppliers/suppliers.tables.js';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const unitPrice = (name: string) => numeric(name, { precision: 18, scale: 4 });

/**
 * An order (guide 5): what the buyer submitted (frozen snapshots of the lines and both parties),
 * the terms the supplier completes ("waiting for perfection") and the state of the trade.
 * States move only through src/shared/state-machines/order.ts (guarded updates carry the
 * version and the event's source states). docs/decisions/0010-orders.md.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** BR-YYYYMMDD-NNNN: the platform day's sequence (order_number_counters). */
    number: text('number').notNull(),
    buyerUserId: uuid('buyer_user_id')
      .notNull()
      .references(() => users.id),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    status: text('status').notNull().default('waiting_for_perfection'),
    version: integer('version').notNull().default(1),
    /** domestic (buyer and supplier in one country) | export. */
    tradeType: text('trade_type').notNull(),
    currency: text('currency').notNull(),

    // What the buyer asked for.
    deliveryAddress: jsonb('delivery_address').$type<AddressSnapshot>().notNull(),
    destinationCountry: text('destination_country'),
    destinationPort: text('destination_port'),
    preferredIncoterm: text('preferred_incoterm'),
    invoiceRequired: boolean('invoice_required').notNull().default(false),
    invoiceProfile: jsonb('invoice_profile').$type<InvoiceProfileSnapshot>(),
    requestedDeliveryDate: date('requested_delivery_date'),
    buyerNote: text('buyer_note'),
    orderedTotal: money('ordered_total').notNull(),

    // Both parties as they were at submission (the contract's parties).
    buyerParty: jsonb('buyer_party').$type<PartySnapshot>().notNull(),
    supplierParty: jsonb('supplier_party').$type<PartySnapshot>().notNull(),

    // The supplier's completed terms (guide 5.1), editable while waiting for perfection.
    shippingCost: money('shipping_cost'),
    discount: money('discount'),
    goodsTotal: money('goods_total').notNull(),
    totalAmount: money('total_amount').notNull(),
    deliveryDate: date('delivery_date'),
    leadTimeDays: integer('lead_time_days'),
    incoterm: text('incoterm'),
    namedPlace: text('named_place'),
    portOfLoading: text('port_of_loading'),
    portOfDestination: text('port_of_destination'),
    paymentMethod: text('payment_method'),
    depositPercent: integer('deposit_percent'),
    paymentTerms: text('payment_terms'),
    packaging: text('packaging'),
    offerValidUntil: date('offer_valid_until'),
    supplierNote: text('supplier_note'),
    termsSavedAt: timestamp('terms_saved_at', { withTimezone: true }),

    // Shipment (recorded with the "ship" event; the export invoice and B/L use it).
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    shippedOn: date('shipped_on'),
    deliveredOn: date('delivered_on'),

    // What a list row shows, copied at submission from the frozen snapshots (they never change
    // afterwards), so a page of the lists reads `orders` alone: no join to the lines, no JSON
    // taken apart per row (docs/performance.md, "Order Management").
    buyerNameZh: text('buyer_name_zh'),
    buyerNameEn: text('buyer_name_en'),
    supplierNameZh: text('supplier_name_zh'),
    supplierNameEn: text('supplier_name_en'),
    firstLineNames: jsonb('first_line_names').$type<LineSnapshot['names']>(),
    firstLinePictureFileId: text('first_line_picture_file_id'),
    lineCount: integer('line_count').notNull().default(0),

    // "Invoice & Contract" column of the lists (issue 13), kept by the contracts and invoices
    // modules in the same transaction as their changes, so a list page reads one table.
    /** A ContractState, null until the contract is generated (the buyer's acceptance). */
    contractStatus: text('contract_status'),
    /** An InvoiceStatus (src/shared/schemas/documents.ts). */
    invoiceStatus: text('invoice_status').notNull().default('not_requested'),

    /** Reason given with decline / buyer_decline / cancel / request_changes (latest). */
    statusReason: text('status_reason'),
    /** Folded number, parties' names and line names/models (trigram search in the lists). */
    searchDoc: text('search_doc').notNull().default(''),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    uniqueIndex('orders_idempotency_key').on(t.buyerUserId, t.idempotencyKey),
    // The lists: newest first, per party, optionally per status (a tab).
    index('orders_supplier_newest_idx').on(t.supplierId, t.createdAt.desc(), t.id),
    index('orders_supplier_status_idx').on(t.supplierId, t.status, t.createdAt.desc(), t.id),
    index('orders_buyer_newest_idx').on(t.buyerUserId, t.createdAt.desc(), t.id),
    index('orders_buyer_status_idx').on(t.buyerUserId, t.status, t.createdAt.desc(), t.id),
    index('orders_offer_expiry_idx')
      .on(t.offerValidUntil)
      .where(sql`${t.status} = 'awaiting_acceptance'`),
    index('orders_search_doc_trgm').using('gin', sql`${t.searchDoc} gin_trgm_ops`),
  ],
);

/** The order's lines: the product as it was (snapshot) and the buyer's and supplier's prices. */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    quantity: integer('quantity').notNull(),
    /** The tier price the buyer saw and ordered at. */
    orderedUnitPrice: unitPrice('ordered_unit_price').notNull(),
    /** The supplier's final price (guide 5.1: "may differ"); null until completed = ordered. */
    finalUnitPrice: unitPrice('final_unit_price'),
    amount: money('amount').notNull(),
    snapshot: jsonb('snapshot').$type<LineSnapshot>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.position] }), index('order_lines_product_idx').on(t.productId)],
);

/** The timeline both parties see (guide 5.4): every transition and recorded fact, who and when. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** 'submitted' | an OrderEvent | 'terms_saved' | 'payment_recorded'. */
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actorId: uuid('actor_id').references(() => users.id),
    /** 'buyer' | 'supplier' | 'system' | 'staff'. */
    actorRole: text('actor_role').notNull(),
    changes: jsonb('changes').$type<FieldChange[]>().notNull().default([]),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.createdAt)],
);

/** Payments the supplier records as received (deposit, balance), with an optional proof file. */
export const orderPayments = pgTable(
  'order_payments',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** deposit | balance | other. */
    kind: text('kind').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    receivedOn: date('received_on').notNull(),
    proofFileId: uuid('proof_file_id').references(() => files.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_payments_order_idx').on(t.orderId, t.createdAt)],
);

/**
 * One row per platform day: `last` is that day's last order number. Taken with one
 * INSERT … ON CONFLICT DO UPDATE … RETURNING inside the order's transaction, so concurrent
 * submissions queue on the row and a rolled-back order leaves no gap.
 */
export const orderNumberCounters = pgTable('order_number_counters', {
  day: date('day').primaryKey(),
  last: integer('last').notNull(),
});

/**
 * How many orders each party has per status — the list's tabs and its unfiltered total, read as a
 * handful of rows by primary key instead of a GROUP BY over all of a supplier's orders on every
 * request (docs/performance.md, "Order Management"). `party_kind` 'supplier' counts by
 * orders.supplier_id, 'buyer' by orders.buyer_user_id. Kept exact in the orders' own transactions:
 * +1 when an order is submitted, −1/+1 with every guarded transition, each one
 * INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n; the migration filled it from the orders.
 */
export const orderStatusCounts = pgTable(
  'order_status_counts',
  {
    partyKind: text('party_kind').notNull(),
    partyId: uuid('party_id').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyKind, t.partyId, t.status] })],
);
