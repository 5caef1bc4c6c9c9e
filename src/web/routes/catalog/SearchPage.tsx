import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { useSeo } from '../../hooks/useSeo.js';
import { CatalogResults } from './CatalogResults.js';

/** /:lang/search?q=… — the header's search, with filters, sort and paging. */
export function SearchPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const title = q ? t('catalog.search.resultsFor', { query: q }) : t('catalog.search.title');
  useSeo({ title, description: t('catalog.seo.search') });

  return (
    <div className="container catalog-page" data-testid="search-page">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('catalog.search.title') }]} />
      <h1>{title}</h1>
      <CatalogResults />
    </div>
  );
}
