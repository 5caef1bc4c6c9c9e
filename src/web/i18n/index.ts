import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, type Locale } from '../../shared/locales.js';
import en from './catalogs/en.js';
import type { Tree } from './merge.js';

/**
 * The catalogs are a large share of the app's code, and a visitor reads one language: English
 * (DEFAULT_LOCALE, the fallback, so always needed) is bundled, the other three are fetched on
 * demand, one chunk each. i18next switches language only once the new catalog is in, so the
 * page never shows keys: it stays in the previous language for that moment.
 */
const otherCatalogs = import.meta.glob<Tree>(['./catalogs/*.ts', '!./catalogs/en.ts'], { import: 'default' });

const lazyCatalogs: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, _namespace, callback) {
    const load = otherCatalogs[`./catalogs/${language}.ts`];
    if (!load) return callback(new Error(`No catalog for ${language}`), false);
    load().then(
      (catalog) => callback(null, catalog),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/** Resolves once the catalogs for `locale` (and the fallback) are loaded: render after that. */
export async function initI18n(locale: Locale) {
  await i18next
    .use(lazyCatalogs)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en } },
      // English is bundled; the backend fetches the others.
      partialBundledLanguages: true,
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
