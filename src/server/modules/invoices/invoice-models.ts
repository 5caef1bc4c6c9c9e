import type { ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import {
  countryNames,
  documentLine,
  documentNumber,
  documentParty,
  type CommercialInvoiceModel,
  type OrderLineForDocument,
} from '../../platform/pdf/index.js';
import type { OrderRow } from '../orders/index.js';

/**
 * The English documents of an export order (guide 5.3.2), built from the order's frozen
 * snapshots (the parties and lines as they were at submission, the supplier's final prices and
 * terms): the commercial invoice and packing list (with the supplier's corrections) and the
 * proforma invoice. Plain JSON (platform/pdf/document-models.ts), stored with each version.
 */

export type { OrderLineForDocument };
export { documentNumber };

const countryNameEn = (code: string): string => countryNames(code).en;

/**
 * What the draft starts from: the ports of the terms, "N/M" (no marks) and one carton per line
 * with weights and volume still zero — the supplier must fill those in before confirming.
 */
export function defaultExportInvoiceFields(
  order: OrderRow,
  lines: readonly OrderLineForDocument[],
): ExportInvoiceFields {
  const destination = order.destinationCountry ? countryNameEn(order.destinationCountry) : null;
  return {
    portOfLoading: order.portOfLoading || order.namedPlace || '-',
    portOfDestination: order.portOfDestination || order.destinationPort || destination || '-',
    shippingMarks: 'N/M',
    packing: lines.map((line) => ({
      position: line.position,
      packages: 1,
      packageKind: 'carton',
      netWeightKg: '0',
      grossWeightKg: '0',
      volumeCbm: '0',
    })),
  };
}

function baseModel(order: OrderRow, lines: readonly OrderLineForDocument[]) {
  return {
    orderNumber: order.number,
    seller: documentParty(order.supplierParty),
    buyer: documentParty(order.buyerParty),
    currency: order.currency,
    lines: [...lines].sort((a, b) => a.position - b.position).map(documentLine),
    goodsTotal: order.goodsTotal,
    shippingCost: order.shippingCost,
    discount: order.discount,
    total: order.totalAmount,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    paymentTerms: order.paymentTerms,
    destinationCountryNameEn: order.destinationCountry ? countryNameEn(order.destinationCountry) : null,
  };
}

/** The commercial invoice of a version (its packing list is the same model with kind 'packing_list'). */
export function commercialInvoiceModel(
  order: OrderRow,
  lines: readonly OrderLineForDocument[],
  fields: ExportInvoiceFields,
  date: string,
): CommercialInvoiceModel {
  return {
    kind: 'commercial_invoice',
    number: documentNumber('CI', order.number),
    date,
    contractNumber: documentNumber('BRC', order.number),
    ...baseModel(order, lines),
    fields,
  };
}

/** The proforma invoice: the confirmed offer (current terms), dated the day the supplier confirmed. */
export function proformaInvoiceModel(
  order: OrderRow,
  lines: readonly OrderLineForDocument[],
  date: string,
): CommercialInvoiceModel {
  return {
    kind: 'proforma_invoice',
    number: documentNumber('PI', order.number),
    date,
    contractNumber: null,
    ...baseModel(order, lines),
    fields: null,
  };
}
