import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { brandRejectionReasonSchema } from '../../../shared/schemas/brands.js';
import { users } from '../accounts/accounts.tables.js';
import { files } from '../files/files.tables.js';
import { suppliers } from '../suppliers/suppliers.tables.js';

/** Licensed brands: private (own trademark) or agency (authorized by the owner). */
export const brands = pgTable(
  'brands',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    kind: text('kind').notNull(),
    /** pending → approved | rejected; approved → expired; see src/shared/state-machines/brand.ts. */
    status: text('status').notNull().default('pending'),
    version: integer('version').notNull().default(1),
    nameZh: text('name_zh'),
    nameEn: text('name_en'),
    logoFileId: uuid('logo_file_id').references(() => files.id),
    trademarkNumber: text('trademark_number').notNull(),
    trademarkCountry: text('trademark_country').notNull(),
    niceClasses: integer('nice_classes').array().notNull(),
    certificateKind: text('certificate_kind').notNull(),
    certificateFileId: uuid('certificate_file_id')
      .notNull()
      .references(() => files.id),
    trademarkValidUntil: date('trademark_valid_until'),
    brandOwner: text('brand_owner'),
    authorizationFileId: uuid('authorization_file_id').references(() => files.id),
    authorizationLevel: text('authorization_level'),
    authorizationChain: text('authorization_chain'),
    territory: text('territory'),
    authorizationStart: date('authorization_start'),
    authorizationEnd: date('authorization_end'),
    /** min(trademark validity, authorization end): the day the brand expires. */
    validUntil: date('valid_until'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    rejectionReasons: jsonb('rejection_reasons').$type<z.infer<typeof brandRejectionReasonSchema>[]>(),
    rejectionNote: text('rejection_note'),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    /** Which reminders (30, 7 days) went out for the current validUntil; reset on renewal. */
    remindersSent: integer('reminders_sent')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('brands_supplier_idx').on(t.supplierId, t.kind),
    index('brands_queue_idx').on(t.status, t.submittedAt),
    index('brands_valid_until_idx').on(t.status, t.validUntil),
    index('brands_name_en_idx').on(sql`lower(${t.nameEn})`),
    index('brands_name_zh_idx').on(t.nameZh),
  ],
);
