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
import type { CompanyDraft, RejectionReason } from '../../../shared/schemas/suppliers.js';
import { users } from '../accounts/accounts.tables.js';
import { files } from '../files/files.tables.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** One supplier authentication application per account (guide 2.1). */
export const supplierApplications = pgTable(
  'supplier_applications',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** draft → submitted → approved | rejected; see src/shared/state-machines. */
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    companyNameZh: text('company_name_zh'),
    companyNameEn: text('company_name_en'),
    companyType: text('company_type'),
    country: text('country'),
    creditCode: text('credit_code'),
    registrationNumber: text('registration_number'),
    legalRepresentative: text('legal_representative'),
    registeredAddress: text('registered_address'),
    businessAddress: text('business_address'),
    dateEstablished: date('date_established'),
    registeredCapitalAmount: numeric('registered_capital_amount', { precision: 17, scale: 2 }),
    registeredCapitalCurrency: text('registered_capital_currency'),
    businessScope: text('business_scope'),
    mainProducts: text('main_products'),
    contactPerson: text('contact_person'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    website: text('website'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    rejectionReasons: jsonb('rejection_reasons').$type<RejectionReason[]>(),
    rejectionNote: text('rejection_note'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('supplier_applications_user_key').on(t.userId),
    index('supplier_applications_queue_idx').on(t.status, t.submittedAt),
    index('supplier_applications_credit_code_idx').on(t.creditCode),
  ],
);

export const supplierMaterials = pgTable(
  'supplier_materials',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => supplierApplications.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supplier_materials_application_idx').on(t.applicationId)],
);

export interface SubmissionSnapshot {
  company: CompanyDraft;
  materials: { id: string; type: string; fileId: string; sha256: string }[];
}

/** Every submission and decision, with what was submitted, so staff can see what changed. */
export const supplierApplicationEvents = pgTable(
  'supplier_application_events',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => supplierApplications.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    snapshot: jsonb('snapshot').$type<SubmissionSnapshot>(),
    reasons: jsonb('reasons').$type<RejectionReason[]>(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supplier_application_events_app_idx').on(t.applicationId, t.createdAt)],
);

/** An approved supplier (guide 2.2) and the corporate information it furnishes. */
export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => supplierApplications.id),
    nameZh: text('name_zh'),
    nameEn: text('name_en').notNull(),
    country: text('country').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
    logoFileId: uuid('logo_file_id').references(() => files.id),
    photoFileIds: uuid('photo_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    yearEstablished: integer('year_established'),
    employeeRange: text('employee_range'),
    mainMarkets: text('main_markets')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    certifications: text('certifications')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    website: text('website'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('suppliers_user_key').on(t.userId), uniqueIndex('suppliers_application_key').on(t.applicationId)],
);

/** The company profile per language (zh and en required; ru and es fall back to en). */
export const supplierTranslations = pgTable(
  'supplier_translations',
  {
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    profile: text('profile').notNull(),
    mainProducts: text('main_products'),
  },
  (t) => [primaryKey({ columns: [t.supplierId, t.locale] })],
);
