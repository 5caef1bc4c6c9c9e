import type { OrderDetail, OrderList, OrderListQuery, OrderSummary } from '../../../shared/schemas/orders.js';
import { ORDER_PAGE_SIZE } from '../../../shared/schemas/orders.js';
import { orderEventsFor, type OrderState } from '../../../shared/state-machines/order.js';
import type { OrderListRow } from './order-list.repo.js';
import type { OrderWithLines } from './order.repo.js';

export type OrderViewer = OrderDetail['viewer'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The order as `viewer` sees it: the buttons it may press and the timeline latest first. */
export function toOrderDetail(viewer: OrderViewer, loaded: OrderWithLines): OrderDetail {
  const o = loaded.order;
  const status = o.status as OrderState;
  return {
    id: o.id,
    number: o.number,
    status,
    version: o.version,
    viewer,
    allowedEvents: viewer === 'staff' ? [] : orderEventsFor(status, viewer),
    tradeType: o.tradeType as OrderDetail['tradeType'],
    currency: o.currency,
    supplierId: o.supplierId,
    request: {
      deliveryAddress: o.deliveryAddress,
      destinationCountry: o.destinationCountry,
      destinationPort: o.destinationPort,
      preferredIncoterm: o.preferredIncoterm,
      invoiceRequired: o.invoiceRequired,
      invoiceProfile: o.invoiceProfile ?? null,
      requestedDeliveryDate: o.requestedDeliveryDate,
      buyerNote: o.buyerNote,
      orderedTotal: o.orderedTotal,
      orderedCurrency: loaded.lines[0]?.snapshot.currency ?? o.currency,
    },
    buyerParty: o.buyerParty,
    supplierParty: o.supplierParty,
    terms: {
      shippingCost: o.shippingCost,
      discount: o.discount,
      goodsTotal: o.goodsTotal,
      totalAmount: o.totalAmount,
      deliveryDate: o.deliveryDate,
      leadTimeDays: o.leadTimeDays,
      incoterm: o.incoterm,
      namedPlace: o.namedPlace,
      portOfLoading: o.portOfLoading,
      portOfDestination: o.portOfDestination,
      paymentMethod: o.paymentMethod as OrderDetail['terms']['paymentMethod'],
      depositPercent: o.depositPercent,
      paymentTerms: o.paymentTerms,
      packaging: o.packaging,
      offerValidUntil: o.offerValidUntil,
      supplierNote: o.supplierNote,
      savedAt: iso(o.termsSavedAt),
    },
    shipment: {
      carrier: o.carrier,
      trackingNumber: o.trackingNumber,
      shippedOn: o.shippedOn,
      deliveredOn: o.deliveredOn,
    },
    statusReason: o.statusReason,
    lines: loaded.lines.map((l) => ({
      position: l.position,
      productId: l.productId,
      quantity: l.quantity,
      orderedUnitPrice: l.orderedUnitPrice,
      finalUnitPrice: l.finalUnitPrice,
      amount: l.amount,
      snapshot: l.snapshot,
    })),
    payments: loaded.payments.map((p) => ({ ...p, kind: p.kind as OrderDetail['payments'][number]['kind'] })),
    timeline: loaded.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: (e.fromStatus as OrderState | null) ?? null,
      toStatus: (e.toStatus as OrderState | null) ?? null,
      actorRole: e.actorRole as OrderDetail['timeline'][number]['actorRole'],
      changes: e.changes,
      note: e.note,
      createdAt: e.createdAt,
    })),
    createdAt: o.createdAt.toISOString(),
    confirmedAt: iso(o.confirmedAt),
    acceptedAt: iso(o.acceptedAt),
  };
}

export function toOrderSummary(row: OrderListRow): OrderSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status as OrderSummary['status'],
    tradeType: row.tradeType as OrderSummary['tradeType'],
    currency: row.currency,
    totalAmount: row.totalAmount,
    counterpartyNameZh: row.counterpartyNameZh,
    counterpartyNameEn: row.counterpartyNameEn,
    firstLineNames: row.firstLineNames ?? {},
    firstLinePictureFileId: row.firstLinePictureFileId,
    lineCount: row.lineCount,
    contractStatus: row.contractStatus as OrderSummary['contractStatus'],
    invoiceStatus: row.invoiceStatus as OrderSummary['invoiceStatus'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The list answer from a page of rows and the per-status counts (total = what matches q, dates and the tab). */
export function toOrderList(
  rows: OrderListRow[],
  counts: { status: string; all: number; matching: number }[],
  query: OrderListQuery,
): OrderList {
  const tabs: OrderList['counts'] = {};
  let total = 0;
  for (const c of counts) {
    tabs[c.status as OrderState] = c.all;
    if (!query.status || query.status === c.status) total += c.matching;
  }
  return { items: rows.map(toOrderSummary), total, page: query.page, pageSize: ORDER_PAGE_SIZE, counts: tabs };
}
