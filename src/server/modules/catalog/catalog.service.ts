import type { Locale } from '../../../shared/locales.js';
import type { CatalogItem, CategoryNode, ProductPage } from '../../../shared/schemas/products.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { toFileInfo } from '../files/index.js';
import { brandNameFor, supplierNameFor, tradeFacts } from './catalog-display.js';
import {
  catalogFilter,
  countVisibleProducts,
  findCatalogPage,
  listSitemapEntries,
  visibleProduct,
  type CatalogQuery,
} from './catalog.repo.js';
import { categoryTree } from './category.repo.js';
import { loadProductPage } from './product-page.repo.js';

const TOTAL_TTL_MS = 30_000;
const MAX_REMEMBERED_TOTALS = 1000;
/** What a total depends on: the filters and the day (brands expire by day), not the page or the order. */
const totalKey = (today: string, q: CatalogQuery) =>
  JSON.stringify([today, q.q, q.category, q.brand, q.supplier, q.currency, q.minPrice, q.maxPrice, q.maxMoq, q.origin]);

/** The public catalog: lists, search, product pages, in the visitor's language. */
export function createCatalogService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  /**
   * Totals of results larger than one page, remembered for TOTAL_TTL_MS per filter: counting every
   * visible product (100,000+) costs far more than finding one page of them. A total is exact
   * whenever the page is not full, and a remembered one that contradicts the page is recounted;
   * otherwise it may lag a change by up to TOTAL_TTL_MS (see docs/performance.md).
   */
  const totals = new Map<string, { total: number; until: number }>();
  const countVisible = async (
    where: Awaited<ReturnType<typeof catalogFilter>>,
    key: string,
    bounds: { min: number; max: number },
  ) => {
    const now = deps.clock.now().getTime();
    const known = totals.get(key);
    if (known && known.until > now && known.total >= bounds.min && known.total <= bounds.max) return known.total;
    const total = await countVisibleProducts(db, where);
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
      const where = await catalogFilter(db, query, today);
      const offset = (query.page - 1) * query.pageSize;
      const rows = await findCatalogPage(db, where, query, locale);
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

    /** The category tree in the visitor's language. */
    categories(locale: Locale): Promise<CategoryNode[]> {
      return categoryTree(db, locale);
    },

    product(id: string, locale: Locale): Promise<ProductPage> {
      return loadProductPage(db, id, locale, visibleProduct(platformDay(deps.clock.now())));
    },

    /** Ids for the sitemap: every visible product, every supplier, every category. */
    sitemapEntries() {
      const today = platformDay(deps.clock.now());
      return listSitemapEntries(db, today);
    },
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;
