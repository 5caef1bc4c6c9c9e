import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderListFilter } from '../../api/orders.js';
import { FormField } from '../forms/FormField.js';
import { isIsoDay } from './orderListFilter.js';

/**
 * The search box (order number, company, product) and the date range. Applied on "Search"
 * (one history entry per search, so back returns to the previous one); the inputs are keyed by
 * the URL's values, so back/forward shows what is searched.
 */
export function OrderListFilters({
  filter,
  searchHint,
  onApply,
}: {
  filter: OrderListFilter;
  searchHint: string;
  onApply: (patch: { q?: string; from?: string; to?: string }) => void;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    let from = isIsoDay(read('from')) ? read('from') : undefined;
    let to = isIsoDay(read('to')) ? read('to') : undefined;
    // A range typed the wrong way round means the same days.
    if (from && to && from > to) [from, to] = [to, from];
    onApply({ q: read('q') || undefined, from, to });
  };
  const filtered = Boolean(filter.q || filter.from || filter.to);
  return (
    <form
      className="form form-inline order-filters"
      role="search"
      aria-label={t('orders.list.searchLabel')}
      onSubmit={submit}
      key={`${filter.q ?? ''}|${filter.from ?? ''}|${filter.to ?? ''}`}
      data-testid="order-filters"
    >
      <FormField
        label={t('orders.list.search')}
        name="q"
        type="search"
        maxLength={100}
        hint={searchHint}
        defaultValue={filter.q ?? ''}
      />
      <FormField label={t('orders.list.from')} name="from" type="date" defaultValue={filter.from ?? ''} />
      <FormField label={t('orders.list.to')} name="to" type="date" defaultValue={filter.to ?? ''} />
      <div className="order-filter-actions">
        <button type="submit" className="btn btn-primary" data-testid="order-search">
          {t('orders.list.searchButton')}
        </button>
        {filtered ? (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => onApply({ q: undefined, from: undefined, to: undefined })}
          >
            {t('orders.list.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
