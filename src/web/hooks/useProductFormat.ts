import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PRODUCT_UNITS } from '../../shared/schemas/products.js';
import { formatMoney } from '../lib/regions.js';
import { useFormat } from './useFormat.js';
import { useLocale } from './useLocale.js';

export type ProductUnit = (typeof PRODUCT_UNITS)[number];

/** Prices, quantities with their unit, days and weights of products, in the page's language. */
export function useProductFormat() {
  const locale = useLocale();
  const format = useFormat();
  const { t } = useTranslation();
  return useMemo(
    () => ({
      money: (amount: string, currency: string) => formatMoney(locale, amount, currency),
      /** A unit price with all its decimals (up to 4: "US$0.072", not the currency's rounded "US$0.07"). */
      unitPrice: (amount: string, currency: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 4 }).format(
          amount as Intl.StringNumericLiteral,
        ),
      /** "US$1.20 – US$2.50" (or one price when both ends are equal); exact decimals, no floats. */
      priceRange: (min: string, max: string, currency: string) => {
        const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
        const [low, high] = [min as Intl.StringNumericLiteral, max as Intl.StringNumericLiteral];
        return min === max ? formatter.format(low) : formatter.formatRange(low, high);
      },
      /** "100 pieces" / "100 штук" / "100 件" (plural forms from the catalogs). */
      quantity: (count: number, unit: ProductUnit) =>
        t(`products.unitCount.${unit}`, { count, quantity: format.number(count) }),
      days: (days: number) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days),
      kilograms: (kg: string) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 3 }).format(
          kg as Intl.StringNumericLiteral,
        ),
    }),
    [locale, format, t],
  );
}
