import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { OrderDetail, OrderSubmit } from '../../../shared/schemas/orders.js';
import { orderApi, orderKeys } from '../../api/orders.js';
import { clearDraft, readDraft, savePending } from '../../lib/orderDraft.js';

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context: https or localhost). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * "Submit" (POST /api/orders) with an Idempotency-Key: one key per filled-in form. The key is
 * kept in the draft with the body it was sent with, so a double click, a retry after a lost
 * answer or a reload and a second "Submit" of the same content all answer the one order; a
 * changed form gets a new key. On success `onSubmitted` runs (the page moves on), then the draft is
 * cleared: both here, not in mutate()'s callbacks, which React Query drops once the form unmounts.
 */
export function useSubmitOrder(userId: string, supplierId: string, onSubmitted: (order: OrderDetail) => void) {
  const client = useQueryClient();
  // Set synchronously: a second click in the same moment finds it before React re-renders.
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: async (input: OrderSubmit) => {
      const body = JSON.stringify(input);
      const pending = readDraft(userId, supplierId)?.pending;
      const key = pending?.body === body ? pending.key : newKey();
      if (pending?.key !== key) savePending(userId, supplierId, { key, body });
      return orderApi.submit(input, key);
    },
    onSuccess: ({ order }) => {
      client.setQueryData(orderKeys.detail('buyer', order.id), { order });
      onSubmitted(order);
      clearDraft(userId, supplierId);
      void client.invalidateQueries({ queryKey: ['account', 'orders', 'buyer', 'list'] });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  return {
    ...mutation,
    /** Sends once; further calls while it is on its way do nothing. */
    submit: (input: OrderSubmit, options: Parameters<typeof mutation.mutate>[1]) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutation.mutate(input, options);
    },
  };
}
