import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TitleClaim {
  title: string | undefined;
  /** A layout's or guard's title: shown only while no page inside it names itself. */
  fallback: boolean;
}

// React runs a parent's effects after its children's, so "last effect wins" would let a layout
// overwrite the page inside it on a direct load. Every mounted claim is kept instead, and the
// newest page title wins over any fallback.
const claims = new Map<symbol, TitleClaim>();

function show(site: string, tagline: string): void {
  const all = [...claims.values()];
  const pages = all.filter((c) => !c.fallback);
  const chosen = (pages.length ? pages : all).at(-1);
  document.title = chosen?.title ? `${chosen.title} — ${site}` : `${site} — ${tagline}`;
}

/**
 * Sets the tab title as "Page — Buttress Roots" in the current language. Layouts and guards pass
 * `{ fallback: true }` so that the page they wrap keeps its own title.
 */
export function usePageTitle(title: string | undefined, options: { fallback?: boolean } = {}): void {
  const { t } = useTranslation();
  const [id] = useState(() => Symbol('page title'));
  const fallback = options.fallback ?? false;
  useEffect(() => {
    const site = t('common.brandName');
    const tagline = t('home.tagline');
    claims.delete(id);
    claims.set(id, { title, fallback });
    show(site, tagline);
    return () => {
      claims.delete(id);
      show(site, tagline);
    };
  }, [id, title, fallback, t]);
}
