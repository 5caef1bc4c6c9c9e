import type { QueryClient } from '@tanstack/react-query';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { ApiError } from '../../../api/client.js';
import { orderApi, orderKeys } from '../../../api/orders.js';

/** 409s of an order: another tab saved (version) or the order moved on (e.g. the buyer cancelled). */
export type OrderConflict = 'version' | 'state';

export function orderConflictOf(error: unknown): OrderConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return error.body.code === 'VERSION_CONFLICT' ? 'version' : 'state';
}

/** The latest order from the server, put in the cache so the whole page shows it. */
export async function reloadOrder(queryClient: QueryClient, id: string): Promise<OrderDetail> {
  const { order } = await orderApi.detail('supplier', id);
  queryClient.setQueryData(orderKeys.detail('supplier', id), { order });
  return order;
}
