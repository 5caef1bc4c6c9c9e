import type { Contract, OrderDocuments } from '../../../shared/schemas/documents.js';
import type { Db } from '../../db/client.js';
import { writeAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import type { ContractDocumentModel, PdfService, RenderedPdf } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';
import { invoiceSectionFor } from '../invoices/index.js';
import { orderWithViewer, viewerOf, type OrderRow, type OrderViewer } from '../orders/index.js';
import { toContract, visibleTo } from './contract.mapper.js';
import type { ContractUser } from './contracts.service.js';
import {
  findContractByOrder,
  findDownloadableVersion,
  versionModel,
  findSignedCopyFile,
  listSignedCopies,
  listVersions,
  recordPdfSha256,
  type FileRow,
} from './contracts.repo.js';

const MAX_VERSION_NO = 2_147_483_647;

export interface DocumentsDeps {
  db: Db;
  pdf: Pick<PdfService, 'render' | 'fromMemory'>;
  files: Pick<FilesService, 'content'>;
}

/** The contract of an order as `viewer` sees it (read with `db`, a transaction's own when inside one). */
export async function contractView(db: Db, order: OrderRow, viewer: OrderViewer): Promise<Contract | null> {
  const contract = await findContractByOrder(db, order.id);
  if (!contract) return null;
  const [versions, copies] = await Promise.all([listVersions(db, contract.id), listSignedCopies(db, contract.id)]);
  return toContract(viewer, contract, versions, copies);
}

/** Staff reading a party's documents: each read goes to the audit log (who, what, from where). */
export interface StaffReader {
  id: string;
  ip: string;
}

/**
 * Reading "Invoice & Contract": the section (contract + the invoices module's part) and the files —
 * generated PDFs of the versions the viewer may see, and the parties' signed copies. The parties
 * and staff only (anyone else 404); staff reads are audited.
 */
export function createContractDocumentsService(deps: DocumentsDeps) {
  const { db } = deps;

  async function audited(user: ContractUser & { ip: string }, orderId: string, action: string, details = {}) {
    const seen = await orderWithViewer(db, orderId, user);
    if (seen.viewer === 'staff') {
      await writeAudit(db, {
        actorId: user.id,
        action,
        entityType: 'order',
        entityId: orderId,
        ip: user.ip,
        details: { number: seen.order.number, ...details },
      });
    }
    return seen;
  }

  async function documents(user: ContractUser & { ip: string }, orderId: string): Promise<OrderDocuments> {
    const { order, viewer } = await audited(user, orderId, 'order.documents.view');
    const [contract, invoices] = await Promise.all([
      contractView(db, order, viewer),
      invoiceSectionFor(db, order, viewer),
    ]);
    return {
      orderId: order.id,
      viewer,
      tradeType: order.tradeType === 'domestic' ? 'domestic' : 'export',
      contract,
      ...invoices,
    };
  }

  /**
   * A version's PDF; the buyer gets only confirmed versions (a draft is 404 to it). One statement
   * reads who may see it and the version; `ifNoneMatch` equal to the recorded PDF hash answers
   * "not modified" without rendering (or reading the render cache).
   */
  async function versionPdf(
    user: ContractUser & { ip: string },
    orderId: string,
    versionNo: number,
    ifNoneMatch?: (pdfSha256: string) => boolean,
  ): Promise<{ notModified: string } | { rendered: RenderedPdf; fileName: string }> {
    // The path's number is unbounded; beyond a PostgreSQL integer no version exists.
    const found = versionNo <= MAX_VERSION_NO ? await findDownloadableVersion(db, orderId, versionNo) : undefined;
    const viewer = found ? viewerOf(found.order, user) : null;
    if (!found || !viewer) throw notFound('Order');
    const { contract, version } = found;
    if (!contract || !version || !visibleTo(viewer, version)) throw notFound('Contract version');
    if (viewer === 'staff') {
      await writeAudit(db, {
        actorId: user.id,
        action: 'order.contract.download',
        entityType: 'order',
        entityId: orderId,
        ip: user.ip,
        details: { number: found.order.number, versionNo },
      });
    }
    if (version.pdfSha256 && ifNoneMatch?.(version.pdfSha256)) return { notModified: version.pdfSha256 };
    // A version rendered before on this instance is served from memory by the hash it was stored
    // with; otherwise its model is read and rendered (or found in document_renders).
    const rendered =
      deps.pdf.fromMemory(version.contentSha256) ??
      (await deps.pdf.render((await versionModel(db, contract.id, versionNo)) as ContractDocumentModel));
    if (version.pdfSha256 === null) await recordPdfSha256(db, contract.id, versionNo, rendered.pdfSha256);
    return { rendered, fileName: `${contract.number}-v${versionNo}.pdf` };
  }

  /** A party's uploaded signed copy: both parties (and staff) may read it. */
  async function signedCopy(
    user: ContractUser & { ip: string },
    orderId: string,
    copyId: string,
  ): Promise<{ file: FileRow; data: Buffer }> {
    await audited(user, orderId, 'order.contract.signed_copy.download', { copyId });
    const contract = await findContractByOrder(db, orderId);
    const found = contract ? await findSignedCopyFile(db, contract.id, copyId) : undefined;
    if (!found) throw notFound('Signed copy');
    return { file: found.file, data: await deps.files.content(found.file, 'original') };
  }

  return { documents, versionPdf, signedCopy };
}
export type ContractDocumentsService = ReturnType<typeof createContractDocumentsService>;
