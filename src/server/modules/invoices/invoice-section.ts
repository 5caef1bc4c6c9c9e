import type { OrderDocuments } from '../../../shared/schemas/documents.js';
import type { Db } from '../../db/client.js';
import type { OrderRow, OrderViewer } from '../orders/index.js';

export type InvoiceSection = Pick<OrderDocuments, 'invoiceStatus' | 'domestic' | 'export'>;

/**
 * The invoices' part of an order's "Invoice & Contract" section, for the viewer.
 * PLACEHOLDER (foundation): the invoices branch replaces the body with the recorded invoices,
 * the export invoice and the proforma; the signature stays.
 */
export async function invoiceSectionFor(
  db: Pick<Db, 'select'>,
  order: OrderRow,
  viewer: OrderViewer,
): Promise<InvoiceSection> {
  void db;
  void viewer;
  if (order.tradeType === 'export') {
    return { invoiceStatus: 'not_requested', domestic: null, export: { invoice: null, proformaAvailable: false } };
  }
  return {
    invoiceStatus: order.invoiceRequired ? 'requested' : 'not_requested',
    domestic: {
      invoiceRequired: order.invoiceRequired,
      invoiceProfile: order.invoiceProfile ?? null,
      invoices: [],
      invoicedTotal: '0.00',
      remaining: order.totalAmount,
      canRecord: false,
    },
    export: null,
  };
}
