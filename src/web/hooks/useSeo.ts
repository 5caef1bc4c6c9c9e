import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/locales.js';
import { localizedPath } from '../../shared/routes.js';
import { usePageTitle } from './usePageTitle.js';

export interface Seo {
  /** The page's title (undefined: the site's own title). */
  title: string | undefined;
  /** One or two sentences for search results; the tag is left out while undefined. */
  description?: string;
  /** Whether the page exists in every language (false for a 404): no alternates then. */
  alternates?: boolean;
}

const MARK = 'data-seo';

/**
 * The title, `<meta name="description">` and `<link rel="alternate" hreflang>` for the four
 * languages plus x-default (the same page under /zh-CN, /en, /ru, /es). Removed on unmount,
 * so the next page starts clean.
 */
export function useSeo({ title, description, alternates = true }: Seo): void {
  usePageTitle(title);
  const { pathname, search } = useLocation();

  useEffect(() => {
    if (!description) return;
    const meta = document.createElement('meta');
    meta.name = 'description';
    meta.content = description;
    meta.setAttribute(MARK, '');
    // The shell's description (web-app.ts) was for the page first loaded: gone for good.
    document.head.querySelectorAll('meta[name="description"][data-shell]').forEach((m) => m.remove());
    // Only one description: another page's (or the static one) steps aside meanwhile.
    const others = [...document.head.querySelectorAll<HTMLMetaElement>('meta[name="description"]')];
    others.forEach((m) => m.remove());
    document.head.append(meta);
    return () => {
      meta.remove();
      others.forEach((m) => document.head.append(m));
    };
  }, [description]);

  useEffect(() => {
    if (!alternates) return;
    const { origin } = window.location;
    const url = (locale: Locale) => `${origin}${localizedPath(locale, pathname)}${search}`;
    const links = [
      ...LOCALES.map((locale) => [locale, url(locale)] as const),
      ['x-default', url(DEFAULT_LOCALE)] as const,
    ].map(([hreflang, href]) => {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = hreflang;
      link.href = href;
      link.setAttribute(MARK, '');
      return link;
    });
    document.head.append(...links);
    return () => links.forEach((l) => l.remove());
  }, [pathname, search, alternates]);
}
