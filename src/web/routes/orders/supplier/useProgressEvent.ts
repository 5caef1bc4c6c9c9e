import { useQueryClient } from '@tanstack/react-query';
import type { OrderDetail, OrderEventRequest } from '../../../../shared/schemas/orders.js';
import { useOrderEvent } from '../../../api/orders.js';
import { orderConflictOf, reloadOrder } from './orderErrors.js';
import type { PanelNotice, SetNotice } from './usePanelNotice.js';

type SuccessKey = Extract<PanelNotice, { tone: 'success' }>['key'];

/**
 * Sends one of the supplier's progress events with the order's version. A 409 (the order changed
 * meanwhile) is explained by the panel and the order reloaded; other errors reject, for the form
 * to show under its fields.
 */
export function useProgressEvent(order: OrderDetail, setNotice: SetNotice) {
  const queryClient = useQueryClient();
  const mutation = useOrderEvent('supplier', order.id);
  const send = async (input: Omit<OrderEventRequest, 'version'>, success: SuccessKey): Promise<boolean> => {
    try {
      await mutation.mutateAsync({ ...input, version: order.version });
      setNotice({ tone: 'success', key: success });
      return true;
    } catch (error) {
      const conflict = orderConflictOf(error);
      if (!conflict) throw error;
      setNotice({ tone: 'error', key: conflict });
      await reloadOrder(queryClient, order.id).catch(() => undefined);
      return false;
    }
  };
  return { send, busy: mutation.isPending };
}
