import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, type Locale } from '../../shared/locales.js';
import en from './locales/en.json';
import es from './locales/es.json';
import ru from './locales/ru.json';
import zhCN from './locales/zh-CN.json';

export type Catalog = typeof en;
type Tree = { [key: string]: string | Tree };

/**
 * Feature catalogs (src/web/i18n/features/<feature>/<locale>.json) are merged into the base
 * catalogs, so features can be translated side by side. `npm run check:i18n` checks the merge.
 */
const featureFiles = import.meta.glob<Tree>('./features/*/*.json', { eager: true, import: 'default' });

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = typeof value === 'object' && typeof existing === 'object' ? merge({ ...existing }, value) : value;
  }
  return target;
}

function catalogFor(locale: Locale, base: Tree): Tree {
  let merged = structuredClone(base);
  for (const [file, tree] of Object.entries(featureFiles)) {
    if (file.endsWith(`/${locale}.json`)) merged = merge(merged, tree);
  }
  return merged;
}

// All four catalogs are small enough to ship in the bundle: switching language is instant.
export const resources: Record<Locale, { translation: Tree }> = {
  'zh-CN': { translation: catalogFor('zh-CN', zhCN) },
  en: { translation: catalogFor('en', en) },
  ru: { translation: catalogFor('ru', ru) },
  es: { translation: catalogFor('es', es) },
};

export function initI18n(locale: Locale) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Remembers an explicit choice for a year; the server reads it for redirects and emails. */
export function rememberLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
}
