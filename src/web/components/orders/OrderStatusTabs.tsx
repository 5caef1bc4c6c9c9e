import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderState } from '../../../shared/state-machines/order.js';
import type { OrderListFilter } from '../../api/orders.js';
import { useFormat } from '../../hooks/useFormat.js';
import { changeFilter, ORDER_TABS, paramsFromFilter, totalCount } from './orderListFilter.js';

/**
 * "All", "Waiting for perfection" (n), "Awaiting acceptance" (n) …: one link per state with its
 * count from the list's answer (counts cover the whole list, not the search).
 */
export function OrderStatusTabs({
  filter,
  counts,
}: {
  filter: OrderListFilter;
  counts: Partial<Record<OrderState, number>> | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <nav className="order-tabs" aria-label={t('orders.list.tabsLabel')} data-testid="order-tabs">
      <ul>
        {ORDER_TABS.map((tab) => {
          const active = (filter.status ?? 'all') === tab;
          const count = counts ? (tab === 'all' ? totalCount(counts) : (counts[tab] ?? 0)) : undefined;
          const next = changeFilter(filter, { status: tab === 'all' ? undefined : tab });
          const search = paramsFromFilter(next).toString();
          return (
            <li key={tab}>
              <Link
                to={{ search: search ? `?${search}` : '' }}
                className={active ? 'order-tab is-active' : 'order-tab'}
                aria-current={active ? 'page' : undefined}
                data-testid={`order-tab-${tab}`}
              >
                {tab === 'all' ? t('orders.list.all') : t(`orders.status.${tab}`)}
                {count !== undefined ? (
                  <span className="order-tab-count" data-testid="order-tab-count">
                    {format.number(count)}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
