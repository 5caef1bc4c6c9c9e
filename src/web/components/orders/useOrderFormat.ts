import { useMemo } from 'react';
import type { Locale } from '../../../shared/locales.js';
import type { LineSnapshot } from '../../../shared/schemas/orders.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale } from '../../hooks/useLocale.js';
import { formatMoney, regionName } from '../../lib/regions.js';

/** A product's name in the page's language, else English, else Chinese, else any it has. */
export function lineName(names: LineSnapshot['names'], locale: Locale): string {
  return names[locale] ?? names.en ?? names['zh-CN'] ?? Object.values(names).find(Boolean) ?? '';
}

/** A company's name as registered: Chinese first on a Chinese page, English first elsewhere. */
export function companyName(nameZh: string | null, nameEn: string | null, locale: Locale): string {
  return (locale === 'zh-CN' ? (nameZh ?? nameEn) : (nameEn ?? nameZh)) ?? '';
}

/**
 * Money, unit prices, days and moments of an order in the page's language (Intl; exact decimal
 * strings go to Intl as they are, never through floats).
 */
export function useOrderFormat() {
  const locale = useLocale();
  const format = useFormat();
  return useMemo(
    () => ({
      locale,
      money: (amount: string, currency: string) => formatMoney(locale, amount, currency),
      /** Unit prices keep up to 4 decimals ("US$1.2345"); amounts use the currency's minor unit. */
      unitPrice: (amount: string, currency: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 4 }).format(
          amount as Intl.StringNumericLiteral,
        ),
      number: format.number,
      /** "30 days" / "30 дней" / "30天" (Intl's unit names, plural forms included). */
      days: (days: number) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days),
      /** 30 → "30%" / "30 %" as the language writes it. */
      percent: (whole: number) => format.percent(whole / 100),
      /** A calendar day (YYYY-MM-DD) as written in the language, never shifted by the time zone. */
      day: (day: string) => format.date(`${day.slice(0, 10)}T00:00:00Z`, 'UTC'),
      dateTime: format.dateTime,
      region: (code: string) => regionName(locale, code),
      lineName: (names: LineSnapshot['names']) => lineName(names, locale),
      company: (nameZh: string | null, nameEn: string | null) => companyName(nameZh, nameEn, locale),
    }),
    [locale, format],
  );
}
