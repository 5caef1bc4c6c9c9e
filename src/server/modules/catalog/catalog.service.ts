import { and, eq, inArray, isNull, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import type { CatalogItem, ProductPage, catalogQuerySchema } from '../../../shared/schemas/products.js';
import { foldText, parseQuery } from '../../../shared/search-text.js';
import { platformDay } from '../../../shared/working-days.js';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { brands } from '../brands/index.js';
import { files } from '../files/index.js';
import { toFileInfo } from '../files/index.js';
import { suppliers } from '../suppliers/suppliers.tables.js';
import { categories, products, productTranslations } from './catalog.tables.js';
import { brandNameFor, supplierNameFor, tradeFacts } from './catalog-display.js';
import { loadProductPage } from './product-page.js';
import { escapeLike } from '../../db/like.js';

type CatalogQuery = z.infer<typeof catalogQuerySchema>;
const TOTAL_TTL_MS = 30_000;
const MAX_REMEMBERED_TOTALS = 1000;
/** What a total depends on: the filters and the day (brands expire by day), not the page or the order. */
const totalKey = (today: string, q: CatalogQuery) =>
  JSON.stringify([today, q.q, q.category, q.brand, q.supplier, q.currency, q.minPrice, q.maxPrice, q.maxMoq, q.origin]);

/**
 * What buyers may see: on the shelf, not removed, the supplier approved (only approved
 * suppliers have a suppliers row) and the brand approved and not past its valid-until day.
 */
export function visibleProduct(today: string): SQL {
  return sql`${products.status} = 'on_shelf' AND ${products.removedAt} IS NULL AND ${brands.status} = 'approved' AND (${brands.validUntil} IS NULL OR ${brands.validUntil} >= ${today})`;
}

/** The public catalog: lists, search, product pages, in the visitor's language. */
export function createCatalogService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  /**
   * A product's name in one language, as a scalar subquery of the page's rows: planning a join of
   * many tables costs more than running it (see docs/performance.md); two lookups per row do not.
   */
  const nameIn = (productId: SQL | AnyColumn, locale: Locale) =>
    sql<
      string | null
    >`(select ${productTranslations.name} from ${productTranslations} where ${productTranslations.productId} = ${productId} and ${productTranslations.locale} = ${locale})`;

  const conditions = async (query: CatalogQuery, today: string): Promise<SQL[]> => {
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
    if (query.category) {
      const children = await db
        .select({ id: categories.id })
        .from(categories)
        .where(eq(categories.parentId, query.category));
      where.push(inArray(products.categoryId, [query.category, ...children.map((c) => c.id)]));
    }
    if (query.brand) where.push(eq(products.brandId, query.brand));
    if (query.supplier) where.push(eq(products.supplierId, query.supplier));
    if (query.currency) where.push(eq(products.currency, query.currency));
    if (query.minPrice !== undefined) where.push(sql`${products.maxPrice} >= ${String(query.minPrice)}`);
    if (query.maxPrice !== undefined) where.push(sql`${products.minPrice} <= ${String(query.maxPrice)}`);
    if (query.maxMoq !== undefined) where.push(sql`${products.moq} <= ${query.maxMoq}`);
    if (query.origin) where.push(eq(products.origin, query.origin));
    return where;
  };

  /**
   * Totals of results larger than one page, remembered for TOTAL_TTL_MS per filter: counting every
   * visible product (100,000+) costs far more than finding one page of them. A total is exact
   * whenever the page is not full, and a remembered one that contradicts the page is recounted;
   * otherwise it may lag a change by up to TOTAL_TTL_MS (see docs/performance.md).
   */
  const totals = new Map<string, { total: number; until: number }>();
  const countVisible = async (where: SQL | undefined, key: string, bounds: { min: number; max: number }) => {
    const now = deps.clock.now().getTime();
    const known = totals.get(key);
    if (known && known.until > now && known.total >= bounds.min && known.total <= bounds.max) return known.total;
    const [row] = await db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(where);
    const total = row?.total ?? 0;
    totals.delete(key);
    if (totals.size >= MAX_REMEMBERED_TOTALS) totals.delete(totals.keys().next().value!);
    totals.set(key, { total, until: now + TOTAL_TTL_MS });
    return total;
  };

  return {
    /**
     * At most three statements: a category's children, the page (found on products and brands,
     * then given its supplier, picture and names), and — only when the page is full or past the
     * end — the total, which is remembered briefly.
     */
    async list(
      query: CatalogQuery,
      locale: Locale,
    ): Promise<{ items: CatalogItem[]; total: number; page: number; pageSize: number }> {
      const today = platformDay(deps.clock.now());
      const where = and(...(await conditions(query, today)));
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
      // A page that is not full ends the result, so its total needs no count. A full page means
      // "at least this many"; an empty page past the end, "at most the offset".
      const exact = rows.length < query.pageSize && (rows.length > 0 || offset === 0);
      const total = exact
        ? offset + rows.length
        : await countVisible(
            where,
            totalKey(today, query),
            rows.length ? { min: offset + rows.length, max: Number.MAX_SAFE_INTEGER } : { min: 0, max: offset },
          );
      return {
        total,
        page: query.page,
        pageSize: query.pageSize,
        items: rows.map((r) => ({
          id: r.id,
          name: r.localName ?? r.enName ?? '',
          contentLocale: r.localName ? locale : 'en',
          image: r.image ? toFileInfo(r.image) : null,
          ...tradeFacts(r),
          supplier: {
            id: r.supplierId,
            name: supplierNameFor(locale, { nameZh: r.supplierNameZh, nameEn: r.supplierNameEn }),
          },
          brand: { id: r.brandId, name: brandNameFor(locale, { nameZh: r.brandNameZh, nameEn: r.brandNameEn }) },
        })),
      };
    },

    product(id: string, locale: Locale): Promise<ProductPage> {
      return loadProductPage(db, id, locale, visibleProduct(platformDay(deps.clock.now())));
    },

    /** Ids for the sitemap: every visible product and every supplier. */
    async sitemapEntries() {
      const today = platformDay(deps.clock.now());
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
      const categoryRows = await db.select({ id: categories.id }).from(categories);
      return { products: productRows, suppliers: supplierRows, categories: categoryRows };
    },
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;
