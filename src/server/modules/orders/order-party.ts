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
  const viewer = order ? viewerOf(order, user) : null;
  if (!order || !viewer) throw notFound('Order');
  return { order, viewer };
}

/** The caller's part in an order already read (a module's own joined query), or null: 404 for it. */
export function viewerOf(
  order: Pick<OrderRow, 'buyerUserId' | 'supplierId'>,
  user: Pick<RequestUser, 'id' | 'supplierId' | 'roles'>,
): OrderViewer | null {
  if (order.buyerUserId === user.id) return 'buyer';
  if (user.supplierId !== null && order.supplierId === user.supplierId) return 'supplier';
  if (hasStaffRole(user.roles)) return 'staff';
  return null;
}

/** A party's action called by the other party (or staff): 403, the order itself is theirs to see. */
export function requireViewer(viewer: OrderViewer, party: 'buyer' | 'supplier'): void {
  if (viewer !== party) throw new AppError('FORBIDDEN', `Only the order's ${party} may do this`);
}
