import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * "Buyer information" (issue 12): the buyer party of every contract. One per account; an order
 * cannot be submitted without it. Orders copy it at submission (a later edit changes no order).
 */
export const buyerProfiles = pgTable('buyer_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  companyNameZh: text('company_name_zh'),
  companyNameEn: text('company_name_en'),
  country: text('country').notNull(),
  registeredAddress: text('registered_address').notNull(),
  contactPerson: text('contact_person').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  /** Unified social credit code: required (and checksum-validated) for mainland China. */
  creditCode: text('credit_code'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Delivery addresses; at most one default per account (partial unique index). */
export const buyerAddresses = pgTable(
  'buyer_addresses',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    phone: text('phone').notNull(),
    country: text('country').notNull(),
    region: text('region'),
    city: text('city').notNull(),
    addressLine: text('address_line').notNull(),
    postalCode: text('postal_code'),
    isDefault: boolean('is_default').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('buyer_addresses_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('buyer_addresses_one_default')
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);

/**
 * Invoice profiles for domestic (Chinese) invoices: 普通发票 ordinary or 增值税专用发票 special VAT
 * invoice; title (抬头), taxpayer identification number, registered address and phone, bank and
 * account (the last three required for a special VAT invoice).
 */
export const invoiceProfiles = pgTable(
  'invoice_profiles',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invoiceType: text('invoice_type').notNull(),
    title: text('title').notNull(),
    taxpayerId: text('taxpayer_id').notNull(),
    registeredAddress: text('registered_address'),
    registeredPhone: text('registered_phone'),
    bankName: text('bank_name'),
    bankAccount: text('bank_account'),
    isDefault: boolean('is_default').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('invoice_profiles_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('invoice_profiles_one_default')
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);
