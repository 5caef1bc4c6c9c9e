import { sql } from 'drizzle-orm';
import {
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
import type { ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import { users } from '../accounts/accounts.tables.js';
import { files } from '../files/files.tables.js';
import { orders } from '../orders/orders.tables.js';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 });

/**
 * Domestic invoices (guide 5.3.1): issued by the supplier in its own tax system and recorded
 * here with the file (PDF, OFD or a picture, stored as uploaded) and its SHA-256.
 */
export const domesticInvoices = pgTable(
  'domestic_invoices',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    invoiceNumber: text('invoice_number').notNull(),
    invoiceCode: text('invoice_code'),
    issuedOn: date('issued_on').notNull(),
    /** ordinary | special_vat */
    invoiceType: text('invoice_type').notNull(),
    amountExclTax: money('amount_excl_tax').notNull(),
    taxRate: numeric('tax_rate', { precision: 5, scale: 2 }).notNull(),
    taxAmount: money('tax_amount').notNull(),
    totalAmount: money('total_amount').notNull(),
    /** full | partial */
    kind: text('kind').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** pdf | ofd | jpeg | png */
    fileFormat: text('file_format').notNull(),
    fileSha256: text('file_sha256').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('domestic_invoices_number_key').on(t.orderId, t.invoiceNumber),
    index('domestic_invoices_order_idx').on(t.orderId, t.createdAt),
  ],
);

/**
 * The English commercial invoice and packing list of an export order (guide 5.3.2): generated
 * as a draft, corrected and confirmed by the supplier; only a confirmed version reaches the buyer.
 */
export const exportInvoices = pgTable(
  'export_invoices',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** CI-YYYYMMDD-NNNN: the order's number with the invoice's prefix. */
    number: text('number').notNull(),
    /** draft | confirmed (src/shared/state-machines/contract.ts EXPORT_INVOICE_STATES) */
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    currentVersionNo: integer('current_version_no').notNull().default(1),
    confirmedVersionNo: integer('confirmed_version_no'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('export_invoices_number_key').on(t.number)],
);

export const exportInvoiceVersions = pgTable(
  'export_invoice_versions',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => exportInvoices.orderId, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    fields: jsonb('fields').$type<ExportInvoiceFields>().notNull(),
    /** The document model (commercial invoice and packing list) exactly as rendered. */
    model: jsonb('model').notNull(),
    contentSha256: text('content_sha256').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.versionNo] })],
);
