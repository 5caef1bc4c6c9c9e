import { eq, inArray, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import type { Db } from '../../db/client.js';
import { brands } from '../brands/index.js';
import { suppliers } from '../suppliers/index.js';
import { products } from './catalog.tables.js';
import { visibleProduct } from './catalog.repo.js';

/** A product as an order line needs it: what it costs, who sells it and what is frozen into the line. */
export interface OrderableProduct {
  id: string;
  supplierId: string;
  /** The supplier's account (a supplier never orders from itself). */
  supplierUserId: string;
  supplierCountry: string;
  supplierNameEn: string;
  supplierNameZh: string | null;
  /** On the shelf, not removed, its brand approved and valid today: buyers may order it. */
  orderable: boolean;
  currency: string;
  moq: number;
  unit: string;
  minPrice: string;
  modelNumber: string | null;
  hsCode: string | null;
  origin: string | null;
  brandNameEn: string | null;
  brandNameZh: string | null;
  pictureFileId: string | null;
  names: Partial<Record<Locale, string>>;
  /** Ascending by minimum quantity; prices as exact decimal text. */
  tiers: { minQuantity: number; unitPrice: string }[];
}

/**
 * The products of an order form in one statement (a read model of docs/decisions/0009: brands for
 * the visibility and the brand name, suppliers for the seller's name), names in every language and
 * the price tiers as JSON subqueries with prices as text (never a JavaScript number).
 */
export async function orderableProducts(
  db: Pick<Db, 'select'>,
  ids: readonly string[],
  today: string,
): Promise<OrderableProduct[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: products.id,
      supplierId: products.supplierId,
      supplierUserId: suppliers.userId,
      supplierCountry: suppliers.country,
      supplierNameEn: suppliers.nameEn,
      supplierNameZh: suppliers.nameZh,
      orderable: sql<boolean>`(${visibleProduct(today)})`,
      currency: products.currency,
      moq: products.moq,
      unit: products.unit,
      minPrice: products.minPrice,
      modelNumber: products.modelNumber,
      hsCode: products.hsCode,
      origin: products.origin,
      brandNameEn: brands.nameEn,
      brandNameZh: brands.nameZh,
      pictureFileId: sql<string | null>`coalesce(${products.mainImageFileId}, (select i.file_id from product_images i
        where i.product_id = ${products.id} order by i.position limit 1))`,
      names: sql<Partial<Record<Locale, string>>>`(select coalesce(json_object_agg(t.locale, t.name), '{}')
        from product_translations t where t.product_id = ${products.id})`,
      tiers: sql<{ minQuantity: number; unitPrice: string }[]>`(select coalesce(json_agg(json_build_object(
          'minQuantity', x.min_quantity, 'unitPrice', x.unit_price::text) order by x.min_quantity), '[]')
        from product_price_tiers x where x.product_id = ${products.id})`,
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .innerJoin(suppliers, eq(suppliers.id, products.supplierId))
    .where(inArray(products.id, [...ids]));
  return rows.map((r) => ({ ...r, pictureFileId: r.pictureFileId ? String(r.pictureFileId) : null }));
}
