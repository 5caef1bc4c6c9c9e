import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, type Locale } from '../../shared/locales.js';
import en from './locales/en.json';
import es from './locales/es.json';
import ru from './locales/ru.json';
import zhCN from './locales/zh-CN.json';

export type Catalog = typeof en;

// All four catalogs are small enough to ship in the bundle: switching language is instant.
export const resources: Record<Locale, { translation: Catalog }> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
  ru: { translation: ru },
  es: { translation: es },
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
