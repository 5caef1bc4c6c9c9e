import type {
  DomesticInvoice,
  ExportInvoice,
  ExportInvoiceFields,
  INVOICE_FILE_FORMATS,
} from '../../../shared/schemas/documents.js';
import type { InvoiceType } from '../../../shared/schemas/buyers.js';
import type { ExportInvoiceState } from '../../../shared/state-machines/contract.js';
import type { DomesticInvoiceWithFile, ExportInvoiceRow, ExportInvoiceVersionSummary } from './invoices.repo.js';

export type InvoiceFileFormat = (typeof INVOICE_FILE_FORMATS)[number];

/** The stored file's detected type → the format the page shows (the files module checked it). */
export const FILE_FORMAT_OF: Record<string, InvoiceFileFormat> = {
  'application/pdf': 'pdf',
  'application/ofd': 'ofd',
  'image/jpeg': 'jpeg',
  'image/png': 'png',
};

/** numeric(5,2) "13.00" → the rate as the form picks it, "13" (VAT_RATES are whole percents). */
const rateText = (rate: string) => rate.replace(/\.0+$/, '');

export function toDomesticInvoice(row: DomesticInvoiceWithFile): DomesticInvoice {
  return {
    id: row.id,
    invoiceNumber: row.invoiceNumber,
    invoiceCode: row.invoiceCode,
    issuedOn: row.issuedOn,
    invoiceType: row.invoiceType as InvoiceType,
    amountExclTax: row.amountExclTax,
    taxRate: rateText(row.taxRate),
    taxAmount: row.taxAmount,
    totalAmount: row.totalAmount,
    kind: row.kind as DomesticInvoice['kind'],
    fileName: row.fileName,
    fileFormat: row.fileFormat as InvoiceFileFormat,
    fileSha256: row.fileSha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The versions a viewer may see: the buyer only those the supplier confirmed. */
export function visibleVersions(
  versions: readonly ExportInvoiceVersionSummary[],
  viewer: string,
): ExportInvoiceVersionSummary[] {
  return viewer === 'buyer' ? versions.filter((v) => v.confirmedAt !== null) : [...versions];
}

export function toExportInvoice(
  row: ExportInvoiceRow,
  versions: readonly ExportInvoiceVersionSummary[],
  canEdit: boolean,
): ExportInvoice {
  return {
    number: row.number,
    status: row.status as ExportInvoiceState,
    version: row.version,
    currentVersionNo: row.currentVersionNo,
    confirmedVersionNo: row.confirmedVersionNo,
    canEdit,
    versions: versions.map((v) => ({
      versionNo: v.versionNo,
      fields: v.fields as ExportInvoiceFields,
      contentSha256: v.contentSha256,
      createdAt: v.createdAt.toISOString(),
      confirmedAt: v.confirmedAt?.toISOString() ?? null,
    })),
  };
}
