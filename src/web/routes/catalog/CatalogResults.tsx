import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CATALOG_SORTS } from '../../../shared/catalog-options.js';
import { CATALOG_PARAMS, type CatalogQuery, useCatalogProducts, useCategories } from '../../api/catalog.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { Pagination } from '../../components/Pagination.js';
import { ProductGrid } from '../../components/products/ProductCard.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale } from '../../hooks/useLocale.js';
import { CatalogFilters, FILTER_PARAMS } from './CatalogFilters.js';

const PAGE_SIZE = 24;
type Sort = (typeof CATALOG_SORTS)[number];

/** The query in the URL: known parameters only, relevance first when there are words to rank by. */
export function readCatalogQuery(params: URLSearchParams): CatalogQuery {
  const query: CatalogQuery = {};
  for (const name of CATALOG_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) query[name] = value;
  }
  const sort = CATALOG_SORTS.find((s) => s === query.sort);
  query.sort = sort && (sort !== 'relevance' || query.q) ? sort : query.q ? 'relevance' : 'newest';
  return query;
}

/**
 * Search results and category pages: filters on the left, sort and paging, product cards.
 * Everything lives in the URL, so results can be shared and the back button works.
 * `fixed` holds what the page itself decides (the category of a category page).
 */
export function CatalogResults({ fixed = {} }: { fixed?: CatalogQuery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const query = { ...readCatalogQuery(params), ...fixed };
  const page = Math.max(1, Number(query.page) || 1);
  const results = useCatalogProducts({ ...query, page: String(page), pageSize: String(PAGE_SIZE) }, locale);
  const categories = useCategories(locale);
  const data = results.data;

  /** Writes the URL; any change but paging starts again at page 1. */
  const update = (patch: CatalogQuery, keepPage = false) => {
    const next = new URLSearchParams();
    const merged: CatalogQuery = { ...readCatalogQuery(params), ...patch };
    if (!keepPage) delete merged.page;
    for (const name of CATALOG_PARAMS) {
      const value = merged[name];
      if (value && !(name in fixed)) next.set(name, value);
    }
    if (merged.sort === (merged.q ? 'relevance' : 'newest')) next.delete('sort');
    setParams(next);
  };

  const applyFilters = (filters: CatalogQuery) => {
    const cleared = Object.fromEntries(FILTER_PARAMS.map((name) => [name, filters[name] ?? ''])) as CatalogQuery;
    update(cleared);
  };

  const sorts = CATALOG_SORTS.filter((s) => s !== 'relevance' || query.q);

  return (
    <div className="catalog-layout">
      <aside>
        <CatalogFilters
          query={query}
          categories={categories.data?.categories ?? []}
          items={data?.items ?? []}
          showCategory={!('category' in fixed)}
          onApply={applyFilters}
        />
      </aside>
      <section className="catalog-results" aria-labelledby="results-count" aria-busy={results.isFetching}>
        <div className="results-head">
          <p id="results-count" role="status" data-testid="results-count">
            {data ? t('catalog.results.count', { number: format.number(data.total) }) : t('common.loading')}
          </p>
          <div className="results-sort">
            <SelectField
              label={t('catalog.sort.label')}
              name="sort"
              value={query.sort}
              onChange={(event) => update({ sort: event.target.value as Sort })}
              options={sorts.map((s) => ({ value: s, label: t(`catalog.sort.${s}`) }))}
            />
          </div>
        </div>
        {results.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
        {data && data.items.length === 0 ? (
          <div className="empty-state" data-testid="no-results">
            <p>{t('catalog.results.none')}</p>
          </div>
        ) : null}
        {data && data.items.length > 0 ? <ProductGrid items={data.items} testId="results" /> : null}
        {data ? (
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={(p) => {
              update({ page: String(p) }, true);
              window.scrollTo({ top: 0 });
            }}
          />
        ) : null}
      </section>
    </div>
  );
}
