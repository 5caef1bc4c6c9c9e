import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OrderDetail,
  OrderEventRequest,
  OrderList,
  OrderListQuery,
  OrderPreview,
  OrderSubmit,
  OrderTerms,
} from '../../shared/schemas/orders.js';
import { api } from './client.js';

/**
 * Orders (guide 5): the buyer's "My Orders", the supplier's "Order Management", staff's read-only
 * view. One shape per order for every viewer (OrderDetail.viewer says who looks).
 * API paths: src/shared/schemas/orders.ts.
 */

export type OrderViewer = 'buyer' | 'supplier' | 'staff';
export type OrderListFilter = Partial<Omit<OrderListQuery, 'page'>> & { page?: number };

const BASE: Record<OrderViewer, string> = {
  buyer: '/api/orders',
  supplier: '/api/supplier/orders',
  staff: '/api/admin/orders',
};
const at = (viewer: OrderViewer, id: string) => `${BASE[viewer]}/${encodeURIComponent(id)}`;

/** Under ['account', …]: belongs to the signed-in user and is dropped on login/logout. */
export const orderKeys = {
  all: ['account', 'orders'] as const,
  list: (viewer: OrderViewer, filter: OrderListFilter) => ['account', 'orders', viewer, 'list', filter] as const,
  detail: (viewer: OrderViewer, id: string) => ['account', 'orders', viewer, 'detail', id] as const,
  preview: (lines: OrderSubmit['lines']) => ['account', 'orders', 'preview', lines] as const,
};

function listParams(filter: OrderListFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const orderApi = {
  list: (viewer: OrderViewer, filter: OrderListFilter) => api<OrderList>(`${BASE[viewer]}${listParams(filter)}`),
  detail: (viewer: OrderViewer, id: string) => api<{ order: OrderDetail }>(at(viewer, id)),
  /** Prices and totals for lines, computed by the server (never in the browser). */
  preview: (lines: OrderSubmit['lines']) =>
    api<OrderPreview>('/api/orders/preview', { method: 'POST', json: { lines } }),
  /** One key per filled-in form: a double click or a retry answers the same order. */
  submit: (input: OrderSubmit, idempotencyKey: string) =>
    api<{ order: OrderDetail }>('/api/orders', {
      method: 'POST',
      json: input,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  event: (viewer: 'buyer' | 'supplier', id: string, input: OrderEventRequest) =>
    api<{ order: OrderDetail }>(`${at(viewer, id)}/events`, { method: 'POST', json: input }),
  saveTerms: (id: string, terms: OrderTerms) =>
    api<{ order: OrderDetail }>(`${at('supplier', id)}/terms`, { method: 'PUT', json: terms }),
  recordPayment: (id: string, input: { kind: string; amount: string; receivedOn: string; proofFileId?: string }) =>
    api<{ order: OrderDetail }>(`${at('supplier', id)}/payments`, { method: 'POST', json: input }),
};

export function useOrderList(viewer: OrderViewer, filter: OrderListFilter) {
  return useQuery({
    queryKey: orderKeys.list(viewer, filter),
    queryFn: () => orderApi.list(viewer, filter),
    placeholderData: (previous) => previous,
  });
}

export function useOrderDetail(viewer: OrderViewer, id: string) {
  return useQuery({ queryKey: orderKeys.detail(viewer, id), queryFn: () => orderApi.detail(viewer, id) });
}

/** After any change: the detail shows the server's answer, the lists and counts reload. */
function useOrderChanged() {
  const client = useQueryClient();
  return (viewer: OrderViewer, order: OrderDetail) => {
    client.setQueryData(orderKeys.detail(viewer, order.id), { order });
    void client.invalidateQueries({ queryKey: ['account', 'orders', viewer, 'list'] });
  };
}

export function useOrderEvent(viewer: 'buyer' | 'supplier', id: string) {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (input: OrderEventRequest) => orderApi.event(viewer, id, input),
    onSuccess: ({ order }) => changed(viewer, order),
  });
}

export function useSaveOrderTerms(id: string) {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (terms: OrderTerms) => orderApi.saveTerms(id, terms),
    onSuccess: ({ order }) => changed('supplier', order),
  });
}

export function useRecordPayment(id: string) {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (input: Parameters<typeof orderApi.recordPayment>[1]) => orderApi.recordPayment(id, input),
    onSuccess: ({ order }) => changed('supplier', order),
  });
}
