import { and, eq, sql, type SQL } from 'drizzle-orm';
import { LOCALES, type Locale } from '../../../shared/locales.js';
import type { ProductPage } from '../../../shared/schemas/products.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../platform/errors.js';
import { brands } from '../brands/index.js';
import { toFileInfo } from '../files/index.js';
import { suppliers } from '../suppliers/index.js';
import { categories, products, type ProductSpec } from './catalog.tables.js';
import { brandNameFor, categoryName, supplierNameFor, tradeFacts, trimDecimal } from './catalog-display.js';

interface PageText {
  locale: Locale;
  name: string;
  sellingPoints: string | null;
  descriptionHtml: string | null;
  keywords: string | null;
  specs: ProductSpec[];
}
interface PageImage {
  id: string;
  originalName: string;
  contentType: string;
  size: number;
  thumbnailKey: string | null;
}

/**
 * A public product page in one statement: the product with its brand, supplier and category, and
 * — as JSON subqueries — the texts in the visitor's language and English, the languages it has,
 * its pictures in order and its price tiers (prices as text: exact decimals never pass through a
 * JavaScript number). Product pages are the catalog's longest tail (one per product), so most
 * are computed rather than cached; one round trip instead of four halves their cost.
 */
export async function loadProductPage(db: Db, id: string, locale: Locale, visible: SQL): Promise<ProductPage> {
  const [row] = await db
    .select({
      product: products,
      brand: { id: brands.id, nameEn: brands.nameEn, nameZh: brands.nameZh },
      supplier: {
        id: suppliers.id,
        nameEn: suppliers.nameEn,
        nameZh: suppliers.nameZh,
        country: suppliers.country,
        contactEmail: suppliers.contactEmail,
        contactPhone: suppliers.contactPhone,
      },
      categoryNames: categories.names,
      texts: sql<PageText[]>`(select coalesce(json_agg(json_build_object(
          'locale', t.locale, 'name', t.name, 'sellingPoints', t.selling_points,
          'descriptionHtml', t.description_html, 'keywords', t.keywords, 'specs', t.specs)), '[]')
        from product_translations t where t.product_id = ${products.id} and t.locale in (${locale}, 'en'))`,
      locales: sql<Locale[]>`(select coalesce(json_agg(t.locale), '[]')
        from product_translations t where t.product_id = ${products.id})`,
      images: sql<PageImage[]>`(select coalesce(json_agg(json_build_object(
          'id', f.id, 'originalName', f.original_name, 'contentType', f.content_type, 'size', f.size,
          'thumbnailKey', f.thumbnail_key) order by i.position), '[]')
        from product_images i join files f on f.id = i.file_id where i.product_id = ${products.id})`,
      tiers: sql<{ minQuantity: number; unitPrice: string }[]>`(select coalesce(json_agg(json_build_object(
          'minQuantity', x.min_quantity, 'unitPrice', x.unit_price::text) order by x.min_quantity), '[]')
        from product_price_tiers x where x.product_id = ${products.id})`,
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .innerJoin(suppliers, eq(suppliers.id, products.supplierId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.id, id), visible));
  if (!row) throw notFound('Product');

  const own = row.texts.find((t) => t.locale === locale);
  const text = own ?? row.texts.find((t) => t.locale === 'en');
  if (!text) throw notFound('Product');
  const images = row.images.map((f) => toFileInfo(f));
  const p = row.product;
  return {
    id: p.id,
    name: text.name,
    contentLocale: own ? locale : 'en',
    image: images[0] ?? null,
    images,
    ...tradeFacts(p),
    modelNumber: p.modelNumber,
    sellingPoints: text.sellingPoints || null,
    descriptionHtml: text.descriptionHtml || null,
    keywords: text.keywords || null,
    specs: text.specs,
    priceTiers: row.tiers.map((t) => ({ minQuantity: t.minQuantity, unitPrice: trimDecimal(t.unitPrice) })),
    leadTimeDays: p.leadTimeDays,
    hsCode: p.hsCode,
    packaging: p.packaging,
    weightKg: p.weightKg ? trimDecimal(p.weightKg) : null,
    category: { id: p.categoryId, name: categoryName(row.categoryNames, locale) },
    brand: { id: row.brand.id, name: brandNameFor(locale, row.brand) },
    supplier: {
      id: row.supplier.id,
      name: supplierNameFor(locale, row.supplier),
      country: row.supplier.country,
      contactEmail: row.supplier.contactEmail,
      contactPhone: row.supplier.contactPhone,
    },
    locales: LOCALES.filter((l) => row.locales.includes(l)),
  };
}
