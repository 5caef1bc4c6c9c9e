import { type FormEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_CURRENCIES } from '../../../shared/catalog-options.js';
import { COUNTRY_CODES } from '../../../shared/countries.js';
import type { CatalogItem, CategoryNode } from '../../../shared/schemas/products.js';
import { CATALOG_PARAMS, type CatalogParam, type CatalogQuery } from '../../api/catalog.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { useLocale } from '../../hooks/useLocale.js';
import { currencyName, sortedRegions } from '../../lib/regions.js';

/** The filters a visitor sets in the form (the rest of the query — q, sort, page — lives elsewhere). */
export const FILTER_PARAMS: readonly CatalogParam[] = CATALOG_PARAMS.filter(
  (name) => !['q', 'sort', 'page', 'pageSize'].includes(name),
);

/** Options for a select: the ones in the results, plus the selected one even when no result shows it. */
function options(items: { id: string; name: string }[], selected: string | undefined, selectedName: string) {
  const byId = new Map(items.map((i) => [i.id, i.name]));
  if (selected && !byId.has(selected)) byId.set(selected, selectedName);
  return [...byId].map(([id, name]) => ({ id, name }));
}

/**
 * Category, brand, supplier, price range with its currency, largest MOQ and origin. Selects apply
 * at once; the numbers apply with "Apply" (or Enter). Brands and suppliers to choose from are
 * those in the current results.
 */
export function CatalogFilters({
  query,
  categories,
  items,
  showCategory,
  onApply,
}: {
  query: CatalogQuery;
  categories: CategoryNode[];
  items: CatalogItem[];
  showCategory: boolean;
  onApply: (filters: CatalogQuery) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const regions = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);
  const brands = options(
    items.map((i) => i.brand),
    query.brand,
    t('catalog.filters.selectedBrand'),
  );
  const suppliers = options(
    items.map((i) => i.supplier),
    query.supplier,
    t('catalog.filters.selectedSupplier'),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: CatalogQuery = {};
    for (const name of FILTER_PARAMS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next[name] = value;
    }
    if (!next.currency) {
      delete next.minPrice;
      delete next.maxPrice;
    }
    onApply(next);
  };
  const applyNow = () => formRef.current?.requestSubmit();

  return (
    <form
      ref={formRef}
      // Rebuilt from the URL whenever it changes (back/forward, "Clear filters").
      key={JSON.stringify(query)}
      className="form catalog-filters"
      aria-label={t('catalog.filters.title')}
      onSubmit={onSubmit}
      data-testid="catalog-filters"
    >
      <h2 className="filters-title">{t('catalog.filters.title')}</h2>
      {showCategory ? (
        <SelectField
          label={t('catalog.filters.category')}
          name="category"
          defaultValue={query.category ?? ''}
          onChange={applyNow}
        >
          <option value="">{t('catalog.filters.allCategories')}</option>
          {categories.map((top) => (
            <optgroup key={top.id} label={top.name}>
              <option value={top.id}>{t('catalog.filters.allIn', { name: top.name })}</option>
              {top.children.map((child) => (
                <option key={child.id} value={child.id}>
                  {child.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t('catalog.filters.brand')} name="brand" defaultValue={query.brand ?? ''} onChange={applyNow}>
        <option value="">{t('catalog.filters.allBrands')}</option>
        {brands.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('catalog.filters.supplier')}
        name="supplier"
        defaultValue={query.supplier ?? ''}
        onChange={applyNow}
        placeholder={t('catalog.filters.allSuppliers')}
        options={suppliers.map((s) => ({ value: s.id, label: s.name }))}
      />
      <fieldset className="filter-price">
        <legend className="field-label">{t('catalog.filters.price')}</legend>
        <SelectField
          label={t('catalog.filters.currency')}
          name="currency"
          defaultValue={query.currency ?? ''}
          onChange={applyNow}
          hint={query.currency ? undefined : t('catalog.filters.priceNeedsCurrency')}
          placeholder={t('catalog.filters.anyCurrency')}
          options={PRODUCT_CURRENCIES.map((c) => ({ value: c, label: `${c} — ${currencyName(locale, c)}` }))}
        />
        <div className="field-pair-even">
          <FormField
            label={t('catalog.filters.minPrice')}
            name="minPrice"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            defaultValue={query.minPrice ?? ''}
            disabled={!query.currency}
          />
          <FormField
            label={t('catalog.filters.maxPrice')}
            name="maxPrice"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            defaultValue={query.maxPrice ?? ''}
            disabled={!query.currency}
          />
        </div>
      </fieldset>
      <FormField
        label={t('catalog.filters.maxMoq')}
        name="maxMoq"
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        defaultValue={query.maxMoq ?? ''}
      />
      <SelectField
        label={t('catalog.filters.origin')}
        name="origin"
        defaultValue={query.origin ?? ''}
        onChange={applyNow}
        placeholder={t('catalog.filters.anyOrigin')}
        options={regions.map((r) => ({ value: r.code, label: r.name }))}
      />
      <div className="filter-actions">
        <button type="submit" className="btn btn-primary">
          {t('catalog.filters.apply')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onApply({})}>
          {t('catalog.filters.clear')}
        </button>
      </div>
    </form>
  );
}
