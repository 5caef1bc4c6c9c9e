import type { ContractClauses, ExportInvoiceFields } from '../../../shared/schemas/documents.js';

/**
 * The data each generated document is made from: plain JSON, stored with every version
 * (contract_versions.model, export_invoice_versions.model) and hashed (SHA-256 of its canonical
 * JSON with the renderer's version) to find the rendered PDF in document_renders. The modules
 * build these from an order's frozen snapshots; the layouts (…/*.layout.ts) turn them into PDFs.
 * Amounts are exact decimal strings ("12345.60"); dates ISO ("2026-12-06").
 */

export interface DocumentParty {
  nameZh: string | null;
  nameEn: string | null;
  /** ISO 3166 code and its names, for the address block. */
  country: string;
  countryNameZh: string;
  countryNameEn: string;
  registeredAddress: string | null;
  registrationNumber: string | null;
  representative: string | null;
  phone: string | null;
  email: string | null;
}

export interface DocumentLine {
  position: number;
  nameZh: string;
  nameEn: string;
  model: string | null;
  hsCode: string | null;
  /** Country of origin: code and names. */
  origin: string | null;
  originNameEn: string | null;
  unit: string;
  quantity: number;
  unitPrice: string;
  amount: string;
}

export interface ContractDocumentModel {
  kind: 'contract';
  templateId: string;
  templateVersion: number;
  contractNumber: string;
  versionNo: number;
  orderNumber: string;
  /** Date of signing: the day the version was made (platform day). */
  date: string;
  seller: DocumentParty;
  buyer: DocumentParty;
  tradeType: 'domestic' | 'export';
  currency: string;
  lines: DocumentLine[];
  goodsTotal: string;
  shippingCost: string | null;
  discount: string | null;
  total: string;
  incoterm: string | null;
  namedPlace: string | null;
  portOfLoading: string | null;
  portOfDestination: string | null;
  /** Delivery / shipment date agreed, or lead time in days when no date was set. */
  deliveryDate: string | null;
  leadTimeDays: number | null;
  paymentMethod: string | null;
  depositPercent: number | null;
  paymentTerms: string | null;
  deliveryAddress: string | null;
  clauses: ContractClauses;
}

export interface CommercialInvoiceModel {
  kind: 'commercial_invoice' | 'proforma_invoice' | 'packing_list';
  number: string;
  /** Invoice date (the confirmation day; for a proforma, the order's confirmation day). */
  date: string;
  contractNumber: string | null;
  orderNumber: string;
  seller: DocumentParty;
  buyer: DocumentParty;
  currency: string;
  lines: DocumentLine[];
  goodsTotal: string;
  shippingCost: string | null;
  discount: string | null;
  total: string;
  incoterm: string | null;
  namedPlace: string | null;
  paymentTerms: string | null;
  destinationCountryNameEn: string | null;
  /** The supplier's corrections (ports, marks, packing); null on a proforma. */
  fields: ExportInvoiceFields | null;
}

export type DocumentModel = ContractDocumentModel | CommercialInvoiceModel;
