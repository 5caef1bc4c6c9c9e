import '../../styles/orders.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ORDER_PAGE_SIZE } from '../../../shared/schemas/orders.js';
import { type OrderListFilter, type OrderViewer, useOrderList } from '../../api/orders.js';
import { useFormat } from '../../hooks/useFormat.js';
import { FormAlert } from '../forms/FormAlert.js';
import { Pagination } from '../Pagination.js';
import { changeFilter, filterFromParams, paramsFromFilter } from './orderListFilter.js';
import { OrderListFilters } from './OrderListFilters.js';
import { OrderRows } from './OrderRows.js';
import { OrderStatusTabs } from './OrderStatusTabs.js';

/**
 * One order list for the supplier's "Order Management", the buyer's "My Orders" and staff:
 * status tabs with counts, search, date range, paging, newest first (the server's order).
 * The filter is the URL's query; each filter is its own query key, so an answer for an old
 * filter that arrives late is stored under that filter and never shown for the newer one.
 */
export function OrderListView({
  viewer,
  detailPath,
  searchHint,
}: {
  viewer: OrderViewer;
  detailPath: (id: string) => string;
  searchHint: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const list = useOrderList(viewer, filter);
  const go = (next: OrderListFilter) => setParams(paramsFromFilter(next));

  const rows = list.data?.items ?? [];
  const searching = Boolean(filter.status || filter.q || filter.from || filter.to);
  return (
    <div className="order-list" data-testid="order-list">
      <OrderStatusTabs filter={filter} counts={list.data?.counts} />
      <OrderListFilters filter={filter} searchHint={searchHint} onApply={(patch) => go(changeFilter(filter, patch))} />
      {list.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {list.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {list.data && !list.isPlaceholderData ? (
        <p className="muted small" role="status" data-testid="order-count">
          {t('orders.list.found', { number: format.number(list.data.total) })}
        </p>
      ) : null}
      {list.data && rows.length === 0 ? (
        <div className="empty-state" data-testid="order-list-empty">
          <p>{searching ? t('orders.list.noMatch') : t(`orders.list.empty.${viewer}`)}</p>
        </div>
      ) : null}
      {rows.length ? (
        <OrderRows rows={rows} viewer={viewer} detailPath={detailPath} busy={list.isPlaceholderData} />
      ) : null}
      {list.data ? (
        <Pagination
          page={filter.page ?? 1}
          pageSize={list.data.pageSize || ORDER_PAGE_SIZE}
          total={list.data.total}
          onPage={(page) => go(changeFilter(filter, { page }))}
        />
      ) : null}
    </div>
  );
}
