import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { LOCALES, type Locale } from '../../../shared/locales.js';
import type { ProductInput } from '../../../shared/schemas/products.js';
import { foldText } from '../../../shared/search-text.js';
import type { ProductState } from '../../../shared/state-machines/product.js';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { brands } from '../brands/index.js';
import { files, toFileInfo } from '../files/index.js';
import { categories, productImages, productPriceTiers, products, productTranslations } from './catalog.tables.js';
import { trimDecimal } from './catalog-display.js';
import { sanitizeDescription } from './product-content.js';

type Tx = Pick<Db, 'insert' | 'delete'>;

/** Replaces a product's translations, pictures (in order) and price tiers inside `tx`. */
export async function writeProductChildren(tx: Tx, productId: string, input: ProductInput): Promise<void> {
  await tx.delete(productTranslations).where(eq(productTranslations.productId, productId));
  await tx.delete(productImages).where(eq(productImages.productId, productId));
  await tx.delete(productPriceTiers).where(eq(productPriceTiers.productId, productId));
  const texts = LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    return t
      ? [
          {
            productId,
            locale,
            name: t.name,
            sellingPoints: t.sellingPoints || null,
            descriptionHtml: sanitizeDescription(t.descriptionHtml),
            keywords: t.keywords || null,
            specs: t.specs,
          },
        ]
      : [];
  });
  await tx.insert(productTranslations).values(texts);
  if (input.imageFileIds.length) {
    await tx
      .insert(productImages)
      .values(input.imageFileIds.map((fileId, position) => ({ productId, fileId, position })));
  }
  await tx
    .insert(productPriceTiers)
    .values(input.priceTiers.map((t) => ({ productId, minQuantity: t.minQuantity, unitPrice: t.unitPrice })));
}

/** Loads everything the edit form needs, as the input shape it was saved from. */
export async function loadProductInput(db: Db, row: typeof products.$inferSelect) {
  const [texts, images, tiers] = await Promise.all([
    db.select().from(productTranslations).where(eq(productTranslations.productId, row.id)),
    db
      .select({ image: productImages, file: files })
      .from(productImages)
      .innerJoin(files, eq(files.id, productImages.fileId))
      .where(eq(productImages.productId, row.id))
      .orderBy(asc(productImages.position)),
    db
      .select()
      .from(productPriceTiers)
      .where(eq(productPriceTiers.productId, row.id))
      .orderBy(asc(productPriceTiers.minQuantity)),
  ]);
  const text = (locale: Locale) => {
    const t = texts.find((x) => x.locale === locale);
    if (!t) return undefined;
    return {
      name: t.name,
      ...(t.sellingPoints ? { sellingPoints: t.sellingPoints } : {}),
      ...(t.descriptionHtml ? { descriptionHtml: t.descriptionHtml } : {}),
      ...(t.keywords ? { keywords: t.keywords } : {}),
      specs: t.specs,
    };
  };
  const input: ProductInput = {
    translations: {
      'zh-CN': text('zh-CN')!,
      en: text('en')!,
      ...(text('ru') ? { ru: text('ru') } : {}),
      ...(text('es') ? { es: text('es') } : {}),
    },
    categoryId: row.categoryId,
    brandId: row.brandId,
    ...(row.modelNumber ? { modelNumber: row.modelNumber } : {}),
    imageFileIds: images.map((i) => i.file.id),
    unit: row.unit as ProductInput['unit'],
    moq: row.moq,
    currency: row.currency as ProductInput['currency'],
    priceTiers: tiers.map((t) => ({ minQuantity: t.minQuantity, unitPrice: trimDecimal(t.unitPrice) })),
    ...(row.leadTimeDays !== null ? { leadTimeDays: row.leadTimeDays } : {}),
    ...(row.origin ? { origin: row.origin } : {}),
    ...(row.hsCode ? { hsCode: row.hsCode } : {}),
    ...(row.packaging ? { packaging: row.packaging } : {}),
    ...(row.weightKg ? { weightKg: trimDecimal(row.weightKg) } : {}),
  };
  return { input, images: images.map((i) => toFileInfo(i.file)), locales: texts.map((t) => t.locale as Locale) };
}

type ProductRow = typeof products.$inferSelect;
type Reader = Pick<Db, 'select'>;

/** One of the supplier's products, unless removed. */
export async function findSupplierProduct(db: Reader, supplierId: string, id: string): Promise<ProductRow | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, id), eq(products.supplierId, supplierId), isNull(products.removedAt)));
  return row;
}

