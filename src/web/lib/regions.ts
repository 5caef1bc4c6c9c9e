import type { Locale } from '../../shared/locales.js';

const regionNames = new Map<Locale, Intl.DisplayNames>();
const currencyNames = new Map<Locale, Intl.DisplayNames>();
const languageNames = new Map<Locale, Intl.DisplayNames>();

function displayNames(cache: Map<Locale, Intl.DisplayNames>, locale: Locale, type: Intl.DisplayNamesType) {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type, fallback: 'code' });
    cache.set(locale, names);
  }
  return names;
}

/** "CN" → "China" / "中国" / "Китай"; the code itself when the browser does not know it. */
export function regionName(locale: Locale, code: string): string {
  return displayNames(regionNames, locale, 'region').of(code) ?? code;
}

/** Region codes with their names, in the language's alphabetical order. */
export function sortedRegions(locale: Locale, codes: readonly string[]): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ code, name: regionName(locale, code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** "CNY" → "Chinese Yuan" / "人民币". */
export function currencyName(locale: Locale, code: string): string {
  return displayNames(currencyNames, locale, 'currency').of(code) ?? code;
}

/** "en" → "English" / "英语" (the language a text is shown in). */
export function languageName(locale: Locale, code: string): string {
  return displayNames(languageNames, locale, 'language').of(code) ?? code;
}

/** An exact decimal string ("1234567.50") as money in the page's language. */
export function formatMoney(locale: Locale, amount: string, currency: string | undefined): string {
  const value = amount as Intl.StringNumericLiteral;
  return currency
    ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value)
    : new Intl.NumberFormat(locale).format(value);
}
