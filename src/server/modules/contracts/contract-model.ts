import type { ContractClauses } from '../../../shared/schemas/documents.js';
import {
  countryNames,
  currentContractTemplate,
  documentLine,
  documentNumber,
  documentParty,
  type ContractDocumentModel,
  type OrderLineForDocument,
} from '../../platform/pdf/index.js';
import type { OrderRow } from '../orders/index.js';

/** An order line as the contract needs it (the repo reads them with the final prices). */
export type ContractSourceLine = OrderLineForDocument;

export { countryNames };

/** BR-20261206-0001 → BRC-20261206-0001: the contract carries its order's date and sequence. */
export const contractNumberFor = (orderNumber: string): string => documentNumber('BRC', orderNumber);

function deliveryAddressText(order: OrderRow): string {
  const a = order.deliveryAddress;
  const country = countryNames(a.country);
  return [a.addressLine, a.city, a.region, a.postalCode, `${country.zh} ${country.en}`].filter(Boolean).join(', ');
}

/**
 * The whole document a version is rendered from, built only from the order's frozen snapshots
 * (parties and lines as submitted, the supplier's final prices and terms) and the clauses, so a
 * later change to a company or a product never changes a contract already made.
 */
export function buildContractModel(
  order: OrderRow,
  lines: readonly ContractSourceLine[],
  clauses: ContractClauses,
  version: { versionNo: number; date: string; template?: { templateId: string; templateVersion: number } },
): ContractDocumentModel {
  // A new version is made with the current template; an old one keeps the template it was made with.
  const template = version.template ?? currentContractTemplate();
  return {
    kind: 'contract',
    templateId: template.templateId,
    templateVersion: template.templateVersion,
    contractNumber: contractNumberFor(order.number),
    versionNo: version.versionNo,
    orderNumber: order.number,
    date: version.date,
    seller: documentParty(order.supplierParty),
    buyer: documentParty(order.buyerParty),
    tradeType: order.tradeType === 'domestic' ? 'domestic' : 'export',
    currency: order.currency,
    lines: lines.map(documentLine),
    goodsTotal: order.goodsTotal,
    shippingCost: order.shippingCost,
    discount: order.discount,
    total: order.totalAmount,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    portOfLoading: order.portOfLoading,
    portOfDestination: order.portOfDestination ?? order.destinationPort,
    deliveryDate: order.deliveryDate,
    leadTimeDays: order.leadTimeDays,
    paymentMethod: order.paymentMethod,
    depositPercent: order.depositPercent,
    paymentTerms: order.paymentTerms,
    deliveryAddress: deliveryAddressText(order),
    clauses,
  };
}
