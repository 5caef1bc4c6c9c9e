import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title as "Page — Buttress Roots" in the current language. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    const site = t('common.brandName');
    document.title = title ? `${title} — ${site}` : `${site} — ${t('home.tagline')}`;
  }, [title, t]);
}
