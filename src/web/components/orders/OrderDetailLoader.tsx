import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { ApiError } from '../../api/client.js';
import { type OrderViewer, useOrderDetail } from '../../api/orders.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { NotFoundPage } from '../../routes/NotFoundPage.js';
import { FormAlert } from '../forms/FormAlert.js';

/**
 * Loads one order through the viewer's own path. Someone else's order (or none) answers 404,
 * shown as the 404 page: nothing tells whether it exists.
 */
export function OrderDetailLoader({
  viewer,
  id,
  children,
}: {
  viewer: OrderViewer;
  id: string;
  children: (order: OrderDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const query = useOrderDetail(viewer, id);
  const order = query.data?.order;
  usePageTitle(order ? t('orders.detail.title', { number: order.number }) : undefined, { fallback: !order });
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) {
    // 400: not even an order id (the path was edited by hand) — as unknown as any other.
    if (query.error instanceof ApiError && [400, 404].includes(query.error.status)) return <NotFoundPage />;
    return <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  }
  return <>{children(query.data.order)}</>;
}
