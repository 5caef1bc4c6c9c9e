import type { OrderState } from '../../../shared/state-machines/order.js';
import { platformDay } from '../../../shared/working-days.js';
import type { RequestUser } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ModuleContext } from '../../platform/module-context.js';
import type { PdfService, RenderedPdf } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';
import { listLines, orderWithViewer, viewerOf, type OrderRow } from '../orders/index.js';
import { documentNumber, proformaInvoiceModel } from './invoice-models.js';
import {
  exportInvoiceVersionModel,
  findDomesticInvoice,
  findDownloadableInvoiceVersion,
  findProformaHead,
} from './invoices.repo.js';

export type InvoiceDownloadDeps = Pick<ModuleContext, 'db' | 'clock'> & {
  files: Pick<FilesService, 'attached'>;
  pdf: Pick<PdfService, 'render' | 'fromMemory'>;
};

const MAX_VERSION_NO = 2_147_483_647;
/** Bound of the maps of rendered hashes below (two short strings per entry). */
const MAX_RENDERED_KEYS = 10_000;
/** How long a proforma's rendered hash is trusted without reading the order's lines again. */
const PROFORMA_KEY_MS = 60_000;

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
  /**
   * `kind:stored content hash` → the content hash of the model rendered for it ({...model, kind}).
   * A version's stored hash fixes its model, so the entry never goes stale; with it a download of
   * a PDF this instance rendered needs neither the model nor a hash of it (as the contract's).
   */
  const renderedKeys = new Map<string, string>();
  /**
   * `order id:row version:date` → the content hash of the proforma rendered for it. The proforma
   * is made from the order's terms and lines, which change only together with the order's row
   * version (the terms are saved with a guarded update that bumps it), so a known key lets a
   * download skip the lines, the model and its hash. Entries are trusted for a minute only, so a
   * change that ever bypassed the version would show within a minute, not for the process's life.
   */
  const proformaKeys = new Map<string, { contentSha256: string; at: number }>();

  function remember<V>(map: Map<string, V>, key: string, value: V) {
    if (map.size >= MAX_RENDERED_KEYS) map.clear();
    map.set(key, value);
  }

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
    // One statement: who may read it, the invoice's number and the version's stored hash. The path's
    // number is unbounded; beyond a PostgreSQL integer no version exists.
    const found =
      versionNo <= MAX_VERSION_NO ? await findDownloadableInvoiceVersion(db, orderId, versionNo) : undefined;
    const viewer = found ? viewerOf(found.order, reader.user) : null;
    if (!found || !viewer) throw notFound('Order');
    const { invoice, version } = found;
    // The buyer sees only what the supplier confirmed; a draft is not even confirmed to exist.
    if (!invoice || !version || (viewer === 'buyer' && version.confirmedAt === null)) throw notFound('Invoice');
    if (viewer === 'staff') {
      await writeAudit(db, {
        actorId: reader.user.id,
        action: `order.${kind}.view`,
        entityType: 'order',
        entityId: orderId,
        ip: reader.ip,
        details: { number: found.order.number, versionNo },
      });
    }
    const key = `${kind}:${version.contentSha256}`;
    const known = renderedKeys.get(key);
    let rendered = known === undefined ? undefined : pdf.fromMemory(known);
    if (!rendered) {
      const model = await exportInvoiceVersionModel(db, orderId, versionNo);
      if (!model) throw notFound('Invoice');
      rendered = await pdf.render({ ...model, kind });
      remember(renderedKeys, key, rendered.contentSha256);
    }
    const suffix = kind === 'packing_list' ? '-packing-list' : '';
    return { rendered, fileName: `${invoice.number}${versionNo > 1 ? `-v${versionNo}` : ''}${suffix}.pdf` };
  }

  async function proformaPdf(reader: Reader, orderId: string): Promise<GeneratedPdf> {
    // One narrow statement decides (the parties, the state, the row version); the full order with
    // its snapshots and lines is read only to build a proforma this instance does not know yet.
    const head = await findProformaHead(db, orderId);
    const viewer = head ? viewerOf(head, reader.user) : null;
    if (!head || !viewer) throw notFound('Order');
    if (!proformaAvailable(head)) {
      throw new AppError('ORDER_STATE_CONFLICT', 'No proforma invoice for this order now', [
        { path: '', code: 'proforma_unavailable', params: { status: head.status, tradeType: head.tradeType } },
      ]);
    }
    const now = deps.clock.now();
    const keyOf = (order: Pick<OrderRow, 'version' | 'confirmedAt'>) => {
      const date = platformDay(order.confirmedAt ?? now);
      return { date, key: `${orderId}:${order.version}:${date}` };
    };
    const known = proformaKeys.get(keyOf(head).key);
    let rendered =
      known && now.getTime() - known.at < PROFORMA_KEY_MS ? pdf.fromMemory(known.contentSha256) : undefined;
    if (!rendered) {
      const { order } = await orderWithViewer(db, orderId, reader.user);
      const { date, key } = keyOf(order);
      rendered = await pdf.render(proformaInvoiceModel(order, await listLines(db, orderId), date));
      remember(proformaKeys, key, { contentSha256: rendered.contentSha256, at: now.getTime() });
    }
    if (viewer === 'staff') {
      await writeAudit(db, {
        actorId: reader.user.id,
        action: 'order.proforma_invoice.view',
        entityType: 'order',
        entityId: orderId,
        ip: reader.ip,
        details: { number: head.number },
      });
    }
    return { rendered, fileName: `${documentNumber('PI', head.number)}.pdf` };
  }

  return { domesticInvoiceFile, exportInvoicePdf, proformaPdf };
}
export type InvoiceDownloadService = ReturnType<typeof createInvoiceDownloadService>;
