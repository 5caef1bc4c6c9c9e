import { z } from 'zod';
import {
  CONTRACT_EVENTS,
  CONTRACT_STATES,
  EXPORT_INVOICE_STATES,
  INVOICE_STATUSES,
} from '../state-machines/contract.js';
import { INVOICE_TYPES, invoiceProfileSnapshotSchema } from './buyers.js';
import { rowVersion } from './numbers.js';
import { amountText } from './orders.js';
import { safeMultilineText, safeText } from './text.js';

/**
 * "Invoice & Contract" (guide 5.2, 5.3; issue 13; docs/decisions/0011-contracts-and-invoices.md).
 * One set of paths for both parties of an order — the server decides from the order whether the
 * caller is its buyer, its supplier (or staff, read-only and audited); anyone else gets 404, a
 * party calling the other party's action gets 403.
 *
 *   GET  /api/orders/:id/documents                                  → OrderDocuments
 *   PUT  /api/orders/:id/contract                (supplier)          ContractSave → new version
 *   POST /api/orders/:id/contract/events         (by event actor)    ContractEventRequest
 *   POST /api/orders/:id/contract/signed-copies  (both)              SignedCopyUpload
 *   GET  /api/orders/:id/contract/versions/:versionNo/pdf[?download=1]   the generated PDF
 *   GET  /api/orders/:id/contract/signed-copies/:copyId              the uploaded scan
 *   POST /api/orders/:id/invoices                (supplier, domestic) DomesticInvoiceRecord
 *   GET  /api/orders/:id/invoices/:invoiceId/file                    the invoice file (PDF/OFD/image)
 *   PUT  /api/orders/:id/export-invoice          (supplier, export)  ExportInvoiceSave → new draft version
 *   POST /api/orders/:id/export-invoice/confirm  (supplier)          { version }
 *   GET  /api/orders/:id/export-invoice/versions/:versionNo/commercial-invoice.pdf
 *   GET  /api/orders/:id/export-invoice/versions/:versionNo/packing-list.pdf
 *   GET  /api/orders/:id/proforma-invoice.pdf     (export, once the supplier confirmed the order)
 *
 * The buyer sees only confirmed contract versions and confirmed export invoice versions.
 */

const text = (max: number) => safeText('required').trim().min(1, 'required').max(max, 'too_long');
const optionalText = (max: number) => safeText().trim().max(max, 'too_long').optional();
const optionalMultiline = (max: number) => safeMultilineText().trim().max(max, 'too_long').optional();
const isoDate = z.iso.date('date_invalid');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

// ---- Contract ---------------------------------------------------------------------------------

/** Arbitration bodies offered in the furnish form (the template holds their names in zh and en). */
export const ARBITRATION_BODIES = [
  'cietac_beijing',
  'cietac_shanghai',
  'cietac_shenzhen',
  'shiac',
  'scia',
  'hkiac',
  'siac',
  'icc',
] as const;
export type ArbitrationBody = (typeof ARBITRATION_BODIES)[number];

/** prc: the laws of the PRC; prc_cisg: PRC law with the CISG (usual for export sales). */
export const GOVERNING_LAWS = ['prc', 'prc_cisg', 'hong_kong', 'england'] as const;
export type GoverningLaw = (typeof GOVERNING_LAWS)[number];

/** The open clauses the supplier "furnishes" (guide 5.2); the rest comes from the order. */
export const contractClausesSchema = z.object({
  signingPlace: text(100),
  packaging: safeMultilineText('required').trim().min(1, 'required').max(1000, 'too_long'),
  shippingMarks: optionalMultiline(500),
  inspectionBody: text(200),
  /** Claims on quality or quantity within this many days after the goods arrive. */
  claimPeriodDays: z.number('required').int('quantity_invalid').min(1, 'quantity_invalid').max(365, 'quantity_invalid'),
  warrantyMonths: z.number('required').int('quantity_invalid').min(0, 'quantity_invalid').max(120, 'quantity_invalid'),
  /** More or less allowed on quantity, in percent. */
  tolerancePercent: z.number('required').int('percent_invalid').min(0, 'percent_invalid').max(10, 'percent_invalid'),
  partialShipments: z.boolean(),
  transhipment: z.boolean(),
  arbitrationBody: z.enum(ARBITRATION_BODIES, 'required'),
  governingLaw: z.enum(GOVERNING_LAWS, 'required'),
  extraTerms: optionalMultiline(4000),
});
export type ContractClauses = z.infer<typeof contractClausesSchema>;

