import type { OrderState } from '../../../shared/state-machines/order.js';
import { platformDay } from '../../../shared/working-days.js';
import type { RequestUser } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ModuleContext } from '../../platform/module-context.js';
import type { CommercialInvoiceModel, PdfService, RenderedPdf } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';
import { listLines, orderWithViewer, type OrderRow } from '../orders/index.js';
import { documentNumber, proformaInvoiceModel } from './invoice-models.js';
import { findDomesticInvoice, findExportInvoice, findExportInvoiceVersion } from './invoices.repo.js';

export type InvoiceDownloadDeps = Pick<ModuleContext, 'db' | 'clock'> & {
  files: Pick<FilesService, 'attached'>;
  pdf: Pick<PdfService, 'render'>;
};

/** The caller and where the request came from (staff reads are audited with it). */
export interface Reader {
  user: Pick<RequestUser, 'id' | 'supplierId' | 'roles'>;
  ip: string;
}

/** A proforma exists once the supplier confirmed the offer, for as long as the order is not closed unfulfilled. */
const PROFORMA_STATES: readonly OrderState[] = [
  'awaiting_acceptance',
  'contract_signing',
  'in_production',
  'shipped',
  'delivered',
  'completed',
];

export const proformaAvailable = (order: Pick<OrderRow, 'tradeType' | 'status'>): boolean =>
  order.tradeType === 'export' && PROFORMA_STATES.includes(order.status as OrderState);

export interface GeneratedPdf {
  rendered: RenderedPdf;
  fileName: string;
}

/**
 * The invoices' downloads, for the order's two parties and staff (anyone else: 404): the recorded
 * domestic invoice files, the commercial invoice and packing list of a version (the buyer: only
 * confirmed versions), and the proforma. Staff reads are written to the audit log.
 */
export function createInvoiceDownloadService(deps: InvoiceDownloadDeps) {
  const { db, files, pdf } = deps;

  async function opened(reader: Reader, orderId: string, what: string, details: Record<string, unknown>) {
    const { order, viewer } = await orderWithViewer(db, orderId, reader.user);
    const audit = () =>
      viewer === 'staff'
        ? writeAudit(db, {
            actorId: reader.user.id,
            action: `order.${what}.view`,
            entityType: 'order',
            entityId: orderId,
            ip: reader.ip,
            details: { number: order.number, ...details },
          })
        : Promise.resolve();
    return { order, viewer, audit };
  }

  async function domesticInvoiceFile(reader: Reader, orderId: string, invoiceId: string) {
    const { audit } = await opened(reader, orderId, 'invoice_file', { invoiceId });
    const invoice = await findDomesticInvoice(db, orderId, invoiceId);
    if (!invoice) throw notFound('Invoice');
    const { row, data } = await files.attached(invoice.fileId);
    await audit();
    return { data, contentType: row.contentType, fileName: row.originalName };
  }

  async function exportInvoicePdf(
    reader: Reader,
    orderId: string,
    versionNo: number,
    kind: 'commercial_invoice' | 'packing_list',
  ): Promise<GeneratedPdf> {
    const { viewer, audit } = await opened(reader, orderId, kind, { versionNo });
    const invoice = await findExportInvoice(db, orderId);
    const version = invoice ? await findExportInvoiceVersion(db, orderId, versionNo) : undefined;
    // The buyer sees only what the supplier confirmed; a draft is not even confirmed to exist.
    if (!invoice || !version || (viewer === 'buyer' && version.confirmedAt === null)) throw notFound('Invoice');
    const model = { ...(version.model as CommercialInvoiceModel), kind };
    const rendered = await pdf.render(model);
    await audit();
    const suffix = kind === 'packing_list' ? '-packing-list' : '';
    return { rendered, fileName: `${invoice.number}${versionNo > 1 ? `-v${versionNo}` : ''}${suffix}.pdf` };
  }

  async function proformaPdf(reader: Reader, orderId: string): Promise<GeneratedPdf> {
    const { order, audit } = await opened(reader, orderId, 'proforma_invoice', {});
    if (!proformaAvailable(order)) {
      throw new AppError('ORDER_STATE_CONFLICT', 'No proforma invoice for this order now', [
        { path: '', code: 'proforma_unavailable', params: { status: order.status, tradeType: order.tradeType } },
      ]);
    }
    const lines = await listLines(db, orderId);
    const model = proformaInvoiceModel(order, lines, platformDay(order.confirmedAt ?? deps.clock.now()));
    const rendered = await pdf.render(model);
    await audit();
    return { rendered, fileName: `${documentNumber('PI', order.number)}.pdf` };
  }

  return { domesticInvoiceFile, exportInvoicePdf, proformaPdf };
}
export type InvoiceDownloadService = ReturnType<typeof createInvoiceDownloadService>;
