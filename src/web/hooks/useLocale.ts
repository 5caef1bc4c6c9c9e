import { useCallback } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/locales.js';
import { localizedPath } from '../../shared/routes.js';
import { rememberLocale } from '../i18n/index.js';

/** The locale in the URL (the source of truth for what the page shows). */
export function useLocale(): Locale {
  const { lang } = useParams();
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** Builds a link inside the current locale: to('/login') → '/ru/login'. */
export function useLocalizedHref() {
  const locale = useLocale();
  return useCallback((path: string) => `/${locale}${path.startsWith('/') ? path : `/${path}`}`, [locale]);
}

/** Switches language and stays on the same page (path, query and anchor kept). */
export function useSwitchLocale() {
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(
    (next: Locale) => {
      rememberLocale(next);
      navigate(`${localizedPath(next, location.pathname)}${location.search}${location.hash}`);
    },
    [navigate, location],
  );
}
