import { and, eq, inArray, isNull, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import type { catalogQuerySchema } from '../../../shared/schemas/products.js';
import { foldText, parseQuery } from '../../../shared/search-text.js';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { brands } from '../brands/index.js';
import { files } from '../files/index.js';
import { suppliers } from '../suppliers/index.js';
import { products, productTranslations } from './catalog.tables.js';
import { categoryWithChildren, listCategoryIds } from './category.repo.js';

/*
 * The public catalog's read model: products with their brands (visibility, names), suppliers
 * (names) and pictures (files) — joins across modules' tables that
 * docs/decisions/0009-module-boundaries.md allows, because one page is one statement.
 */
type Reader = Pick<Db, 'select'>;
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

/**
 * What buyers may see: on the shelf, not removed, the supplier approved (only approved
 * suppliers have a suppliers row) and the brand approved and not past its valid-until day.
 */
export function visibleProduct(today: string): SQL {
  return sql`${products.status} = 'on_shelf' AND ${products.removedAt} IS NULL AND ${brands.status} = 'approved' AND (${brands.validUntil} IS NULL OR ${brands.validUntil} >= ${today})`;
}

/**
 * A product's name in one language, as a scalar subquery of the page's rows: planning a join of
 * many tables costs more than running it (see docs/performance.md); two lookups per row do not.
 */
const nameIn = (productId: SQL | AnyColumn, locale: Locale) =>
  sql<
    string | null
  >`(select ${productTranslations.name} from ${productTranslations} where ${productTranslations.productId} = ${productId} and ${productTranslations.locale} = ${locale})`;

/** The WHERE of a catalog question: what buyers may see, narrowed by the visitor's filters and words. */
export async function catalogFilter(db: Reader, query: CatalogQuery, today: string): Promise<SQL | undefined> {
  const where: SQL[] = [visibleProduct(today)];
  if (query.q) {
    const { cjk, words } = parseQuery(query.q);
    if (cjk.length)
      where.push(
        sql`${products.searchCjk} @> ARRAY[${sql.join(
          cjk.map((c) => sql`${c}`),
          sql`, `,
        )}]::text[]`,
      );
    for (const word of words) where.push(sql`${products.searchDoc} LIKE ${`%${escapeLike(word)}%`}`);
  }
  if (query.category) where.push(inArray(products.categoryId, await categoryWithChildren(db, query.category)));
  if (query.brand) where.push(eq(products.brandId, query.brand));
  if (query.supplier) where.push(eq(products.supplierId, query.supplier));
  if (query.currency) where.push(eq(products.currency, query.currency));
  if (query.minPrice !== undefined) where.push(sql`${products.maxPrice} >= ${String(query.minPrice)}`);
  if (query.maxPrice !== undefined) where.push(sql`${products.minPrice} <= ${String(query.maxPrice)}`);
  if (query.maxMoq !== undefined) where.push(sql`${products.moq} <= ${query.maxMoq}`);
  if (query.origin) where.push(eq(products.origin, query.origin));
  return and(...where);
}

/** One page of the visible products `where` selects, in the order the visitor asked for. */
export async function findCatalogPage(db: Reader, where: SQL | undefined, query: CatalogQuery, locale: Locale) {
  // The page is found and ordered on products and brands alone; the outer statement only adds
  // the supplier, the picture and the names of those rows. Every order ends with the id, so
  // pages never overlap or skip rows that tie.
  type Keys = { minPrice: SQLWrapper; maxPrice: SQLWrapper; publishedAt: SQLWrapper; id: SQLWrapper };
  const orderBy = (c: Keys, rank?: SQLWrapper) =>
    query.sort === 'price_asc'
      ? sql`${c.minPrice} ASC, ${c.publishedAt} DESC NULLS LAST, ${c.id}`
      : query.sort === 'price_desc'
        ? sql`${c.maxPrice} DESC, ${c.publishedAt} DESC NULLS LAST, ${c.id}`
        : rank
          ? sql`${rank} DESC, ${c.publishedAt} DESC NULLS LAST, ${c.id}`
          : sql`${c.publishedAt} DESC NULLS LAST, ${c.id}`;
  const rank =
    query.sort === 'relevance' && query.q
      ? sql<number>`similarity(${products.searchDoc}, ${foldText(query.q)})`
      : undefined;
  const offset = (query.page - 1) * query.pageSize;
  const page = db
    .select({
      id: products.id,
      minPrice: products.minPrice,
      maxPrice: products.maxPrice,
      currency: products.currency,
      moq: products.moq,
      unit: products.unit,
      origin: products.origin,
      supplierId: products.supplierId,
      mainImageFileId: products.mainImageFileId,
      publishedAt: products.publishedAt,
      brandId: sql<string>`${brands.id}`.as('brand_id'),
      brandNameEn: brands.nameEn,
      brandNameZh: brands.nameZh,
      rank: (rank ?? sql<number>`0`).as('rank'),
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(where)
    .orderBy(orderBy(products, rank))
    .limit(query.pageSize)
    .offset(offset)
    .as('page');
  const rows = await db
    .select({
      id: page.id,
      localName: nameIn(page.id, locale),
      enName: nameIn(page.id, 'en'),
      minPrice: page.minPrice,
      maxPrice: page.maxPrice,
      currency: page.currency,
      moq: page.moq,
      unit: page.unit,
      origin: page.origin,
      supplierId: suppliers.id,
      supplierNameEn: suppliers.nameEn,
      supplierNameZh: suppliers.nameZh,
      brandId: page.brandId,
      brandNameEn: page.brandNameEn,
      brandNameZh: page.brandNameZh,
      image: files,
    })
    .from(page)
    .innerJoin(suppliers, eq(suppliers.id, page.supplierId))
    .leftJoin(files, eq(files.id, page.mainImageFileId))
    .orderBy(orderBy(page, rank && page.rank));
  return rows;
}

/** How many visible products match (the statement the catalog's remembered totals save). */
export async function countVisibleProducts(db: Reader, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(where);
  return row?.total ?? 0;
}

/** Ids for the sitemap: every visible product, every supplier, every category. */
export async function listSitemapEntries(db: Reader, today: string) {
  const productRows = await db
    .select({ id: products.id, updatedAt: products.updatedAt })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(and(visibleProduct(today), isNull(products.removedAt)))
    .limit(45_000);
  const supplierRows = await db
    .select({ id: suppliers.id, updatedAt: suppliers.updatedAt })
    .from(suppliers)
    .limit(5000);
  const categoryRows = await listCategoryIds(db);
  return { products: productRows, suppliers: supplierRows, categories: categoryRows };
}
