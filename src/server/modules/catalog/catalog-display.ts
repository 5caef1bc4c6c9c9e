import type { Locale } from '../../../shared/locales.js';
import type { CatalogItem } from '../../../shared/schemas/products.js';

/** Chinese visitors read a brand's Chinese name when it has one; everyone else the English one. */
export const brandNameFor = (locale: Locale, brand: { nameZh: string | null; nameEn: string | null }): string =>
  (locale === 'zh-CN' ? brand.nameZh || brand.nameEn : brand.nameEn || brand.nameZh) ?? '';

/** A supplier always has an English name; Chinese visitors read the Chinese one when there is one. */
export const supplierNameFor = (locale: Locale, supplier: { nameZh: string | null; nameEn: string }): string =>
  (locale === 'zh-CN' && supplier.nameZh) || supplier.nameEn;

/** The trade facts on a product card and page: price range (exact decimals), MOQ, unit, origin. */
export function tradeFacts(product: {
  minPrice: string;
  maxPrice: string;
  currency: string;
  moq: number;
  unit: string;
  origin: string | null;
}): Pick<CatalogItem, 'minPrice' | 'maxPrice' | 'currency' | 'moq' | 'unit' | 'origin'> {
  return {
    minPrice: trimDecimal(product.minPrice),
    maxPrice: trimDecimal(product.maxPrice),
    currency: product.currency as CatalogItem['currency'],
    moq: product.moq,
    unit: product.unit as CatalogItem['unit'],
    origin: product.origin,
  };
}

/** A category's name in the visitor's language, else English, else any. */
export const categoryName = (names: Record<string, string>, locale: Locale) =>
  names[locale] ?? names.en ?? Object.values(names)[0] ?? '';

/** "12.5000" → "12.50"; keeps at least two decimals, drops trailing zeros beyond them. */
export function trimDecimal(value: string): string {
  const [int, frac = ''] = value.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${int}.${trimmed.padEnd(2, '0')}`;
}
