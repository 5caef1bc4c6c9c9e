import type { Db } from '../../db/client.js';
import { hasStaffRole, type RequestUser } from '../../platform/access.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findOrder, type OrderRow } from './order.repo.js';

type Reader = Pick<Db, 'select'>;

/** Who is looking at an order's documents: one of its two parties, or staff (read-only). */
export type OrderViewer = 'buyer' | 'supplier' | 'staff';

/**
 * The order and the caller's part in it, for the routes both parties share ("Invoice &
 * Contract": /api/orders/:id/documents…). Anyone who is neither party nor staff gets 404, so an
 * order's existence is never confirmed to a stranger. A supplier never orders from itself
 * (OWN_PRODUCT), so the two parties are always two different accounts.
 */
export async function orderWithViewer(
  db: Reader,
  orderId: string,
  user: Pick<RequestUser, 'id' | 'supplierId' | 'roles'>,
): Promise<{ order: OrderRow; viewer: OrderViewer }> {
  const order = await findOrder(db, orderId, { any: true });
  if (!order) throw notFound('Order');
  if (order.buyerUserId === user.id) return { order, viewer: 'buyer' };
  if (user.supplierId !== null && order.supplierId === user.supplierId) return { order, viewer: 'supplier' };
  if (hasStaffRole(user.roles)) return { order, viewer: 'staff' };
  throw notFound('Order');
}

/** A party's action called by the other party (or staff): 403, the order itself is theirs to see. */
export function requireViewer(viewer: OrderViewer, party: 'buyer' | 'supplier'): void {
  if (viewer !== party) throw new AppError('FORBIDDEN', `Only the order's ${party} may do this`);
}
