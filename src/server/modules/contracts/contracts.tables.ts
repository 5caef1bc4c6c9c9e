import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ContractClauses } from '../../../shared/schemas/documents.js';
import { users } from '../accounts/accounts.tables.js';
import { files } from '../files/files.tables.js';
import { orders } from '../orders/orders.tables.js';

/**
 * The purchase contract of an order (guide 5.2; docs/decisions/0011-contracts-and-invoices.md):
 * one per order, generated when the buyer accepts the supplier's terms. Its state moves only
 * through src/shared/state-machines/contract.ts (guarded updates carry `version`).
 */
export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** BRC-YYYYMMDD-NNNN: the order's number with the contract's prefix. */
    number: text('number').notNull(),
    status: text('status').notNull().default('drafting'),
    version: integer('version').notNull().default(1),
    currentVersionNo: integer('current_version_no').notNull().default(1),
    confirmedVersionNo: integer('confirmed_version_no'),
    buyerComment: text('buyer_comment'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contracts_order_key').on(t.orderId), uniqueIndex('contracts_number_key').on(t.number)],
);

/**
 * Every version of a contract, kept forever: the furnished clauses, the whole document model
 * the PDF is made from (order snapshot + parties + clauses + template) and its SHA-256.
 */
export const contractVersions = pgTable(
  'contract_versions',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    clauses: jsonb('clauses').$type<ContractClauses>().notNull(),
    /** The document model (ContractDocumentModel) exactly as rendered. */
    model: jsonb('model').notNull(),
    contentSha256: text('content_sha256').notNull(),
    /** Set once the PDF has been generated (document_renders holds it by content hash). */
    pdfSha256: text('pdf_sha256'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.versionNo] })],
);

/** The signed and sealed scans each party uploads, with the version signed and the file's SHA-256. */
export const contractSignedCopies = pgTable(
  'contract_signed_copies',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    /** buyer | supplier */
    party: text('party').notNull(),
    versionNo: integer('version_no').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contract_signed_copies_contract_idx').on(t.contractId, t.createdAt)],
);
