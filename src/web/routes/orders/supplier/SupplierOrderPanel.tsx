import type { OrderDetail } from '../../../../shared/schemas/orders.js';

/** The supplier's side of an order: terms form, Confirm/Decline, progress, payments. */
// placeholder: the supplier-forms branch provides the panel
export function SupplierOrderPanel(_props: { order: OrderDetail }) {
  return null;
}