export const contractSaveSchema = z.object({ version: rowVersion, clauses: contractClausesSchema });
export type ContractSave = z.infer<typeof contractSaveSchema>;

export const contractEventRequestSchema = z.object({
  event: z.enum(CONTRACT_EVENTS, 'required'),
  version: rowVersion,
  /** Required with request_changes: what the buyer wants changed. */
  comment: optionalMultiline(2000),
});
export type ContractEventRequest = z.infer<typeof contractEventRequestSchema>;

export const signedCopyUploadSchema = z.object({
  /** The contract version the party signed (the one it downloaded). */
  versionNo: z.number().int().min(1).max(10_000),
  /** An upload with purpose `contract_signed_copy` (PDF, JPEG or PNG). */
  fileId: z.uuid('required'),
});
export type SignedCopyUpload = z.infer<typeof signedCopyUploadSchema>;

export const contractVersionSchema = z.object({
  versionNo: z.number(),
  templateId: z.string(),
  templateVersion: z.number(),
  clauses: contractClausesSchema,
  /** SHA-256 of the version's content (the data the PDF is made from). */
  contentSha256: sha256,
  /** SHA-256 of the generated PDF, once it has been generated. */
  pdfSha256: sha256.nullable(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export type ContractVersion = z.infer<typeof contractVersionSchema>;

export const signedCopySchema = z.object({
  id: z.string(),
  party: z.enum(['buyer', 'supplier']),
  versionNo: z.number(),
  fileName: z.string(),
  contentType: z.string(),
  sha256,
  /** Signed on a version that is no longer the confirmed one: kept, but it does not count. */
  outdated: z.boolean(),
  uploadedAt: z.string(),
});
export type SignedCopy = z.infer<typeof signedCopySchema>;

export const contractSchema = z.object({
  number: z.string(),
  status: z.enum(CONTRACT_STATES),
  version: z.number(),
  currentVersionNo: z.number(),
  confirmedVersionNo: z.number().nullable(),
  /** The buyer's latest change request. */
  buyerComment: z.string().nullable(),
  /** The viewer's moves now (buttons). */
  allowedEvents: z.array(z.enum(CONTRACT_EVENTS)),
  canEdit: z.boolean(),
  canUploadSignedCopy: z.boolean(),
  /** Latest first; the buyer sees only versions that were confirmed. */
  versions: z.array(contractVersionSchema),
  /** Latest first. */
  signedCopies: z.array(signedCopySchema),
  signedAt: z.string().nullable(),
});
export type Contract = z.infer<typeof contractSchema>;

// ---- Domestic invoices (5.3.1) ----------------------------------------------------------------

/** VAT rates in percent used on Chinese invoices. */
export const VAT_RATES = ['13', '9', '6', '5', '3', '1', '0'] as const;
export const INVOICE_FILE_FORMATS = ['pdf', 'ofd', 'jpeg', 'png'] as const;

export const domesticInvoiceRecordSchema = z.object({
  invoiceNumber: text(40).regex(/^[0-9A-Za-z-]{6,40}$/, 'invoice_number_invalid'),
  /** The 10–12 digit code of older paper/electronic invoices; digital invoices (数电) have none. */
  invoiceCode: optionalText(20),
  issuedOn: isoDate,
  invoiceType: z.enum(INVOICE_TYPES, 'required'),
  amountExclTax: amountText,
  taxRate: z.enum(VAT_RATES, 'required'),
  taxAmount: amountText,
  totalAmount: amountText.refine((v) => /[1-9]/.test(v), 'amount_invalid'),
  /** full: the whole remaining amount; partial: part of it (more invoices follow). */
  kind: z.enum(['full', 'partial'], 'required'),
  /** An upload with purpose `domestic_invoice` (PDF, OFD, JPEG or PNG). */
  fileId: z.uuid('required'),
});
export type DomesticInvoiceRecord = z.infer<typeof domesticInvoiceRecordSchema>;

export const domesticInvoiceSchema = z.object({
  id: z.string(),
  invoiceNumber: z.string(),
  invoiceCode: z.string().nullable(),
  issuedOn: z.string(),
  invoiceType: z.enum(INVOICE_TYPES),
  amountExclTax: z.string(),
  taxRate: z.string(),
  taxAmount: z.string(),
  totalAmount: z.string(),
  kind: z.enum(['full', 'partial']),
  fileName: z.string(),
  fileFormat: z.enum(INVOICE_FILE_FORMATS),
  fileSha256: sha256,
  createdAt: z.string(),
});
export type DomesticInvoice = z.infer<typeof domesticInvoiceSchema>;

// ---- Export: commercial invoice and packing list (5.3.2) ----------------------------------------

export const PACKAGE_KINDS = ['carton', 'pallet', 'crate', 'bag', 'drum', 'roll', 'bundle', 'other'] as const;
const decimal3 = safeText('required')
  .trim()
  .regex(/^\d{1,9}(\.\d{1,3})?$/, 'number_invalid');

/** Per line of the order: how it is packed (the packing list). */
export const packingLineSchema = z.object({
  position: z.number().int().min(1).max(50),
  packages: z.number('required').int('quantity_invalid').min(1, 'quantity_invalid').max(1_000_000, 'quantity_invalid'),
  packageKind: z.enum(PACKAGE_KINDS, 'required'),
  netWeightKg: decimal3,
  grossWeightKg: decimal3,
  volumeCbm: decimal3,
});
export type PackingLine = z.infer<typeof packingLineSchema>;

/** The fields the order does not fix, which the supplier corrects before confirming. */
export const exportInvoiceFieldsSchema = z.object({
  portOfLoading: text(100),
  portOfDestination: text(100),
  vesselOrFlight: optionalText(100),
  shippingMarks: safeMultilineText('required').trim().min(1, 'required').max(500, 'too_long'),
  packing: z.array(packingLineSchema).min(1, 'required').max(50, 'too_many'),
});
export type ExportInvoiceFields = z.infer<typeof exportInvoiceFieldsSchema>;

export const exportInvoiceSaveSchema = z.object({ version: rowVersion, fields: exportInvoiceFieldsSchema });
export const exportInvoiceConfirmSchema = z.object({ version: rowVersion });

export const exportInvoiceVersionSchema = z.object({
  versionNo: z.number(),
  fields: exportInvoiceFieldsSchema,
  contentSha256: sha256,
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
});

export const exportInvoiceSchema = z.object({
  /** The commercial invoice number (CI-…), also the packing list's. */
  number: z.string(),
  status: z.enum(EXPORT_INVOICE_STATES),
  version: z.number(),
  currentVersionNo: z.number(),
  confirmedVersionNo: z.number().nullable(),
  canEdit: z.boolean(),
  /** Latest first; the buyer sees only confirmed versions. */
  versions: z.array(exportInvoiceVersionSchema),
});
export type ExportInvoice = z.infer<typeof exportInvoiceSchema>;

// ---- The "Invoice & Contract" section -----------------------------------------------------------

/** The list column (defined beside the contract states: the orders' list schema uses it too). */
export { INVOICE_STATUSES, type InvoiceStatus } from '../state-machines/contract.js';

export const orderDocumentsSchema = z.object({
  orderId: z.string(),
  viewer: z.enum(['buyer', 'supplier', 'staff']),
  tradeType: z.enum(['domestic', 'export']),
  /** Null until the buyer accepts the supplier's terms (the contract is generated then). */
  contract: contractSchema.nullable(),
  invoiceStatus: z.enum(INVOICE_STATUSES),
  domestic: z
    .object({
      invoiceRequired: z.boolean(),
      /** The buyer's invoice information, as frozen into the order (one-click copy per field). */
      invoiceProfile: invoiceProfileSnapshotSchema.nullable(),
      invoices: z.array(domesticInvoiceSchema),
      invoicedTotal: z.string(),
      remaining: z.string(),
      canRecord: z.boolean(),
    })
    .nullable(),
  export: z
    .object({
      invoice: exportInvoiceSchema.nullable(),
      /** A proforma invoice exists once the supplier confirmed the order. */
      proformaAvailable: z.boolean(),
    })
    .nullable(),
});
export type OrderDocuments = z.infer<typeof orderDocumentsSchema>;

export const orderDocumentParamsSchema = z.object({ id: z.uuid() });
export const contractVersionParamsSchema = z.object({ id: z.uuid(), versionNo: z.coerce.number().int().min(1) });
export const documentFileParamsSchema = z.object({ id: z.uuid(), fileRef: z.uuid() });
export const pdfQuerySchema = z.object({ download: z.enum(['0', '1']).optional() });
