import {
  ORDER_PAGE_SIZE,
  type OrderDetail,
  type OrderList,
  type OrderListQuery,
} from '../../../shared/schemas/orders.js';
import type { Db } from '../../db/client.js';
import { writeAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import { JsonText } from '../../platform/json-text.js';
import { isPlainListQuery, ownOrderListJson } from './order-list-json.js';
import { listOrders, type Counterparty } from './order-list.repo.js';
import { toOrderDetail, toOrderList, type OrderViewer } from './order.mapper.js';
import { loadOrderWithLines, type OrderScope } from './order.repo.js';

/**
 * Reading orders: each party through its own scope (anything outside it is 404), staff anyone's,
 * each staff view audited. A list is one statement (page with the status counters) or two (page;
 * grouped counts, with q or dates), a detail one (order with lines, payments and timeline); a party's scope is part of them, and
 * the parties' common shapes are prepared statements.
 */
export function createOrderQueryService(deps: { db: Db }) {
  const { db } = deps;

  async function detail(viewer: OrderViewer, id: string, scope: OrderScope): Promise<OrderDetail> {
    const loaded = await loadOrderWithLines(db, id, scope);
    if (!loaded) throw notFound('Order');
    return toOrderDetail(viewer, loaded);
  }

  async function list(scope: OrderScope, query: OrderListQuery, counterparty: Counterparty): Promise<OrderList> {
    const { rows, counts } = await listOrders(db, scope, query, counterparty, ORDER_PAGE_SIZE);
    return toOrderList(rows, counts, query);
  }

  /** A party's own list: without q or dates, the hand-written answer (order-list-json.ts). */
  async function ownList(
    party: 'supplier' | 'buyer',
    partyId: string,
    query: OrderListQuery,
  ): Promise<OrderList | JsonText> {
    if (isPlainListQuery(query)) return new JsonText(await ownOrderListJson(db, party, partyId, query));
    return party === 'supplier'
      ? list({ supplierId: partyId }, query, 'buyer')
      : list({ buyerUserId: partyId }, query, 'supplier');
  }

  return {
    detail,

    buyerDetail: (userId: string, id: string) => detail('buyer', id, { buyerUserId: userId }),
    supplierDetail: (supplierId: string, id: string) => detail('supplier', id, { supplierId }),
    /** Staff read any order, read-only; each view is written to the audit log. */
    async staffDetail(actor: { id: string; ip: string }, id: string): Promise<OrderDetail> {
      const order = await detail('staff', id, { any: true });
      await writeAudit(db, {
        actorId: actor.id,
        action: 'order.view',
        entityType: 'order',
        entityId: id,
        ip: actor.ip,
        details: { number: order.number, status: order.status },
      });
      return order;
    },

    buyerList: (userId: string, query: OrderListQuery) => ownList('buyer', userId, query),
    supplierList: (supplierId: string, query: OrderListQuery) => ownList('supplier', supplierId, query),
    staffList: (query: OrderListQuery) => list({ any: true }, query, 'supplier'),
  };
}
export type OrderQueryService = ReturnType<typeof createOrderQueryService>;
