import { compareDecimals, subtractAmount, sumAmounts } from '../../../shared/money.js';
import type { InvoiceStatus, OrderDocuments } from '../../../shared/schemas/documents.js';
import type { Db } from '../../db/client.js';
import type { OrderRow, OrderViewer } from '../orders/index.js';
import { mayRecordDomesticInvoice } from './domestic-invoice.service.js';
import { exportInvoiceEditable } from './export-invoice.service.js';
import { proformaAvailable } from './invoice-downloads.service.js';
import { toDomesticInvoice, toExportInvoice, visibleVersions } from './invoice.mapper.js';
import { findExportInvoice, listDomesticInvoices, listExportInvoiceVersions } from './invoices.repo.js';

export type InvoiceSection = Pick<OrderDocuments, 'invoiceStatus' | 'domestic' | 'export'>;

/** The list column as the viewer may see it: the buyer never sees that a new draft is being made. */
function statusFor(order: OrderRow, viewer: OrderViewer, confirmedVersionNo: number | null): InvoiceStatus {
  const status = order.invoiceStatus as InvoiceStatus;
  if (viewer === 'buyer' && status === 'draft') return confirmedVersionNo === null ? 'not_requested' : 'confirmed';
  return status;
}

async function exportSection(db: Pick<Db, 'select'>, order: OrderRow, viewer: OrderViewer): Promise<InvoiceSection> {
  const row = await findExportInvoice(db, order.id);
  const proforma = proformaAvailable(order);
  const invoiceStatus = statusFor(order, viewer, row?.confirmedVersionNo ?? null);
  // The buyer sees nothing of a commercial invoice until the supplier has confirmed one.
  if (!row || (viewer === 'buyer' && row.confirmedVersionNo === null)) {
    return { invoiceStatus, domestic: null, export: { invoice: null, proformaAvailable: proforma } };
  }
  const versions = visibleVersions(await listExportInvoiceVersions(db, order.id), viewer);
  const invoice = toExportInvoice(row, versions, viewer === 'supplier' && exportInvoiceEditable(order));
  return {
    invoiceStatus,
    domestic: null,
    export: {
      // The buyer keeps seeing the last confirmed version while the supplier corrects a new draft.
      invoice:
        viewer === 'buyer'
          ? { ...invoice, status: 'confirmed', currentVersionNo: row.confirmedVersionNo ?? invoice.currentVersionNo }
          : invoice,
      proformaAvailable: proforma,
    },
  };
}

/**
 * The invoices' part of an order's "Invoice & Contract" section, for the viewer: the recorded
 * domestic invoices with what is left to invoice, or the export commercial invoice (the buyer:
 * only confirmed versions) and whether a proforma exists. The contracts module's
 * GET /api/orders/:id/documents calls it.
 */
export async function invoiceSectionFor(
  db: Pick<Db, 'select'>,
  order: OrderRow,
  viewer: OrderViewer,
): Promise<InvoiceSection> {
  if (order.tradeType === 'export') return exportSection(db, order, viewer);
  const invoices = order.invoiceRequired ? await listDomesticInvoices(db, order.id) : [];
  const invoicedTotal = sumAmounts(
    invoices.map((i) => i.totalAmount),
    order.currency,
  );
  const remaining = subtractAmount(order.totalAmount, invoicedTotal, order.currency);
  return {
    invoiceStatus: order.invoiceStatus as InvoiceStatus,
    domestic: {
      invoiceRequired: order.invoiceRequired,
      invoiceProfile: order.invoiceProfile ?? null,
      invoices: invoices.map(toDomesticInvoice),
      invoicedTotal,
      remaining,
      canRecord: viewer === 'supplier' && mayRecordDomesticInvoice(order) && compareDecimals(remaining, '0') > 0,
    },
    export: null,
  };
}
