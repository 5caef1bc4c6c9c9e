import { asc, eq, inArray } from 'drizzle-orm';
import { LOCALES, type Locale } from '../../../shared/locales.js';
import type { ProductInput } from '../../../shared/schemas/products.js';
import type { Db } from '../../db/client.js';
import { files } from '../files/index.js';
import { toFileInfo } from '../files/index.js';
import { productImages, productPriceTiers, type products, productTranslations } from './catalog.tables.js';
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

/** "12.5000" → "12.50"; keeps at least two decimals, drops trailing zeros beyond them. */
export function trimDecimal(value: string): string {
  const [int, frac = ''] = value.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${int}.${trimmed.padEnd(2, '0')}`;
}

export async function fileInfosByIds(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, ReturnType<typeof toFileInfo>>();
  const rows = await db.select().from(files).where(inArray(files.id, ids));
  return new Map(rows.map((f) => [f.id, toFileInfo(f)]));
}