export async function insertProduct(tx: Pick<Db, 'insert'>, values: typeof products.$inferInsert): Promise<ProductRow> {
  const [created] = await tx.insert(products).values(values).returning();
  return created!;
}

/** Saves only if nobody changed the product since `version` was read; undefined when someone did. */
export async function updateProductWithVersion(
  tx: Pick<Db, 'update'>,
  id: string,
  version: number,
  changes: Partial<ProductRow>,
): Promise<ProductRow | undefined> {
  const [updated] = await tx
    .update(products)
    .set({ ...changes, version: sql`${products.version} + 1` })
    .where(and(eq(products.id, id), eq(products.version, version), isNull(products.removedAt)))
    .returning();
  return updated;
}

/**
 * A page of the supplier's Product Management list, newest change first, each row with its brand's
 * names, its category's names and the total (a read model joining the brands' table, see
 * docs/decisions/0009-module-boundaries.md).
 */
export function listSupplierProducts(
  db: Reader,
  supplierId: string,
  filter: { status?: ProductState; q?: string; page: number; pageSize: number },
) {
  const where = and(
    eq(products.supplierId, supplierId),
    isNull(products.removedAt),
    filter.status ? eq(products.status, filter.status) : undefined,
    filter.q ? sql`${products.searchDoc} LIKE ${`%${escapeLike(foldText(filter.q))}%`}` : undefined,
  );
  return db
    .select({
      product: products,
      brandEn: brands.nameEn,
      brandZh: brands.nameZh,
      categoryNames: categories.names,
      total: sql<number>`count(*) over()`.mapWith(Number),
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(where)
    .orderBy(desc(products.updatedAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
}

export async function listProductTranslations(db: Reader, productIds: string[]) {
  return productIds.length
    ? db.select().from(productTranslations).where(inArray(productTranslations.productId, productIds))
    : [];
}

/** The supplier's products among `ids` (not removed), each with its brand's state, locked for the shelf change. */
export function findShelfCandidates(tx: Reader, supplierId: string, ids: string[]) {
  return tx
    .select({
      id: products.id,
      status: products.status,
      brandStatus: brands.status,
      brandValidUntil: brands.validUntil,
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(and(inArray(products.id, ids), eq(products.supplierId, supplierId), isNull(products.removedAt)));
}

/** Moves the products still in one of `fromStates` to `status`; returns those it moved. */
export function setShelfStatus(
  tx: Pick<Db, 'update'>,
  ids: string[],
  fromStates: readonly string[],
  status: ProductState | undefined,
  onShelf: boolean,
  now: Date,
) {
  return tx
    .update(products)
    .set({
      status,
      offShelfReason: null,
      ...(onShelf ? { publishedAt: sql`coalesce(${products.publishedAt}, ${now.toISOString()}::timestamptz)` } : {}),
      version: sql`${products.version} + 1`,
      updatedAt: now,
    })
    .where(and(inArray(products.id, ids), inArray(products.status, [...fromStates])))
    .returning({ id: products.id, status: products.status, version: products.version });
}

/** "Remove": a soft delete — gone from the catalog and the list, kept for orders that reference it. */
export async function removeProduct(db: Pick<Db, 'update'>, id: string, now: Date): Promise<void> {
  await db.update(products).set({ removedAt: now, status: 'off_shelf', updatedAt: now }).where(eq(products.id, id));
}

/** For the brand expiry job: every on-shelf product of the brand goes off, with its names. */
export async function takeBrandProductsOffShelf(tx: Db, brandId: string, locale: Locale): Promise<string[]> {
  const rows = await tx
    .update(products)
    .set({
      status: 'off_shelf',
      offShelfReason: 'brand_expired',
      version: sql`${products.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(products.brandId, brandId), eq(products.status, 'on_shelf'), isNull(products.removedAt)))
    .returning({ id: products.id });
  if (!rows.length) return [];
  const names = await tx
    .select({
      productId: productTranslations.productId,
      locale: productTranslations.locale,
      name: productTranslations.name,
    })
    .from(productTranslations)
    .where(
      inArray(
        productTranslations.productId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map(
    (r) =>
      (
        names.find((n) => n.productId === r.id && n.locale === locale) ??
        names.find((n) => n.productId === r.id && n.locale === 'en')
      )?.name ?? r.id,
  );
}
