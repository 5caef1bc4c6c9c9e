import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { LOCALES, type Locale } from '../../../shared/locales.js';
import type { CatalogItem, ProductPage, catalogQuerySchema } from '../../../shared/schemas/products.js';
import { foldText, parseQuery } from '../../../shared/search-text.js';
import { platformDay } from '../../../shared/working-days.js';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/errors.js';
import { brands } from '../brands/brands.tables.js';
import { files } from '../files/files.tables.js';
import { toFileInfo } from '../files/files.service.js';
import { suppliers } from '../suppliers/suppliers.tables.js';
import { categories, products, productTranslations } from './catalog.tables.js';
import { categoryName } from './categories.js';
import { loadProductInput, trimDecimal } from './product.repo.js';

type CatalogQuery = z.infer<typeof catalogQuerySchema>;
const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

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
  const localText = alias(productTranslations, 'local_text');
  const enText = alias(productTranslations, 'en_text');

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

  return {
    /** One statement for the page and its total (count(*) over ()), plus one for a category's children. */
    async list(
      query: CatalogQuery,
      locale: Locale,
    ): Promise<{ items: CatalogItem[]; total: number; page: number; pageSize: number }> {
      const today = platformDay(deps.clock.now());
      const where = await conditions(query, today);
      const order =
        query.sort === 'price_asc'
          ? sql`${products.minPrice} ASC, ${products.publishedAt} DESC`
          : query.sort === 'price_desc'
            ? sql`${products.maxPrice} DESC, ${products.publishedAt} DESC`
            : query.sort === 'relevance' && query.q
              ? sql`similarity(${products.searchDoc}, ${foldText(query.q)}) DESC, ${products.publishedAt} DESC`
              : sql`${products.publishedAt} DESC NULLS LAST, ${products.id}`;
      const rows = await db
        .select({
          id: products.id,
          localName: localText.name,
          enName: enText.name,
          minPrice: products.minPrice,
          maxPrice: products.maxPrice,
          currency: products.currency,
          moq: products.moq,
          unit: products.unit,
          origin: products.origin,
          supplierId: suppliers.id,
          supplierNameEn: suppliers.nameEn,
          supplierNameZh: suppliers.nameZh,
          brandId: brands.id,
          brandNameEn: brands.nameEn,
          brandNameZh: brands.nameZh,
          image: files,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(products)
        .innerJoin(brands, eq(brands.id, products.brandId))
        .innerJoin(suppliers, eq(suppliers.id, products.supplierId))
        .innerJoin(enText, and(eq(enText.productId, products.id), eq(enText.locale, 'en')))
        .leftJoin(localText, and(eq(localText.productId, products.id), eq(localText.locale, locale)))
        .leftJoin(files, eq(files.id, products.mainImageFileId))
        .where(and(...where))
        .orderBy(order)
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      const zh = locale === 'zh-CN';
      return {
        total: rows[0]?.total ?? 0,
        page: query.page,
        pageSize: query.pageSize,
        items: rows.map((r) => ({
          id: r.id,
          name: r.localName ?? r.enName,
          contentLocale: r.localName ? locale : 'en',
          image: r.image ? toFileInfo(r.image) : null,
          minPrice: trimDecimal(r.minPrice),
          maxPrice: trimDecimal(r.maxPrice),
          currency: r.currency as CatalogItem['currency'],
          moq: r.moq,
          unit: r.unit as CatalogItem['unit'],
          origin: r.origin,
          supplier: { id: r.supplierId, name: (zh && r.supplierNameZh) || r.supplierNameEn },
          brand: { id: r.brandId, name: (zh ? r.brandNameZh || r.brandNameEn : r.brandNameEn || r.brandNameZh) ?? '' },
        })),
      };
    },

    async product(id: string, locale: Locale): Promise<ProductPage> {
      const today = platformDay(deps.clock.now());
      const [row] = await db
        .select({ product: products, brand: brands, supplier: suppliers, categoryNames: categories.names })
        .from(products)
        .innerJoin(brands, eq(brands.id, products.brandId))
        .innerJoin(suppliers, eq(suppliers.id, products.supplierId))
        .innerJoin(categories, eq(categories.id, products.categoryId))
        .where(and(eq(products.id, id), visibleProduct(today)));
      if (!row) throw notFound('Product');
      const { input, images, locales } = await loadProductInput(db, row.product);
      const text = input.translations[locale] ?? input.translations.en;
      const contentLocale: Locale = input.translations[locale] ? locale : 'en';
      const zh = locale === 'zh-CN';
      const p = row.product;
      return {
        id: p.id,
        name: text.name,
        contentLocale,
        image: images[0] ?? null,
        images,
        minPrice: trimDecimal(p.minPrice),
        maxPrice: trimDecimal(p.maxPrice),
        currency: p.currency as ProductPage['currency'],
        moq: p.moq,
        unit: p.unit as ProductPage['unit'],
        origin: p.origin,
        modelNumber: p.modelNumber,
        sellingPoints: text.sellingPoints ?? null,
        descriptionHtml: text.descriptionHtml ?? null,
        keywords: text.keywords ?? null,
        specs: text.specs,
        priceTiers: input.priceTiers,
        leadTimeDays: p.leadTimeDays,
        hsCode: p.hsCode,
        packaging: p.packaging,
        weightKg: p.weightKg ? trimDecimal(p.weightKg) : null,
        category: { id: p.categoryId, name: categoryName(row.categoryNames, locale) },
        brand: {
          id: row.brand.id,
          name: (zh ? row.brand.nameZh || row.brand.nameEn : row.brand.nameEn || row.brand.nameZh) ?? '',
        },
        supplier: {
          id: row.supplier.id,
          name: (zh && row.supplier.nameZh) || row.supplier.nameEn,
          country: row.supplier.country,
          contactEmail: row.supplier.contactEmail,
          contactPhone: row.supplier.contactPhone,
        },
        locales: LOCALES.filter((l) => locales.includes(l)),
      };
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
