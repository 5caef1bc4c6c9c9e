import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { brands } from '../brands/brands.tables.js';
import { files } from '../files/files.tables.js';
import { suppliers } from '../suppliers/suppliers.tables.js';

export const categories = pgTable(
  'categories',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    parentId: uuid('parent_id'),
    slug: text('slug').notNull(),
    sort: integer('sort').notNull().default(0),
    /** Names per locale: { "zh-CN": "紧固件", en: "Fasteners", … }. */
    names: jsonb('names').$type<Record<string, string>>().notNull(),
  },
  (t) => [uniqueIndex('categories_slug_key').on(t.slug), index('categories_parent_idx').on(t.parentId)],
);

export interface ProductSpec {
  name: string;
  value: string;
}

/** A product: language-neutral facts here, texts in product_translations (guide 4). */
export const products = pgTable(
  'products',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    /** draft → on_shelf ↔ off_shelf; see src/shared/state-machines/product.ts. */
    status: text('status').notNull().default('draft'),
    /** Why it went off the shelf when the platform did it (e.g. "brand_expired"). */
    offShelfReason: text('off_shelf_reason'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    modelNumber: text('model_number'),
    unit: text('unit').notNull(),
    moq: integer('moq').notNull(),
    currency: text('currency').notNull(),
    minPrice: numeric('min_price', { precision: 18, scale: 4 }).notNull(),
    maxPrice: numeric('max_price', { precision: 18, scale: 4 }).notNull(),
    leadTimeDays: integer('lead_time_days'),
    origin: text('origin'),
    hsCode: text('hs_code'),
    packaging: text('packaging'),
    weightKg: numeric('weight_kg', { precision: 12, scale: 3 }),
    mainImageFileId: uuid('main_image_file_id').references(() => files.id),
    /** Folded text of every language's name, keywords and model number (trigram index). */
    searchDoc: text('search_doc').notNull().default(''),
    /** Han characters and bigrams of every language's text (GIN index). */
    searchCjk: text('search_cjk')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('products_supplier_idx').on(t.supplierId, t.updatedAt),
    index('products_brand_idx').on(t.brandId),
    // The catalog's default order over what can be visible: a page is read off this index.
    index('products_shelf_newest_idx')
      .on(t.publishedAt.desc().nullsLast(), t.id)
      .where(sql`${t.status} = 'on_shelf' AND ${t.removedAt} IS NULL`),
    index('products_category_idx').on(t.categoryId, t.status),
    index('products_search_doc_trgm').using('gin', sql`${t.searchDoc} gin_trgm_ops`),
    index('products_search_cjk_gin').using('gin', t.searchCjk),
  ],
);

export const productTranslations = pgTable(
  'product_translations',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    sellingPoints: text('selling_points'),
    /** Sanitised on the server (allow-listed tags only). */
    descriptionHtml: text('description_html'),
    keywords: text('keywords'),
    specs: jsonb('specs').$type<ProductSpec[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.productId, t.locale] })],
);

export const productImages = pgTable(
  'product_images',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.position] })],
);

/** Tiered prices: from this quantity on, this unit price (exact decimals). */
export const productPriceTiers = pgTable(
  'product_price_tiers',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    minQuantity: integer('min_quantity').notNull(),
    unitPrice: numeric('unit_price', { precision: 18, scale: 4 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.minQuantity] })],
);

/**
 * Bumped after every committed change that buyers could see in the catalog; each instance polls
 * it to drop its cached catalog answers (see catalog-cache.ts and docs/decisions/0007).
 */
export const catalogChanges = pgSequence('catalog_changes');
